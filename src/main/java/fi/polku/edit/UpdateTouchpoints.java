package fi.polku.edit;

import fi.polku.model.EvidenceLevel;
import fi.polku.model.JourneyMap;
import fi.polku.model.Touchpoint;
import fi.polku.text.Text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Changes one or many touchpoints in one step, as the inspector does. The change may not alter a
 * touchpoint's id or cell ({@link MoveTouchpoints} does that) and must keep values in scale.
 * The factories give the step's name and merge keys for typing bursts and drags; other callers name
 * the step themselves.
 */
public record UpdateTouchpoints(List<String> ids, UnaryOperator<Touchpoint> change, Text description,
                                Object mergeKey) implements Command {
    public UpdateTouchpoints {
        ids = List.copyOf(ids);
    }

    /** Typing a title: one step per burst; reads "Rename touchpoint to “Kassa”". */
    public static UpdateTouchpoints title(String id, String title) {
        Text name = title.isBlank() ? Text.of("step.renameTouchpoint")
                : Text.of("step.renameTouchpointTo", UndoText.title(title));
        return new UpdateTouchpoints(List.of(id), t -> t.withTitle(title), name, MergeKey.of("title", id));
    }

    public static UpdateTouchpoints description(JourneyMap map, Collection<String> ids, String text) {
        return field(map, ids, "description", "step.descriptionOf", t -> t.withDescription(text));
    }

    public static UpdateTouchpoints importance(JourneyMap map, Collection<String> ids, Double importance) {
        return field(map, ids, "importance", "step.importanceOf", t -> t.withImportance(importance));
    }

    /** Also used while dragging an emotion point: the whole drag merges into one step. */
    public static UpdateTouchpoints emotion(JourneyMap map, Collection<String> ids, Double emotion) {
        return field(map, ids, "emotion", "step.emotionOf", t -> t.withEmotion(emotion));
    }

    public static UpdateTouchpoints owner(JourneyMap map, Collection<String> ids, String owner) {
        return field(map, ids, "owner", "step.ownerOf", t -> t.withOwner(owner));
    }

    public static UpdateTouchpoints notes(JourneyMap map, Collection<String> ids, String notes) {
        return field(map, ids, "notes", "step.notesOf", t -> t.withNotes(notes));
    }

    public static UpdateTouchpoints tags(JourneyMap map, Collection<String> ids, List<String> tags) {
        return field(map, ids, "tags", "step.tagsOf", t -> t.withTags(tags));
    }

    public static UpdateTouchpoints evidence(JourneyMap map, Collection<String> ids, EvidenceLevel evidence) {
        return field(map, ids, "evidence", "step.evidenceOf", t -> t.withEvidence(evidence));
    }

    /** {@code nameKey} is a pattern whose {0} is the touchpoints, e.g. "Set importance of {0}". */
    private static UpdateTouchpoints field(JourneyMap map, Collection<String> ids, String field, String nameKey,
                                           UnaryOperator<Touchpoint> change) {
        List<String> list = List.copyOf(ids);
        return new UpdateTouchpoints(list, change, Text.of(nameKey, UndoText.touchpoints(map, Set.copyOf(list))),
                MergeKey.of(field, list));
    }

    @Override
    public JourneyMap apply(JourneyMap map) {
        Set<String> targets = Set.copyOf(ids);
        List<Touchpoint> out = new ArrayList<>(map.touchpoints().size());
        boolean changed = false;
        for (Touchpoint t : map.touchpoints()) {
            if (!targets.contains(t.id())) {
                out.add(t);
                continue;
            }
            Touchpoint u = change.apply(t);
            if (!u.id().equals(t.id()) || !u.isIn(t.stageId(), t.laneId())) {
                throw new IllegalArgumentException("An inspector edit cannot change the id or cell of "
                        + UndoText.quoted(t.title()));
            }
            if (!u.equals(t)) {
                EditRules.checkTouchpoint(map, u);
                changed = true;
            }
            out.add(u.equals(t) ? t : u);
        }
        return changed ? map.withTouchpoints(out) : map;
    }
}
