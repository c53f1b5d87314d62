/**
 * Every user action as an undoable {@link fi.polku.edit.Command} and the {@link fi.polku.edit.History}
 * of one open map.
 *
 * <p>Conventions shared by all commands: a command that changes nothing returns the very map it was
 * given. Ids of things being edited or deleted that no longer exist (a stale selection) are ignored.
 * A place that something is put into (a cell, a connection's ends, an opportunity's touchpoints) must
 * exist, and values must be in scale, otherwise {@link java.lang.IllegalArgumentException}: a command
 * never leaves a dangling reference or an out-of-scale value in the map.
 */
package fi.polku.edit;
