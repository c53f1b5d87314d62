package fi.polku.model.diff;

/**
 * One field of one item that differs: its record component name (stable, used as a key) and both values as
 * the model holds them (null where a field is unset).
 */
public record FieldChange(String field, Object before, Object after) {
}
