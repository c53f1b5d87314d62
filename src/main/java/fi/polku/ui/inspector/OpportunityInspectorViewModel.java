package fi.polku.ui.inspector;

import fi.polku.edit.DeleteOpportunity;
import fi.polku.edit.MergeKey;
import fi.polku.edit.UndoText;
import fi.polku.edit.UpdateOpportunity;
import fi.polku.metrics.ValueFormula;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.FactorSource;
import fi.polku.model.JourneyMap;
import fi.polku.model.Opportunity;
import fi.polku.model.Touchpoint;
import fi.polku.model.ValueEstimate;
import fi.polku.model.ValueFactor;
import fi.polku.text.Localization;
import fi.polku.text.Text;
import fi.polku.ui.DocumentEditor;
import fi.polku.ui.Messages;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One opportunity as editable values. The text is saved as it is typed (one undo step per burst); each
 * factor of the value estimate is checked as it is typed, its yearly value and formula follow the typing
 * at once, and it is saved when the user finishes it (Enter or leaving the field) as one named undo step.
 * An empty factor counts as 0, as a repaired file's unreadable one does; with all five empty the
 * opportunity is not estimated at all.
 */
public final class OpportunityInspectorViewModel {
    /** One factor's field: its typed text and where the figure comes from. */
    record FactorRow(ValueFactor factor, EditableValue<String> text, EditableValue<EvidenceLevel> evidence,
                     EditableValue<String> note) {
    }

    private final DocumentEditor editor;
    private Opportunity opportunity;
    private JourneyMap map;
    /** The currency chosen before the opportunity has an estimate to hold it. */
    private String pendingCurrency = "EUR";

    final EditableValue<String> text = new EditableValue<>(this::setText);
    final Map<ValueFactor, FactorRow> factors = new EnumMap<>(ValueFactor.class);
    final EditableValue<String> currency = new EditableValue<>(v -> { });
    final ObservableList<Touchpoint> linked = FXCollections.observableArrayList();
    final StringProperty yearly = new SimpleStringProperty();
    final StringProperty formula = new SimpleStringProperty();
    final StringProperty hint = new SimpleStringProperty();
    final BooleanProperty estimated = new SimpleBooleanProperty();

    public OpportunityInspectorViewModel(DocumentEditor editor) {
        this.editor = editor;
        for (ValueFactor f : ValueFactor.values()) {
            FactorRow row = new FactorRow(f, new EditableValue<>(v -> preview()),
                    new EditableValue<>(v -> setSource(f, v, null)), new EditableValue<>(v -> setSource(f, null, v)));
            factors.put(f, row);
        }
    }

    /** Shows the opportunity {@code id} of {@code loaded}; a factor being typed or refused stays as it is. */
    public void load(String id, JourneyMap loaded) {
        boolean other = opportunity == null || !opportunity.id().equals(id);
        map = loaded;
        opportunity = loaded.opportunities().stream().filter(o -> o.id().equals(id)).findFirst().orElse(null);
        if (opportunity == null) {
            return;
        }
        if (other || !opportunity.text().equals(text.get())) {
            text.load(opportunity.text(), false);
        }
        List<Touchpoint> links = opportunity.touchpointIds().stream().map(loaded::touchpoint)
                .flatMap(java.util.Optional::stream).toList();
        if (!linked.equals(links)) {
            linked.setAll(links);
        }
        ValueEstimate e = opportunity.estimate();
        estimated.set(e != null);
        if (e != null) {
            pendingCurrency = e.currency();
        } else if (other) {
            pendingCurrency = "EUR";
        }
        currency.load(pendingCurrency, false);
        for (FactorRow row : factors.values()) {
            Double stored = e == null ? null : row.factor().of(e);
            String shown = FactorInput.format(row.factor(), stored);
            boolean typing = !other && (row.text().errorProperty().get() != null
                    || java.util.Objects.equals(FactorInput.parse(row.factor(), row.text().get()),
                    FactorInput.parse(row.factor(), shown)));
            if (!typing) {
                row.text().load(shown, false);
            }
            FactorSource source = e == null ? null : e.source(row.factor());
            row.evidence().load(source == null ? null : source.evidence(), false);
            if (other || !java.util.Objects.equals(row.note().get(), source == null ? "" : source.note())) {
                row.note().load(source == null ? "" : source.note(), false);
            }
        }
        preview();
    }

    String id() {
        return opportunity == null ? null : opportunity.id();
    }

    /** The touchpoint ids linked now. */
    java.util.Set<String> linkedIds() {
        return opportunity == null ? java.util.Set.of() : java.util.Set.copyOf(opportunity.touchpointIds());
    }

    String title() {
        return opportunity == null ? "" : UndoText.title(opportunity.text());
    }

    void endMerge() {
        editor.endMerge();
    }

    /** Saves a factor's typed value as one undo step, unless it is refused or unchanged. */
    void apply(ValueFactor factor) {
        FactorRow row = factors.get(factor);
        FactorInput.Checked checked = FactorInput.check(factor, row.text().get());
        row.text().errorProperty().set(checked.error());
        if (opportunity == null || checked.error() != null) {
            return;
        }
        ValueEstimate base = opportunity.estimate() != null ? opportunity.estimate()
                : new ValueEstimate(0, 0, 0, 0, 0, pendingCurrency);
        ValueEstimate next = FactorInput.with(base, factor, checked.value());
        save(estimateOrNone(next), Text.of("step.opportunity." + factor.name()));
        row.text().load(FactorInput.format(factor, next == null ? null : checked.value()), false);
        preview();
    }

    /** Esc: the field shows the saved value again. */
    void revert(ValueFactor factor) {
        ValueEstimate e = opportunity == null ? null : opportunity.estimate();
        factors.get(factor).text().load(FactorInput.format(factor, e == null ? null : factor.of(e)), false);
        preview();
    }

    /** Takes the currency field's code if it is one; an estimate not made yet keeps it for later. */
    void applyCurrency() {
        String code = currency.get() == null ? "" : currency.get().strip().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z]{3}")) {
            currency.errorProperty().set(Messages.format("inspector.opportunity.currencyCode", code));
            return;
        }
        currency.errorProperty().set(null);
        pendingCurrency = code;
        ValueEstimate e = opportunity == null ? null : opportunity.estimate();
        if (e != null && !e.currency().equals(code)) {
            save(new ValueEstimate(e.customersPerOccurrence(), e.shareConverting(), e.valuePerCustomer(),
                    e.occurrencesPerDay(), e.daysPerYear(), code, e.sources()), Text.of("step.opportunity.currency", code));
        }
        preview();
    }

    /** Links a touchpoint not linked yet, or unlinks a linked one, as one undo step. */
    void toggleLink(String touchpointId) {
        if (opportunity == null || map.touchpoint(touchpointId).isEmpty()) {
            return;
        }
        List<String> ids = new ArrayList<>(opportunity.touchpointIds());
        boolean unlink = ids.remove(touchpointId);
        if (!unlink) {
            ids.add(touchpointId);
        }
        String title = UndoText.title(map.touchpoint(touchpointId).map(Touchpoint::title).orElse(""));
        editor.execute(new UpdateOpportunity(new Opportunity(opportunity.id(), opportunity.text(), ids,
                opportunity.estimate()), Text.of(unlink ? "step.opportunity.unlink" : "step.opportunity.link", title),
                null));
    }

    void delete() {
        if (opportunity != null) {
            editor.execute(new DeleteOpportunity(opportunity.id()));
        }
    }

    private void setText(String value) {
        if (opportunity != null && value != null) {
            editor.executeTyped(new UpdateOpportunity(new Opportunity(opportunity.id(), value,
                    opportunity.touchpointIds(), opportunity.estimate()), Text.of("step.opportunity.text"),
                    MergeKey.of("opportunity-text", opportunity.id())));
        }
    }

    /** A new evidence level ({@code note} null) or note ({@code evidence} null) for one factor. */
    private void setSource(ValueFactor factor, EvidenceLevel evidence, String note) {
        ValueEstimate e = opportunity == null ? null : opportunity.estimate();
        if (e == null) {
            return;
        }
        FactorSource old = e.source(factor);
        FactorSource next = note == null
                ? new FactorSource(evidence, old == null ? "" : old.note())
                : new FactorSource(old == null ? null : old.evidence(), note);
        Map<ValueFactor, FactorSource> sources = new EnumMap<>(ValueFactor.class);
        sources.putAll(e.sources());
        sources.put(factor, next);
        UpdateOpportunity update = new UpdateOpportunity(with(e.withSources(sources)),
                Text.of(note == null ? "step.opportunity.evidence" : "step.opportunity.note"),
                note == null ? null : MergeKey.of("opportunity-note-" + factor.name(), opportunity.id()));
        if (note == null) {
            editor.execute(update);
        } else {
            editor.executeTyped(update);
        }
    }

    private void save(ValueEstimate estimate, Text name) {
        editor.execute(new UpdateOpportunity(with(estimate), name, null));
    }

    private Opportunity with(ValueEstimate estimate) {
        return new Opportunity(opportunity.id(), opportunity.text(), opportunity.touchpointIds(), estimate);
    }

    /** None when every factor is empty and no source is said: "not estimated" rather than worth 0. */
    private static ValueEstimate estimateOrNone(ValueEstimate e) {
        for (ValueFactor f : ValueFactor.values()) {
            if (f.of(e) != 0) {
                return e;
            }
        }
        return e.sources().isEmpty() ? null : e;
    }

    /** The yearly value and formula of the factors as typed now, saved or not. */
    private void preview() {
        if (factors.size() < ValueFactor.values().length) {
            return;
        }
        ValueEstimate saved = opportunity == null ? null : opportunity.estimate();
        double[] values = new double[ValueFactor.values().length];
        boolean any = false;
        boolean someEmpty = false;
        for (FactorRow row : factors.values()) {
            FactorInput.Checked c = FactorInput.check(row.factor(), row.text().get());
            row.text().errorProperty().set(c.error());
            boolean empty = row.text().get() == null || row.text().get().isBlank();
            someEmpty |= empty;
            any |= !empty;
            values[row.factor().ordinal()] = c.error() == null ? c.value()
                    : saved == null ? 0 : row.factor().of(saved);
        }
        if (!any) {
            yearly.set(Messages.get("inspector.opportunity.notEstimated"));
            formula.set("");
            hint.set("");
            return;
        }
        ValueEstimate typed = new ValueEstimate(values[0], values[1], values[2], values[3], values[4],
                saved == null ? pendingCurrency : saved.currency());
        yearly.set(Messages.format("inspector.opportunity.yearly", ValueFormula.yearly(typed, Localization.ui())));
        formula.set(ValueFormula.of(typed, Localization.ui()));
        hint.set(someEmpty ? Messages.get("inspector.opportunity.emptyIsZero") : "");
    }
}
