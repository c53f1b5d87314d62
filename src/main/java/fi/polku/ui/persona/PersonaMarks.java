package fi.polku.ui.persona;

import fi.polku.ui.KeyDigits;
import fi.polku.edit.MarkPersona;
import fi.polku.model.JourneyMap;
import fi.polku.model.Persona;
import fi.polku.ui.DocumentEditor;
import fi.polku.ui.Messages;
import javafx.scene.Node;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Marking cards for personas from the canvas: the Personas submenu of a card's context menu, and
 * Alt+1…9 for the map's first nine personas. Both act on all the selected cards at once, as one step.
 */
public final class PersonaMarks {
    private PersonaMarks() {
    }

    /** How many of {@code ids} are marked for the persona: none, some or all of them. */
    enum Marked { NONE, SOME, ALL }

    static Marked marked(JourneyMap map, Collection<String> ids, String personaId) {
        int n = 0;
        int of = 0;
        for (String id : ids) {
            var t = map.touchpoint(id);
            if (t.isPresent()) {
                of++;
                n += t.get().personaIds().contains(personaId) ? 1 : 0;
            }
        }
        return n == 0 ? Marked.NONE : n == of ? Marked.ALL : Marked.SOME;
    }

    /** Marks all the cards for the persona, or takes the mark away when every one of them has it already. */
    public static void toggle(DocumentEditor editor, JourneyMap map, List<String> ids, String personaId) {
        List<String> present = ids.stream().filter(id -> map.touchpoint(id).isPresent()).toList();
        if (!present.isEmpty()) {
            boolean mark = marked(map, present, personaId) != Marked.ALL;
            editor.execute(MarkPersona.of(map, present, personaId, mark));
        }
    }

    /**
     * The Personas submenu for the cards {@code ids}: one check item per persona, checked when all the
     * cards are marked for them; null when the map has no personas.
     */
    public static Menu menu(DocumentEditor editor, JourneyMap map, List<String> ids) {
        if (map.personas().isEmpty()) {
            return null;
        }
        Menu menu = new Menu(Messages.get("context.personas"));
        menu.setId("context-personas");
        for (Persona p : map.personas()) {
            CheckMenuItem item = new CheckMenuItem(PersonaSwatch.nameOf(p),
                    PersonaSwatch.disc(PersonaSwatch.colourOf(p, map.personas()), 6));
            item.setId("context-persona-" + p.id());
            item.setMnemonicParsing(false);
            item.setSelected(marked(map, ids, p.id()) == Marked.ALL);
            item.setOnAction(e -> toggle(editor, map, ids, p.id()));
            menu.getItems().add(item);
        }
        return menu;
    }

    /**
     * Alt+1…9 on the canvas marks the selected cards for the map's first to ninth persona, or takes the
     * mark away when all of them have it.
     */
    public static void installKeys(Node canvas, DocumentEditor editor, Supplier<JourneyMap> map,
                                   Supplier<Collection<String>> selection) {
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isAltDown() || e.isControlDown() || e.isShortcutDown() || e.isShiftDown()) {
                return;
            }
            int n = KeyDigits.of(e.getCode());
            JourneyMap now = map.get();
            if (n >= 1 && n <= now.personas().size() && !selection.get().isEmpty()) {
                toggle(editor, now, List.copyOf(selection.get()), now.personas().get(n - 1).id());
                e.consume();
            }
        });
    }
}
