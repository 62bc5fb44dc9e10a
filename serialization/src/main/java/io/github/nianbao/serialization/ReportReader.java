package io.github.nianbao.serialization;

import io.github.nianbao.core.AdministrativeLevel;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.NarrativeBlock;
import io.github.nianbao.core.ReportMetadata;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.MetadataField;
import io.github.nianbao.core.catalogue.ReportPath;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Cell;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.core.table.TableBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.io.SerializedString;

/**
 * Reads one report from a streaming parser, collecting every problem. One instance per document;
 * not thread-safe.
 *
 * <p>Members may come in any order, so the reader first records what it finds (with where it
 * found it) and only then, knowing the edition, checks the tables against the edition's layouts
 * and reports what is missing or belongs to another edition.
 */
final class ReportReader {

    /** A plain decimal: optional minus, no leading zeros, optional fraction, no exponent. */
    static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");
    /** A 行政区划代码: six ASCII digits. */
    static final Pattern DIVISION_CODE = Pattern.compile("[0-9]{6}");
    /** The shape of an ISO date as written by the encoder; {@link LocalDate#parse} then checks the calendar. */
    static final Pattern ISO_DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /**
     * The reason of an unknown cell: a code, as {@code Count.unknown} and {@code Amount.unknown} accept
     * it (a test checks that they agree).
     */
    static final Pattern REASON = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    private static final List<String> TOP = CanonicalForm.topLevelMembers();
    private static final String SUPPORTED_VERSIONS = java.util.stream.IntStream.rangeClosed(ReportJson.MIN_FORMAT_VERSION,
            ReportJson.FORMAT_VERSION).mapToObj(Integer::toString).collect(Collectors.joining(", "));
    private static final Map<String, Integer> TOP_INDEX = new HashMap<>();
    private static final Map<String, MetadataField> METADATA_FIELDS = new HashMap<>();
    private static final ReportPath[] TOP_PATHS = TOP.stream().map(ReportPath::of).toArray(ReportPath[]::new);
    // The names a canonical document has, as the parser compares them with the input's bytes.
    private static final SerializableString[] TOP_NAMES = TOP.stream().map(SerializedString::new).toArray(SerializableString[]::new);
    private static final SerializableString[] METADATA_NAMES = Arrays.stream(MetadataField.values())
            .map(f -> new SerializedString(f.key())).toArray(SerializableString[]::new);
    private static final SerializableString KIND_NAME = new SerializedString(CanonicalForm.KIND);
    private static final SerializableString TEXT_NAME = new SerializedString(CanonicalForm.TEXT);

    static {
        for (int i = 0; i < TOP.size(); i++) {
            TOP_INDEX.put(TOP.get(i), i);
        }
        for (MetadataField f : MetadataField.values()) {
            METADATA_FIELDS.put(f.key(), f);
        }
    }

    /** Thrown to stop reading: a fatal problem or the problem limit. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    private final ReportJson config;
    private final JsonParser p;
    private final List<JsonProblem> problems = new ArrayList<>();
    private int errors;
    private boolean truncated;
    private boolean stopped;

    private TokenStreamLocation rootStart;
    private final TokenStreamLocation[] topSeen = new TokenStreamLocation[TOP.size()];

    private TokenStreamLocation metadataStart;
    private final boolean[] metadataSeen = new boolean[MetadataField.values().length];
    private String agency;
    private Integer reportYear;
    private Edition edition;
    private LocalDate publicationDate;
    private AdministrativeLevel level;
    private String divisionCode;

    private Edition applicationsForm;
    private boolean applicationsFormInvalid;
    private TokenStreamLocation applicationsFormAt;

    private final Map<Section, Narrative> narratives = new EnumMap<>(Section.class);

    private final TokenStreamLocation[] nodeSeen = new TokenStreamLocation[TableShape.nodeCount()];
    private final TokenStreamLocation[] objectStart = new TokenStreamLocation[TableShape.nodeCount()];
    private final Cell[] cells = new Cell[TableShape.nodeCount()];
    // The unknown cells read, to check against the format version once the whole document is read.
    private final List<TableShape.Node> unknownCells = new ArrayList<>(0);
    private int formatVersion;

    // Whether to note where every member is, for problems. A reader on the fast path notes nothing
    // and stops at the first problem: its caller then reads the document again, locating everything.
    private final boolean locate;

    ReportReader(ReportJson config, JsonParser parser) {
        this(config, parser, true);
    }

    ReportReader(ReportJson config, JsonParser parser, boolean locate) {
        this.config = config;
        this.p = parser;
        this.locate = locate;
    }

    /**
     * Moves to the next member's name and returns it, or null when the object ends. A reader on the
     * fast path first compares the input's bytes with the name a canonical document has here, if
     * any: a member in canonical order then costs no decoding of its name and no symbol-table
     * lookup. Any other name is read as usual. The locating reader reads names as usual only, so
     * that problems are reported exactly as they always were.
     */
    private String nextName(SerializableString expected) {
        if (expected != null && !locate) {
            if (p.nextName(expected)) {
                return expected.getValue();
            }
            return p.currentToken() == JsonToken.PROPERTY_NAME ? p.currentName() : null;
        }
        return p.nextToken() == JsonToken.PROPERTY_NAME ? p.currentName() : null;
    }

    /** Where the current token is, if this reader locates; else a marker that only says "seen". */
    private TokenStreamLocation where() {
        return locate ? p.currentTokenLocation() : TokenStreamLocation.NA;
    }

    /** Reads a whole document: one report and nothing after it. */
    DecodeResult readDocument() {
        try {
            if (p.nextToken() == null) {
                add(ProblemCode.DOCUMENT_EMPTY, ReportPath.root(), null);
            }
            readReport();
            checkTrailing();
            resolve();
        } catch (Stop stop) {
            // the problem that stopped reading is recorded
        } catch (StreamConstraintsException e) {
            limitExceeded(e);
        } catch (JacksonException e) {
            malformed(e);
        }
        return result();
    }

    /** Reads one report value at the parser's current token, for use inside a larger document. */
    DecodeResult readValue() {
        try {
            readReport();
            resolve();
        } catch (Stop stop) {
            // recorded
        } catch (StreamConstraintsException e) {
            limitExceeded(e);
        } catch (JacksonException e) {
            malformed(e);
        }
        return result();
    }

    private void checkTrailing() {
        TokenStreamLocation at;
        try {
            if (p.nextToken() == null) {
                return;
            }
            at = p.currentTokenLocation();
        } catch (StreamConstraintsException e) {
            throw e;
        } catch (JacksonException e) {
            at = e.getLocation();
        }
        add(ProblemCode.TRAILING_CONTENT, ReportPath.root(), at);
    }

    // ---- reading ----

    private void readReport() {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            wrongType(ReportPath.root(), ValueType.OBJECT);
            return;
        }
        rootStart = where();
        Set<String> unknown = null;
        int expected = 0;
        String name;
        while ((name = nextName(expected < TOP_NAMES.length ? TOP_NAMES[expected] : null)) != null) {
            TokenStreamLocation at = where();
            checkName(name, at);
            p.nextToken();
            Integer index = expected < TOP.size() && TOP.get(expected).equals(name) ? Integer.valueOf(expected) : TOP_INDEX.get(name);
            if (index == null) {
                unknown = unknownProperty(unknown, ReportPath.root(), name, at);
                continue;
            }
            // Only a hybrid report names the form of table 三: expect the table itself.
            expected = index + 1;
            if (expected < TOP.size() && TOP.get(expected).equals(CanonicalForm.APPLICATIONS_FORM)) {
                expected++;
            }
            ReportPath path = TOP_PATHS[index];
            if (topSeen[index] != null) {
                duplicate(path, at);
                continue;
            }
            topSeen[index] = at;
            switch (name) {
                case CanonicalForm.FORMAT_VERSION -> readFormatVersion();
                case MetadataField.OBJECT_KEY -> readMetadata();
                case CanonicalForm.APPLICATIONS_FORM -> readApplicationsForm();
                default -> {
                    Section section = Section.ofKey(name).orElseThrow();
                    if (section.isTable()) {
                        readTable(section, at);
                    } else {
                        readNarrative(section, path);
                    }
                }
            }
        }
    }

    private void readFormatVersion() {
        ReportPath path = CanonicalForm.FORMAT_VERSION_PATH;
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            wrongType(path, ValueType.INTEGER);
        } else {
            checkNumber(path);
            if (p.getNumberType() != JsonParser.NumberType.INT || p.getIntValue() < ReportJson.MIN_FORMAT_VERSION
                    || p.getIntValue() > ReportJson.FORMAT_VERSION) {
                add(ProblemCode.UNKNOWN_FORMAT_VERSION, path, here(), p.getText(), SUPPORTED_VERSIONS);
            } else {
                formatVersion = p.getIntValue();
            }
        }
    }

    private void readApplicationsForm() {
        applicationsFormAt = where();
        String text = readString(CanonicalForm.APPLICATIONS_FORM_PATH);
        if (text == null) {
            applicationsFormInvalid = true;
            return;
        }
        applicationsForm = edition(text, CanonicalForm.APPLICATIONS_FORM_PATH);
        applicationsFormInvalid = applicationsForm == null;
    }

    private Edition edition(String text, ReportPath path) {
        for (Edition e : Edition.values()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        add(ProblemCode.UNKNOWN_EDITION, path, here(), text, names(Edition.values()));
        return null;
    }

    private void readMetadata() {
        ReportPath path = CanonicalForm.METADATA_PATH;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            wrongType(path, ValueType.OBJECT);
            Arrays.fill(metadataSeen, true);
            return;
        }
        metadataStart = where();
        Set<String> unknown = null;
        int expected = 0;
        String name;
        while ((name = nextName(expected < METADATA_NAMES.length ? METADATA_NAMES[expected] : null)) != null) {
            TokenStreamLocation at = where();
            checkName(name, at);
            p.nextToken();
            MetadataField field = METADATA_FIELDS.get(name);
            if (field == null) {
                unknown = unknownProperty(unknown, path, name, at);
                continue;
            }
            expected = field.ordinal() + 1;
            if (metadataSeen[field.ordinal()]) {
                duplicate(field.path(), at);
                continue;
            }
            metadataSeen[field.ordinal()] = true;
            readMetadataField(field);
        }
        for (MetadataField required : new MetadataField[] {MetadataField.AGENCY, MetadataField.REPORT_YEAR, MetadataField.EDITION}) {
            if (!metadataSeen[required.ordinal()]) {
                add(ProblemCode.MISSING_PROPERTY, required.path(), metadataStart, required.key());
            }
        }
    }

    private void readMetadataField(MetadataField field) {
        ReportPath path = field.path();
        if (field == MetadataField.REPORT_YEAR) {
            reportYear = readInt(path);
            return;
        }
        String text = readString(path);
        if (text == null) {
            return;
        }
        switch (field) {
            case AGENCY -> agency = text;
            case EDITION -> edition = edition(text, path);
            case PUBLICATION_DATE -> {
                try {
                    if (!ISO_DATE.matcher(text).matches()) {
                        throw new DateTimeParseException("not yyyy-MM-dd", text, 0);
                    }
                    publicationDate = LocalDate.parse(text);
                } catch (DateTimeParseException e) {
                    add(ProblemCode.INVALID_DATE, path, here(), text);
                }
            }
            case ADMINISTRATIVE_LEVEL -> {
                for (AdministrativeLevel l : AdministrativeLevel.values()) {
                    if (l.name().equals(text)) {
                        level = l;
                    }
                }
                if (level == null) {
                    add(ProblemCode.UNKNOWN_VALUE, path, here(), text, names(AdministrativeLevel.values()));
                }
            }
            case DIVISION_CODE -> {
                if (DIVISION_CODE.matcher(text).matches()) {
                    divisionCode = text;
                } else {
                    add(ProblemCode.INVALID_DIVISION_CODE, path, here(), text);
                }
            }
            default -> throw new IllegalStateException(field.name());
        }
    }

    private void readNarrative(Section section, ReportPath path) {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            wrongType(path, ValueType.ARRAY);
            return;
        }
        List<NarrativeBlock> blocks = new ArrayList<>();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            NarrativeBlock block = readBlock(path, index++);
            if (block != null) {
                blocks.add(block);
            }
        }
        narratives.put(section, Narrative.of(blocks));
    }

    // The paths of a block and its members are built only for a problem: a well-formed block needs none.
    private NarrativeBlock readBlock(ReportPath narrative, int index) {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            wrongType(narrative.child(index), ValueType.OBJECT);
            return null;
        }
        TokenStreamLocation start = where();
        NarrativeBlock.Kind kind = null;
        String text = null;
        boolean kindSeen = false;
        boolean textSeen = false;
        Set<String> unknown = null;
        String name;
        while ((name = nextName(!kindSeen ? KIND_NAME : !textSeen ? TEXT_NAME : null)) != null) {
            TokenStreamLocation at = where();
            checkName(name, at);
            p.nextToken();
            if (name.equals(CanonicalForm.KIND)) {
                if (kindSeen) {
                    duplicate(narrative.child(index).child(name), at);
                    continue;
                }
                kindSeen = true;
                String k = p.currentToken() == JsonToken.VALUE_STRING ? p.getString() : readString(narrative.child(index).child(name));
                if (k != null) {
                    for (NarrativeBlock.Kind candidate : NarrativeBlock.Kind.values()) {
                        if (CanonicalForm.kindName(candidate).equals(k)) {
                            kind = candidate;
                        }
                    }
                    if (kind == null) {
                        add(ProblemCode.UNKNOWN_VALUE, narrative.child(index).child(name), here(), k, Arrays.stream(NarrativeBlock.Kind.values())
                                .map(CanonicalForm::kindName).collect(Collectors.joining(", ")));
                    }
                }
            } else if (name.equals(CanonicalForm.TEXT)) {
                if (textSeen) {
                    duplicate(narrative.child(index).child(name), at);
                    continue;
                }
                textSeen = true;
                text = p.currentToken() == JsonToken.VALUE_STRING ? p.getString() : readString(narrative.child(index).child(name));
            } else {
                unknown = unknownProperty(unknown, narrative.child(index), name, at);
            }
        }
        if (!kindSeen) {
            add(ProblemCode.MISSING_PROPERTY, narrative.child(index).child(CanonicalForm.KIND), start, CanonicalForm.KIND);
        }
        if (!textSeen) {
            add(ProblemCode.MISSING_PROPERTY, narrative.child(index).child(CanonicalForm.TEXT), start, CanonicalForm.TEXT);
        }
        return kind != null && text != null ? new NarrativeBlock(kind, text) : null;
    }

    private void readTable(Section table, TokenStreamLocation at) {
        TableShape.Node root = TableShape.root(table);
        nodeSeen[root.id] = at;
        if (p.currentToken() != JsonToken.START_OBJECT) {
            wrongType(root.path, ValueType.OBJECT);
            return;
        }
        objectStart[root.id] = where();
        // The form read so far decides which names are expected; members of another form are read
        // as well, only without the comparison paying off.
        Edition form = table == Section.APPLICATIONS && applicationsForm != null ? applicationsForm : edition;
        readMembers(root, form != null ? form : Edition.V2021);
    }

    private void readMembers(TableShape.Node node, Edition form) {
        Set<String> unknown = null;
        TableShape.Node expected = node.firstChild(form);
        String name;
        while ((name = nextName(expected == null ? null : expected.serializedKey)) != null) {
            TokenStreamLocation at = where();
            checkName(name, at);
            p.nextToken();
            TableShape.Node child = expected != null && expected.key.equals(name) ? expected : node.children.get(name);
            if (child == null) {
                unknown = unknownProperty(unknown, node.path, name, at);
                continue;
            }
            expected = child.nextSibling(form);
            if (nodeSeen[child.id] != null) {
                duplicate(child.path, at);
            } else {
                nodeSeen[child.id] = at;
                if (child.isLeaf()) {
                    cells[child.id] = readCell(child);
                } else if (p.currentToken() == JsonToken.START_OBJECT) {
                    objectStart[child.id] = where();
                    readMembers(child, form);
                } else {
                    wrongType(child.path, ValueType.OBJECT);
                }
            }
        }
    }

    private Cell readCell(TableShape.Node leaf) {
        boolean amount = leaf.isAmount();
        ValueType expected = amount ? ValueType.AMOUNT_CELL : ValueType.COUNT_CELL;
        JsonToken t = p.currentToken();
        switch (t) {
            case VALUE_NULL:
                return amount ? Amount.BLANK : Count.BLANK;
            case VALUE_STRING: {
                String text = p.getString();
                if (text.equals(CanonicalForm.NOT_APPLICABLE)) {
                    return amount ? Amount.NOT_APPLICABLE : Count.NOT_APPLICABLE;
                }
                add(ProblemCode.INVALID_CELL_TEXT, leaf.path, here(), text);
                return null;
            }
            case VALUE_NUMBER_INT:
                checkNumber(leaf.path);
                if (amount) {
                    wrongType(leaf.path, expected);
                    return null;
                }
                if (p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    add(ProblemCode.COUNT_OUT_OF_RANGE, leaf.path, here(), p.getText());
                    return null;
                }
                return Count.of(p.getLongValue());
            case VALUE_NUMBER_FLOAT:
                checkNumber(leaf.path);
                if (p.isNaN() || amount) {
                    wrongType(leaf.path, expected);
                } else {
                    add(ProblemCode.FRACTIONAL_COUNT, leaf.path, here(), p.getText());
                }
                return null;
            case START_OBJECT:
                return readCellObject(leaf);
            default:
                wrongType(leaf.path, expected);
                return null;
        }
    }

    /**
     * Reads a cell written as an object: an amount ({@code value}, {@code unit}) or, in a cell of
     * either kind, an unknown cell ({@code unknown}, {@code reason}). The two forms never mix.
     */
    private Cell readCellObject(TableShape.Node leaf) {
        ReportPath path = leaf.path;
        boolean amount = leaf.isAmount();
        TokenStreamLocation start = where();
        BigDecimal value = null;
        MoneyUnit unit = null;
        boolean valueSeen = false;
        boolean unitSeen = false;
        boolean unknownSeen = false;
        boolean unknownTrue = false;
        boolean reasonSeen = false;
        boolean reasonValid = true;
        String reason = null;
        // The first member of each form met, to name both when they mix.
        String amountMember = null;
        String unknownMember = null;
        boolean mixed = false;
        Set<String> unknown = null;
        // In a count cell, other members are only known to be stray once the object is known to mark
        // an unknown cell; without its members the object is simply the wrong type for a count.
        List<String> strayNames = null;
        List<TokenStreamLocation> strayAt = null;
        while (p.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = p.currentName();
            TokenStreamLocation at = where();
            checkName(name, at);
            p.nextToken();
            ReportPath member = path.child(name);
            boolean amountForm = amount && (name.equals(CanonicalForm.VALUE) || name.equals(CanonicalForm.UNIT));
            boolean unknownForm = name.equals(CanonicalForm.UNKNOWN) || name.equals(CanonicalForm.REASON);
            if (amountForm && amountMember == null) {
                amountMember = name;
            } else if (unknownForm && unknownMember == null) {
                unknownMember = name;
            }
            if ((amountForm || unknownForm) && !mixed && amountMember != null && unknownMember != null) {
                mixed = true;
                add(ProblemCode.UNKNOWN_CELL_WITH_VALUE, path, at, amountForm ? unknownMember : amountMember, name);
            }
            if (name.equals(CanonicalForm.VALUE) && amount) {
                if (valueSeen) {
                    duplicate(member, at);
                    continue;
                }
                valueSeen = true;
                String text = readString(member);
                if (text != null) {
                    // An amount is never longer than core allows, whatever the codec's number limit.
                    int limit = Math.min(config.maxNumberLength(), Amount.MAX_LENGTH);
                    if (text.length() > limit) {
                        fatal(ProblemCode.NUMBER_TOO_LONG, member, here(), limit);
                    }
                    if (DECIMAL.matcher(text).matches()) {
                        value = new BigDecimal(text);
                    } else {
                        add(ProblemCode.INVALID_AMOUNT, member, here(), text);
                    }
                }
            } else if (name.equals(CanonicalForm.UNIT) && amount) {
                if (unitSeen) {
                    duplicate(member, at);
                    continue;
                }
                unitSeen = true;
                String text = readString(member);
                if (text != null) {
                    for (MoneyUnit u : MoneyUnit.values()) {
                        if (u.symbol().equals(text)) {
                            unit = u;
                        }
                    }
                    if (unit == null) {
                        add(ProblemCode.UNKNOWN_VALUE, member, here(), text,
                                Arrays.stream(MoneyUnit.values()).map(MoneyUnit::symbol).collect(Collectors.joining(", ")));
                    }
                }
            } else if (name.equals(CanonicalForm.UNKNOWN)) {
                if (unknownSeen) {
                    duplicate(member, at);
                    continue;
                }
                unknownSeen = true;
                JsonToken t = p.currentToken();
                if (t == JsonToken.VALUE_TRUE) {
                    unknownTrue = true;
                } else if (t == JsonToken.VALUE_FALSE) {
                    add(ProblemCode.UNKNOWN_NOT_TRUE, member, here());
                } else {
                    wrongType(member, ValueType.BOOLEAN);
                }
            } else if (name.equals(CanonicalForm.REASON)) {
                if (reasonSeen) {
                    duplicate(member, at);
                    continue;
                }
                reasonSeen = true;
                String text = readString(member);
                if (text == null) {
                    reasonValid = false;
                } else if (REASON.matcher(text).matches()) {
                    reason = text;
                } else {
                    reasonValid = false;
                    add(ProblemCode.INVALID_UNKNOWN_REASON, member, here(), text);
                }
            } else if (amount) {
                unknown = unknownProperty(unknown, path, name, at);
            } else {
                if (strayNames == null) {
                    strayNames = new ArrayList<>();
                    strayAt = new ArrayList<>();
                }
                strayNames.add(name);
                strayAt.add(at);
                p.skipChildren();
            }
        }
        if (unknownMember == null) {
            if (!amount) {
                add(ProblemCode.WRONG_TYPE, path, start, ValueType.COUNT_CELL, ValueType.OBJECT);
                return null;
            }
            if (!valueSeen) {
                add(ProblemCode.MISSING_PROPERTY, path.child(CanonicalForm.VALUE), start, CanonicalForm.VALUE);
            }
            if (!unitSeen) {
                add(ProblemCode.MISSING_PROPERTY, path.child(CanonicalForm.UNIT), start, CanonicalForm.UNIT);
            }
            return value != null && unit != null ? Amount.of(value, unit) : null;
        }
        if (strayNames != null) {
            Set<String> names = null;
            for (int i = 0; i < strayNames.size(); i++) {
                names = strayProperty(names, path, strayNames.get(i), strayAt.get(i));
            }
        }
        if (!unknownSeen && !mixed) {
            add(ProblemCode.MISSING_PROPERTY, path.child(CanonicalForm.UNKNOWN), start, CanonicalForm.UNKNOWN);
        }
        if (!unknownTrue || !reasonValid || mixed) {
            return null;
        }
        unknownCells.add(leaf);
        objectStart[leaf.id] = start;
        return amount ? Amount.unknown(reason) : Count.unknown(reason);
    }

    private String readString(ReportPath path) {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            wrongType(path, ValueType.STRING);
            return null;
        }
        return p.getString();
    }

    private Integer readInt(ReportPath path) {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            wrongType(path, ValueType.INTEGER);
            return null;
        }
        checkNumber(path);
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            add(ProblemCode.INTEGER_OUT_OF_RANGE, path, here(), p.getText());
            return null;
        }
        return p.getIntValue();
    }

    // ---- checking against the edition ----

    private void resolve() {
        if (rootStart == null) {
            return;
        }
        for (int i = 0; i < TOP.size(); i++) {
            String name = TOP.get(i);
            if (topSeen[i] == null && !name.equals(CanonicalForm.APPLICATIONS_FORM)) {
                add(ProblemCode.MISSING_PROPERTY, ReportPath.of(name), rootStart, name);
            }
        }
        // Version 1 has no unknown cells: a document that declares it cannot hold one.
        if (formatVersion != 0 && formatVersion < ReportJson.FORMAT_VERSION) {
            for (TableShape.Node leaf : unknownCells) {
                add(ProblemCode.FORMAT_VERSION_TOO_LOW, leaf.path, objectStart[leaf.id], formatVersion, ReportJson.FORMAT_VERSION);
            }
        }
        if (edition == null) {
            return; // missing or unknown, already reported: the tables cannot be checked
        }
        Edition form = edition;
        if (applicationsForm != null) {
            if (edition == Edition.V2019 && applicationsForm != Edition.V2019) {
                add(ProblemCode.FORM_NOT_ALLOWED, CanonicalForm.APPLICATIONS_FORM_PATH, applicationsFormAt,
                        applicationsForm, Section.APPLICATIONS, edition);
                form = null;
            } else {
                form = applicationsForm;
            }
        } else if (applicationsFormInvalid) {
            form = null;
        }
        for (Section table : TableShape.tables()) {
            Edition tableForm = table == Section.APPLICATIONS ? form : edition;
            TableShape.Node root = TableShape.root(table);
            if (tableForm != null && objectStart[root.id] != null) {
                resolve(root, tableForm);
            }
        }
    }

    private void resolve(TableShape.Node node, Edition form) {
        for (TableShape.Node child : node.childArray()) {
            TokenStreamLocation seen = nodeSeen[child.id];
            if (!child.editions.contains(form)) {
                if (seen != null) {
                    ProblemCode code = switch (child.level) {
                        case BLOCK -> ProblemCode.BLOCK_NOT_IN_EDITION;
                        case ROW -> ProblemCode.ROW_NOT_IN_EDITION;
                        case COLUMN -> ProblemCode.COLUMN_NOT_IN_EDITION;
                    };
                    add(code, child.path, seen, child.entry, form);
                }
            } else if (seen == null) {
                add(ProblemCode.MISSING_PROPERTY, child.path, objectStart[node.id], child.key);
            } else if (!child.isLeaf() && objectStart[child.id] != null) {
                resolve(child, form);
            }
        }
    }

    // ---- the result ----

    private DecodeResult result() {
        problems.sort(Comparator.comparingLong(JsonProblem::line).thenComparingInt(JsonProblem::column));
        AnnualReport report = errors == 0 && !stopped ? build() : null;
        return new DecodeResult(report, problems, truncated);
    }

    private AnnualReport build() {
        ReportMetadata.Builder metadata = ReportMetadata.builder().agency(agency).reportYear(reportYear).edition(edition);
        if (publicationDate != null) {
            metadata.publicationDate(publicationDate);
        }
        if (level != null) {
            metadata.administrativeLevel(level);
        }
        if (divisionCode != null) {
            metadata.divisionCode(divisionCode);
        }
        Edition form = applicationsForm != null ? applicationsForm : edition;
        return AnnualReport.builder()
                .metadata(metadata.build())
                .overview(narratives.get(Section.OVERVIEW))
                .proactiveDisclosure(fill(ProactiveDisclosure.builder(edition), Section.PROACTIVE_DISCLOSURE, edition))
                .applications(fill(ApplicationTable.builder(form), Section.APPLICATIONS, form))
                .reviewLitigation(fill(ReviewLitigationTable.builder(edition), Section.REVIEW_LITIGATION, edition))
                .problems(narratives.get(Section.PROBLEMS))
                .otherMatters(narratives.get(Section.OTHER_MATTERS))
                .build();
    }

    private <T extends io.github.nianbao.core.table.Table> T fill(TableBuilder<T, ?, ?> builder, Section table, Edition form) {
        TableShape.Node[] leaves = TableShape.leaves(table, form);
        List<CellKey> keys = Layout.of(table, form).cells();
        for (int i = 0; i < leaves.length; i++) {
            builder.set(keys.get(i), cells[leaves[i].id]);
        }
        return builder.build();
    }

    // ---- problems ----

    private TokenStreamLocation here() {
        return p.currentTokenLocation();
    }

    private void add(ProblemCode code, ReportPath path, TokenStreamLocation at, Object... arguments) {
        add(code, Severity.ERROR, path, at, arguments);
    }

    private void add(ProblemCode code, Severity severity, ReportPath path, TokenStreamLocation at,
            Object... arguments) {
        if (problems.size() >= config.maxProblems()) {
            truncated = true;
            stopped = true;
            throw new Stop();
        }
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null || line == 0 ? 0 : Math.max(0, at.getColumnNr());
        problems.add(new JsonProblem(code, severity, path, line, column, arguments));
        if (severity == Severity.ERROR) {
            errors++;
        }
        if (code.isFatal() || !locate) {
            stopped = true;
            throw new Stop();
        }
    }

    private void fatal(ProblemCode code, ReportPath path, TokenStreamLocation at, Object... arguments) {
        add(code, path, at, arguments);
    }

    // The reader checks names and numbers itself, at the token, so that the location is the token's start.
    private void checkName(String name, TokenStreamLocation at) {
        if (name.length() > config.maxNameLength()) {
            add(ProblemCode.NAME_TOO_LONG, currentPath().parent(), at, config.maxNameLength());
        }
    }

    private void checkNumber(ReportPath path) {
        if (p.getTextLength() > config.maxNumberLength()) {
            add(ProblemCode.NUMBER_TOO_LONG, path, here(), config.maxNumberLength());
        }
    }

    private void wrongType(ReportPath path, ValueType expected) {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NUMBER_FLOAT && p.isNaN()) {
            add(ProblemCode.NON_FINITE_NUMBER, path, here(), p.getText());
        } else {
            add(ProblemCode.WRONG_TYPE, path, here(), expected, typeOf(t));
        }
        p.skipChildren();
    }

    private void duplicate(ReportPath path, TokenStreamLocation at) {
        add(ProblemCode.DUPLICATE_PROPERTY, path, at, path.segments().get(path.depth() - 1));
        p.skipChildren();
    }

    private Set<String> unknownProperty(Set<String> seen, ReportPath parent, String name, TokenStreamLocation at) {
        Set<String> names = seen == null ? new HashSet<>() : seen;
        ReportPath path = parent.child(name);
        if (!names.add(name)) {
            duplicate(path, at);
            return names;
        }
        add(ProblemCode.UNKNOWN_PROPERTY, config.isLenient() ? Severity.WARNING : Severity.ERROR,
                path, at, name);
        p.skipChildren();
        return names;
    }

    // A member found earlier and skipped already: reported as unknownProperty would, without skipping.
    private Set<String> strayProperty(Set<String> seen, ReportPath parent, String name, TokenStreamLocation at) {
        Set<String> names = seen == null ? new HashSet<>() : seen;
        ReportPath path = parent.child(name);
        if (!names.add(name)) {
            add(ProblemCode.DUPLICATE_PROPERTY, path, at, name);
        } else {
            add(ProblemCode.UNKNOWN_PROPERTY, config.isLenient() ? Severity.WARNING : Severity.ERROR,
                    path, at, name);
        }
        return names;
    }

    private void limitExceeded(StreamConstraintsException e) {
        String m = String.valueOf(e.getMessage());
        ProblemCode code;
        long limit;
        if (m.contains("getMaxNestingDepth")) {
            code = ProblemCode.NESTING_TOO_DEEP;
            limit = config.maxNestingDepth();
        } else if (m.contains("getMaxDocumentLength")) {
            code = ProblemCode.DOCUMENT_TOO_LARGE;
            limit = config.maxDocumentLength();
        } else if (m.contains("getMaxStringLength")) {
            code = ProblemCode.STRING_TOO_LONG;
            limit = config.maxStringLength();
        } else if (m.contains("getMaxNameLength")) {
            code = ProblemCode.NAME_TOO_LONG;
            limit = config.maxNameLength();
        } else {
            code = ProblemCode.NUMBER_TOO_LONG;
            limit = config.maxNumberLength();
        }
        recordFatal(code, locationOf(e), limit);
    }

    private void malformed(JacksonException e) {
        recordFatal(ProblemCode.MALFORMED_JSON, locationOf(e), e.getOriginalMessage());
    }

    // Constraint violations carry no location of their own: the parser's position is where it noticed.
    private TokenStreamLocation locationOf(JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        if (at == null || at.getLineNr() < 1) {
            at = p.currentTokenLocation();
        }
        return at;
    }

    private void recordFatal(ProblemCode code, TokenStreamLocation at, Object argument) {
        try {
            add(code, currentPath(), at, argument);
        } catch (Stop stop) {
            // recorded, or the limit was reached first
        }
        stopped = true;
    }

    private ReportPath currentPath() {
        try {
            return ReportPath.parse(p.streamReadContext().pathAsPointer().toString());
        } catch (RuntimeException e) {
            return ReportPath.root();
        }
    }

    private static ValueType typeOf(JsonToken t) {
        if (t == null) {
            return ValueType.NULL;
        }
        return switch (t) {
            case START_OBJECT -> ValueType.OBJECT;
            case START_ARRAY -> ValueType.ARRAY;
            case VALUE_STRING -> ValueType.STRING;
            case VALUE_NUMBER_INT -> ValueType.INTEGER;
            case VALUE_NUMBER_FLOAT -> ValueType.NUMBER;
            case VALUE_TRUE, VALUE_FALSE -> ValueType.BOOLEAN;
            default -> ValueType.NULL;
        };
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
