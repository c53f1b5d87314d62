package fi.polku.io.format;

import fi.polku.model.Brand;
import fi.polku.model.ChannelType;
import fi.polku.model.Connection;
import fi.polku.model.Direction;
import fi.polku.model.EvidenceLevel;
import fi.polku.model.FactorSource;
import fi.polku.model.Feeling;
import fi.polku.model.JourneyMap;
import fi.polku.model.Lane;
import fi.polku.model.LaneKind;
import fi.polku.model.Logo;
import fi.polku.model.Measurement;
import fi.polku.model.MetricDefinition;
import fi.polku.model.MetricKind;
import fi.polku.model.Opportunity;
import fi.polku.model.Persona;
import fi.polku.model.Presentation;
import fi.polku.model.QuestionLink;
import fi.polku.model.Stage;
import fi.polku.model.SurveyMapping;
import fi.polku.model.Touchpoint;
import fi.polku.model.ValueEstimate;
import fi.polku.model.ValueFactor;
import fi.polku.model.Vote;
import fi.polku.model.Voting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code *.polku.json} file format, record by record: each field's JSON name, kind, whether it is
 * required, and how it maps to the model. The order is the documented key order of docs/file-format.md.
 * A new field is a line in its record's table and an argument in the record's {@code make}.
 */
public final class MapFormat {
    private MapFormat() {
    }

    private static final Field<Persona, String> PERSONA_ID = Field.<Persona>text("id", Persona::id).required();
    private static final Field<Persona, String> PERSONA_NAME = Field.text("name", Persona::name);
    private static final Field<Persona, String> PERSONA_DESCRIPTION = Field.text("description", Persona::description);
    private static final Field<Persona, String> PERSONA_COLOUR = Field.colour("colour", Persona::colour);
    public static final RecordFormat<Persona> PERSONA = RecordFormat.of("io.item.persona",
            v -> new Persona(v.get(PERSONA_ID), v.get(PERSONA_NAME), v.get(PERSONA_DESCRIPTION), v.get(PERSONA_COLOUR)),
            PERSONA_ID, PERSONA_NAME, PERSONA_DESCRIPTION, PERSONA_COLOUR);

    private static final Field<Feeling, String> FEELING_ID = Field.<Feeling>sharedText("id", Feeling::id).required();
    private static final Field<Feeling, String> FEELING_NAME = Field.text("name", Feeling::name);
    private static final Field<Feeling, Double> FEELING_EMOTION = Field.requiredNumber("emotion", Feeling::emotion);
    public static final RecordFormat<Feeling> FEELING = RecordFormat.of("io.item.feeling",
            v -> new Feeling(v.get(FEELING_ID), v.get(FEELING_NAME), v.get(FEELING_EMOTION)),
            FEELING_ID, FEELING_NAME, FEELING_EMOTION);

    private static final Field<Presentation, List<String>> HIDDEN_SLIDES =
            Field.texts("hiddenSlides", Presentation::hiddenSlides);
    public static final RecordFormat<Presentation> PRESENTATION = RecordFormat.of("io.item.presentation",
            v -> new Presentation(v.get(HIDDEN_SLIDES)),
            HIDDEN_SLIDES);

    // A stage's and a lane's id are shared: the touchpoints that refer to them get the same instance.
    private static final Field<Stage, String> STAGE_ID = Field.<Stage>sharedText("id", Stage::id).required();
    private static final Field<Stage, String> STAGE_NAME = Field.text("name", Stage::name);
    public static final RecordFormat<Stage> STAGE = RecordFormat.of("io.item.stage",
            v -> new Stage(v.get(STAGE_ID), v.get(STAGE_NAME)),
            STAGE_ID, STAGE_NAME);

    private static final Field<Lane, String> LANE_ID = Field.<Lane>sharedText("id", Lane::id).required();
    private static final Field<Lane, String> LANE_NAME = Field.text("name", Lane::name);
    private static final Field<Lane, LaneKind> LANE_KIND = Field.choice("kind", LaneKind.class, Lane::kind).required();
    private static final Field<Lane, ChannelType> LANE_CHANNEL = Field.choice("channel", ChannelType.class, Lane::channel);
    public static final RecordFormat<Lane> LANE = RecordFormat.of("io.item.lane",
            v -> new Lane(v.get(LANE_ID), v.get(LANE_NAME), v.get(LANE_KIND), v.get(LANE_CHANNEL)),
            LANE_ID, LANE_NAME, LANE_KIND, LANE_CHANNEL);

    private static final Field<Measurement, String> M_METRIC = Field.<Measurement>sharedText("metric", Measurement::metric).required();
    private static final Field<Measurement, Double> M_VALUE = Field.requiredNumber("value", Measurement::value);
    private static final Field<Measurement, Integer> M_N = Field.wholeNumber("n", Measurement::n);
    private static final Field<Measurement, Double> M_CI_LOW = Field.number("ciLow", Measurement::ciLow);
    private static final Field<Measurement, Double> M_CI_HIGH = Field.number("ciHigh", Measurement::ciHigh);
    private static final Field<Measurement, LocalDate> M_DATE_FROM = Field.date("dateFrom", Measurement::dateFrom);
    private static final Field<Measurement, LocalDate> M_DATE = Field.date("date", Measurement::date);
    private static final Field<Measurement, String> M_SOURCE = Field.sharedText("source", Measurement::source);
    private static final Field<Measurement, EvidenceLevel> M_EVIDENCE =
            Field.choice("evidence", EvidenceLevel.class, Measurement::evidence);
    private static final Field<Measurement, String> M_ROUND = Field.sharedText("round", Measurement::round);
    public static final RecordFormat<Measurement> MEASUREMENT = RecordFormat.of("io.item.measurement",
            v -> new Measurement(v.get(M_METRIC), v.get(M_VALUE), v.get(M_N), v.get(M_CI_LOW), v.get(M_CI_HIGH),
                    v.get(M_DATE_FROM), v.get(M_DATE), v.get(M_SOURCE), v.get(M_EVIDENCE), v.get(M_ROUND)),
            M_METRIC, M_VALUE, M_N, M_CI_LOW, M_CI_HIGH, M_DATE_FROM, M_DATE, M_SOURCE, M_EVIDENCE, M_ROUND);

    private static final Field<Touchpoint, String> T_ID = Field.<Touchpoint>text("id", Touchpoint::id).required();
    private static final Field<Touchpoint, String> T_TITLE = Field.text("title", Touchpoint::title);
    private static final Field<Touchpoint, String> T_DESCRIPTION = Field.text("description", Touchpoint::description);
    private static final Field<Touchpoint, String> T_STAGE = Field.<Touchpoint>sharedText("stage", Touchpoint::stageId).required();
    private static final Field<Touchpoint, String> T_LANE = Field.<Touchpoint>sharedText("lane", Touchpoint::laneId).required();
    private static final Field<Touchpoint, Double> T_IMPORTANCE = Field.number("importance", Touchpoint::importance);
    private static final Field<Touchpoint, Double> T_EMOTION = Field.number("emotion", Touchpoint::emotion);
    private static final Field<Touchpoint, String> T_OWNER = Field.sharedText("owner", Touchpoint::owner);
    private static final Field<Touchpoint, List<String>> T_TAGS = Field.texts("tags", Touchpoint::tags);
    private static final Field<Touchpoint, String> T_NOTES = Field.text("notes", Touchpoint::notes);
    private static final Field<Touchpoint, EvidenceLevel> T_EVIDENCE =
            Field.choice("evidence", EvidenceLevel.class, Touchpoint::evidence);
    private static final Field<Touchpoint, List<Measurement>> T_MEASUREMENTS =
            Field.objects("measurements", MEASUREMENT, Touchpoint::measurements);
    private static final Field<Touchpoint, Map<String, Double>> T_TARGETS =
            Field.numbersByKey("targets", Touchpoint::targets);
    private static final Field<Touchpoint, List<String>> T_PERSONAS = Field.texts("personas", Touchpoint::personaIds);
    private static final Field<Touchpoint, String> T_FEELING = Field.sharedText("feeling", Touchpoint::feeling);
    private static final Field<Touchpoint, String> T_INTENDED_FEELING =
            Field.sharedText("intendedFeeling", Touchpoint::intendedFeeling);
    public static final RecordFormat<Touchpoint> TOUCHPOINT = RecordFormat.of("io.item.touchpoint",
            v -> new Touchpoint(v.get(T_ID), v.get(T_TITLE), v.get(T_DESCRIPTION), v.get(T_STAGE), v.get(T_LANE),
                    v.get(T_IMPORTANCE), v.get(T_EMOTION), v.get(T_OWNER), v.get(T_TAGS), v.get(T_NOTES),
                    v.get(T_EVIDENCE), v.get(T_MEASUREMENTS), v.get(T_TARGETS), v.get(T_PERSONAS), v.get(T_FEELING),
                    v.get(T_INTENDED_FEELING)),
            T_ID, T_TITLE, T_DESCRIPTION, T_STAGE, T_LANE, T_IMPORTANCE, T_EMOTION, T_FEELING, T_INTENDED_FEELING,
            T_OWNER, T_TAGS, T_PERSONAS, T_NOTES, T_EVIDENCE, T_MEASUREMENTS, T_TARGETS);

    private static final Field<Connection, String> C_ID = Field.<Connection>text("id", Connection::id).required();
    private static final Field<Connection, String> C_FROM = Field.<Connection>text("from", Connection::from).required();
    private static final Field<Connection, String> C_TO = Field.<Connection>text("to", Connection::to).required();
    private static final Field<Connection, String> C_LABEL = Field.text("label", Connection::label);
    public static final RecordFormat<Connection> CONNECTION = RecordFormat.of("io.item.connection",
            v -> new Connection(v.get(C_ID), v.get(C_FROM), v.get(C_TO), v.get(C_LABEL)),
            C_ID, C_FROM, C_TO, C_LABEL);

    private static final Field<MetricDefinition, String> D_ID = Field.<MetricDefinition>sharedText("id", MetricDefinition::id).required();
    private static final Field<MetricDefinition, String> D_NAME = Field.text("name", MetricDefinition::name);
    private static final Field<MetricDefinition, String> D_UNIT = Field.text("unit", MetricDefinition::unit);
    private static final Field<MetricDefinition, Double> D_MIN = Field.requiredNumber("min", MetricDefinition::min);
    private static final Field<MetricDefinition, Double> D_MAX = Field.requiredNumber("max", MetricDefinition::max);
    private static final Field<MetricDefinition, Direction> D_DIRECTION =
            Field.choice("direction", Direction.class, MetricDefinition::direction).required();
    // Left out for the usual kind (a scale), so that a version 3 metric is written as it was.
    private static final Field<MetricDefinition, MetricKind> D_KIND = Field.choice("kind", MetricKind.class,
            m -> m.kind() == MetricKind.SCALE ? null : m.kind());
    public static final RecordFormat<MetricDefinition> METRIC = RecordFormat.of("io.item.metric",
            v -> new MetricDefinition(v.get(D_ID), v.get(D_NAME), v.get(D_UNIT), v.get(D_MIN), v.get(D_MAX),
                    v.get(D_DIRECTION), false, v.get(D_KIND)),
            D_ID, D_NAME, D_UNIT, D_MIN, D_MAX, D_DIRECTION, D_KIND);

    private static final Field<ValueEstimate, Double> E_CUSTOMERS =
            Field.requiredNumber("customersPerOccurrence", ValueEstimate::customersPerOccurrence);
    private static final Field<ValueEstimate, Double> E_SHARE =
            Field.requiredNumber("shareConverting", ValueEstimate::shareConverting);
    private static final Field<ValueEstimate, Double> E_VALUE =
            Field.requiredNumber("valuePerCustomer", ValueEstimate::valuePerCustomer);
    private static final Field<ValueEstimate, Double> E_PER_DAY =
            Field.requiredNumber("occurrencesPerDay", ValueEstimate::occurrencesPerDay);
    private static final Field<ValueEstimate, Double> E_DAYS =
            Field.requiredNumber("daysPerYear", ValueEstimate::daysPerYear);
    private static final Field<ValueEstimate, String> E_CURRENCY = Field.text("currency", ValueEstimate::currency);

    private static final Field<FactorSource, EvidenceLevel> S_EVIDENCE =
            Field.choice("evidence", EvidenceLevel.class, FactorSource::evidence);
    private static final Field<FactorSource, String> S_NOTE = Field.text("note", FactorSource::note);
    public static final RecordFormat<FactorSource> FACTOR_SOURCE = RecordFormat.of("io.item.factorSource",
            v -> new FactorSource(v.get(S_EVIDENCE), v.get(S_NOTE)),
            S_EVIDENCE, S_NOTE);
    /** A factor's source is kept under the name of the factor's own field. */
    private static final Map<String, ValueFactor> FACTORS = factors(Map.of(
            ValueFactor.CUSTOMERS_PER_OCCURRENCE, E_CUSTOMERS, ValueFactor.SHARE_CONVERTING, E_SHARE,
            ValueFactor.VALUE_PER_CUSTOMER, E_VALUE, ValueFactor.OCCURRENCES_PER_DAY, E_PER_DAY,
            ValueFactor.DAYS_PER_YEAR, E_DAYS));
    private static final Field<ValueEstimate, Map<ValueFactor, FactorSource>> E_SOURCES =
            Field.objectsByKey("sources", FACTORS, FACTOR_SOURCE, ValueEstimate::sources);
    public static final RecordFormat<ValueEstimate> ESTIMATE = RecordFormat.of("io.item.estimate",
            v -> new ValueEstimate(v.get(E_CUSTOMERS), v.get(E_SHARE), v.get(E_VALUE), v.get(E_PER_DAY),
                    v.get(E_DAYS), v.get(E_CURRENCY), v.get(E_SOURCES)),
            E_CUSTOMERS, E_SHARE, E_VALUE, E_PER_DAY, E_DAYS, E_CURRENCY, E_SOURCES);

    private static final Field<Opportunity, String> O_ID = Field.<Opportunity>text("id", Opportunity::id).required();
    private static final Field<Opportunity, String> O_TEXT = Field.text("text", Opportunity::text);
    private static final Field<Opportunity, List<String>> O_TOUCHPOINTS =
            Field.texts("touchpoints", Opportunity::touchpointIds);
    private static final Field<Opportunity, ValueEstimate> O_ESTIMATE =
            Field.object("estimate", ESTIMATE, Opportunity::estimate);
    public static final RecordFormat<Opportunity> OPPORTUNITY = RecordFormat.of("io.item.opportunity",
            v -> new Opportunity(v.get(O_ID), v.get(O_TEXT), v.get(O_TOUCHPOINTS), v.get(O_ESTIMATE)),
            O_ID, O_TEXT, O_TOUCHPOINTS, O_ESTIMATE);

    private static final Field<Logo, String> LOGO_MEDIA_TYPE =
            Field.<Logo>word("mediaType", List.of(Logo.PNG, Logo.SVG), Logo::mediaType).required();
    private static final Field<Logo, byte[]> LOGO_DATA = Field.<Logo>base64("data", Logo::data).required();
    public static final RecordFormat<Logo> LOGO = RecordFormat.of("io.item.logo",
            v -> new Logo(v.get(LOGO_MEDIA_TYPE), v.get(LOGO_DATA)),
            LOGO_MEDIA_TYPE, LOGO_DATA);

    private static final Field<Brand, String> BRAND_ACCENT = Field.colour("accent", Brand::accent);
    private static final Field<Brand, Logo> BRAND_LOGO = Field.object("logo", LOGO, Brand::logo);
    public static final RecordFormat<Brand> BRAND = RecordFormat.of("io.item.brand",
            v -> new Brand(v.get(BRAND_ACCENT), v.get(BRAND_LOGO)),
            BRAND_ACCENT, BRAND_LOGO);

    private static final Field<Vote, String> VOTE_VOTER = Field.<Vote>sharedText("voter", Vote::voter).required();
    private static final Field<Vote, String> VOTE_TOUCHPOINT =
            Field.<Vote>sharedText("touchpoint", Vote::touchpoint).required();
    public static final RecordFormat<Vote> VOTE = RecordFormat.of("io.item.vote",
            v -> new Vote(v.get(VOTE_VOTER), v.get(VOTE_TOUCHPOINT)),
            VOTE_VOTER, VOTE_TOUCHPOINT);

    private static final Field<Voting, Integer> VOTING_DOTS = Field.wholeNumber("dotsPerVoter", Voting::dotsPerVoter);
    private static final Field<Voting, List<String>> VOTING_VOTERS = Field.texts("voters", Voting::voters);
    private static final Field<Voting, List<Vote>> VOTING_VOTES = Field.objects("votes", VOTE, Voting::votes);
    public static final RecordFormat<Voting> VOTING = RecordFormat.of("io.item.voting",
            v -> new Voting(v.get(VOTING_DOTS) == null ? Voting.DEFAULT_DOTS : v.get(VOTING_DOTS),
                    v.get(VOTING_VOTERS), v.get(VOTING_VOTES)),
            VOTING_DOTS, VOTING_VOTERS, VOTING_VOTES);

    private static final Field<QuestionLink, String> Q_COLUMN =
            Field.<QuestionLink>text("column", QuestionLink::column).required();
    private static final Field<QuestionLink, String> Q_TOUCHPOINT =
            Field.<QuestionLink>sharedText("touchpoint", QuestionLink::touchpointId).required();
    private static final Field<QuestionLink, String> Q_METRIC =
            Field.<QuestionLink>sharedText("metric", QuestionLink::metric).required();
    public static final RecordFormat<QuestionLink> QUESTION = RecordFormat.of("io.item.question",
            v -> new QuestionLink(v.get(Q_COLUMN), v.get(Q_TOUCHPOINT), v.get(Q_METRIC)),
            Q_COLUMN, Q_TOUCHPOINT, Q_METRIC);

    // A label is an object in an array, not a key of an object: the order the user gave the labels in is kept.
    private static final Field<Map.Entry<String, Double>, String> L_LABEL =
            Field.<Map.Entry<String, Double>>text("label", Map.Entry::getKey).required();
    private static final Field<Map.Entry<String, Double>, Double> L_VALUE =
            Field.requiredNumber("value", Map.Entry::getValue);
    public static final RecordFormat<Map.Entry<String, Double>> LABEL = RecordFormat.of("io.item.label",
            v -> Map.entry(v.get(L_LABEL), v.get(L_VALUE)),
            L_LABEL, L_VALUE);

    private static final Field<SurveyMapping, String> SM_HEADER_KEY =
            Field.<SurveyMapping>text("headerKey", SurveyMapping::headerKey).required();
    private static final Field<SurveyMapping, String> SM_NAME = Field.text("name", SurveyMapping::name);
    private static final Field<SurveyMapping, List<QuestionLink>> SM_QUESTIONS =
            Field.objects("questions", QUESTION, SurveyMapping::questions);
    private static final Field<SurveyMapping, List<Map.Entry<String, Double>>> SM_LABELS =
            Field.objects("labels", LABEL, m -> List.copyOf(m.labels().entrySet()));
    public static final RecordFormat<SurveyMapping> SURVEY_MAPPING = RecordFormat.of("io.item.surveyMapping",
            v -> new SurveyMapping(v.get(SM_HEADER_KEY), v.get(SM_NAME), v.get(SM_QUESTIONS), labels(v.get(SM_LABELS))),
            SM_HEADER_KEY, SM_NAME, SM_QUESTIONS, SM_LABELS);

    private static final Field<JourneyMap, Integer> SCHEMA_VERSION = Field.version("schemaVersion");
    private static final Field<JourneyMap, String> ID = Field.<JourneyMap>text("id", JourneyMap::id).required();
    private static final Field<JourneyMap, String> TITLE = Field.text("title", JourneyMap::title);
    private static final Field<JourneyMap, String> DESCRIPTION = Field.text("description", JourneyMap::description);
    private static final Field<JourneyMap, String> LANGUAGE = Field.text("language", JourneyMap::language);
    private static final Field<JourneyMap, String> SCENARIO = Field.text("scenario", JourneyMap::scenario);
    private static final Field<JourneyMap, Instant> CREATED = Field.instant("created", JourneyMap::created);
    private static final Field<JourneyMap, Instant> MODIFIED = Field.instant("modified", JourneyMap::modified);
    private static final Field<JourneyMap, List<Persona>> PERSONAS =
            Field.objects("personas", PERSONA, JourneyMap::personas);
    private static final Field<JourneyMap, List<Stage>> STAGES =
            Field.objects("stages", STAGE, JourneyMap::stages).writtenWhenEmpty();
    private static final Field<JourneyMap, List<Lane>> LANES =
            Field.objects("lanes", LANE, JourneyMap::lanes).writtenWhenEmpty();
    private static final Field<JourneyMap, List<Touchpoint>> TOUCHPOINTS =
            Field.touchpoints("touchpoints", TOUCHPOINT, JourneyMap::touchpoints).writtenWhenEmpty();
    private static final Field<JourneyMap, List<Connection>> CONNECTIONS =
            Field.objects("connections", CONNECTION, JourneyMap::connections);
    private static final Field<JourneyMap, List<MetricDefinition>> METRICS =
            Field.objects("metrics", METRIC, JourneyMap::metrics);
    private static final Field<JourneyMap, List<Opportunity>> OPPORTUNITIES =
            Field.objects("opportunities", OPPORTUNITY, JourneyMap::opportunities);
    private static final Field<JourneyMap, Voting> VOTING_FIELD =
            Field.object("voting", VOTING, m -> m.voting().isEmpty() ? null : m.voting());
    private static final Field<JourneyMap, List<SurveyMapping>> SURVEY_MAPPINGS =
            Field.objects("surveyMappings", SURVEY_MAPPING, JourneyMap::surveyMappings);
    private static final Field<JourneyMap, List<Feeling>> FEELINGS =
            Field.objects("feelings", FEELING, JourneyMap::feelings);
    private static final Field<JourneyMap, Presentation> PRESENTATION_FIELD =
            Field.object("presentation", PRESENTATION, m -> m.presentation().isEmpty() ? null : m.presentation());
    // Last, so that a logo's long base64 text does not stand between a reader and the map's content.
    private static final Field<JourneyMap, Brand> BRAND_FIELD =
            Field.object("brand", BRAND, m -> m.brand().isEmpty() ? null : m.brand());
    /** The whole file: one map. */
    public static final RecordFormat<JourneyMap> MAP = RecordFormat.of("io.item.map",
            v -> new JourneyMap(v.get(ID), v.get(TITLE), v.get(DESCRIPTION), v.get(LANGUAGE), v.get(PERSONAS),
                    v.get(SCENARIO), v.get(CREATED), v.get(MODIFIED), v.get(STAGES), v.get(LANES),
                    v.get(TOUCHPOINTS), v.get(CONNECTIONS), v.get(METRICS), v.get(OPPORTUNITIES), v.get(BRAND_FIELD),
                    v.get(VOTING_FIELD), v.get(SURVEY_MAPPINGS), v.get(FEELINGS), v.get(PRESENTATION_FIELD)),
            SCHEMA_VERSION, ID, TITLE, DESCRIPTION, LANGUAGE, SCENARIO, CREATED, MODIFIED, PERSONAS, FEELINGS, STAGES,
            LANES, TOUCHPOINTS, CONNECTIONS, METRICS, OPPORTUNITIES, SURVEY_MAPPINGS, VOTING_FIELD, PRESENTATION_FIELD,
            BRAND_FIELD);

    /** The labels in the file's order; a label written twice keeps its last number. */
    private static Map<String, Double> labels(List<Map.Entry<String, Double>> entries) {
        Map<String, Double> out = new LinkedHashMap<>();
        if (entries != null) {
            for (Map.Entry<String, Double> e : entries) {
                out.put(e.getKey(), e.getValue());
            }
        }
        return out;
    }

    /** The factors by the names of their fields, in the formula's order. */
    private static Map<String, ValueFactor> factors(Map<ValueFactor, Field<ValueEstimate, Double>> fields) {
        Map<String, ValueFactor> out = new LinkedHashMap<>();
        for (ValueFactor factor : ValueFactor.values()) {
            out.put(fields.get(factor).name(), factor);
        }
        return out;
    }
}
