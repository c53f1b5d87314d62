/**
 * Finding cards by their words: {@link fi.polku.search.CardFinder} matches a typed query against each
 * touchpoint's title, description, owner and tags, ignoring case and accents, and answers the matching
 * cards in the map's reading order. Pure Java, no toolkit: the find bar of the window and the bench use it.
 */
package fi.polku.search;
