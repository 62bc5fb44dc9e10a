package io.github.nianbao.core.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.core.Edition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The catalogue equals FORMAT.md, label by label, character by character. */
class CatalogueMatchesFormatTest {

    private final FormatSpec spec = FormatSpec.load();

    @Test
    void sectionsMatch() {
        List<FormatSpec.Row> rows = spec.tableAfter("## 2.");
        assertEquals(6, rows.size());
        for (int i = 0; i < 6; i++) {
            Section s = Section.values()[i];
            assertEquals(rows.get(i).get(0) + "、", s.numbering());
            assertEquals(rows.get(i).get(1), s.text());
        }
    }

    @Test
    void tableThreeColumnsMatch() {
        List<FormatSpec.Row> rows = spec.tableAfter("## 4.");
        assertEquals(Applicant.values().length, rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Applicant a = Applicant.values()[i];
            assertEquals(rows.get(i).get(1), a.label());
            String group = rows.get(i).get(2);
            assertEquals(group.isEmpty() ? Group.APPLICANTS : Group.LEGAL_PERSONS, a.parent().orElse(Group.APPLICANTS), a.name());
            if (!group.isEmpty()) {
                assertEquals(group, a.parent().orElseThrow().label());
            }
        }
    }

    @Test
    void tableThreeRowsMatchPerEdition() {
        List<String> v2019 = new ArrayList<>();
        List<String> v2021 = new ArrayList<>();
        List<String> groupsInSpec = new ArrayList<>();
        for (FormatSpec.Row r : spec.secondTableAfter("## 4.")) {
            String label = r.get(1);
            if (label.startsWith("V2021: ")) {
                v2021.add(label.substring(7));
            } else if (label.startsWith("V2019: ")) {
                v2019.add(label.substring(7, label.indexOf(" — ")));
            } else {
                v2019.add(label);
                v2021.add(label);
            }
            groupsInSpec.add(r.get(2));
        }
        assertEquals(23, v2019.size());
        assertEquals(25, v2021.size());
        assertEquals(v2019, labels(Layout.of(Section.APPLICATIONS, Edition.V2019).rows()));
        assertEquals(v2021, labels(Layout.of(Section.APPLICATIONS, Edition.V2021).rows()));
        assertEquals(23 * 7, Layout.of(Section.APPLICATIONS, Edition.V2019).size());
        assertEquals(25 * 7, Layout.of(Section.APPLICATIONS, Edition.V2021).size());
        // Every full group label the spec spells out is a Group of the catalogue.
        for (String g : groupsInSpec) {
            for (String part : g.split(" › ")) {
                if (part.length() > 3) {
                    assertTrue(Arrays.stream(Group.values()).anyMatch(x -> x.label().equals(part)), part);
                }
            }
        }
    }

    @Test
    void tableThreeParentsFollowTheSpec() {
        // The spec abbreviates repeated parents ("三 › （三）"), so compare the parents' numbering.
        List<FormatSpec.Row> rows = spec.secondTableAfter("## 4.");
        List<ApplicationRow> specOrder = new ArrayList<>(Arrays.asList(ApplicationRow.values()));
        // The spec lists V2019's R21′ after V2021's R21–R23; the enum lists it before them.
        specOrder.remove(ApplicationRow.OTHER_PROCESSING);
        specOrder.add(specOrder.indexOf(ApplicationRow.TOTAL_HANDLED), ApplicationRow.OTHER_PROCESSING);
        for (int i = 0; i < rows.size(); i++) {
            String specParent = rows.get(i).get(2);
            String last = specParent.substring(specParent.lastIndexOf(' ') + 1);
            String expected = last.isEmpty() ? "" : last.startsWith("三") ? Group.RESULTS.numbering() : last.substring(0, 3);
            ApplicationRow row = specOrder.get(i);
            assertEquals(expected, row.parent().map(Group::numbering).orElse(""), row.name());
        }
    }

    @Test
    void tableTwoBlocksMatchBothEditions() {
        Map<Edition, Map<String, List<List<String>>>> blocks = spec.disclosureBlocks();
        for (Edition e : Edition.values()) {
            Map<String, List<List<String>>> specBlocks = blocks.get(e);
            List<String> catalogueBlocks = Arrays.stream(DisclosureBlock.values())
                    .filter(b -> b.editions().contains(e)).map(DisclosureBlock::label).toList();
            assertEquals(List.copyOf(specBlocks.keySet()), catalogueBlocks, e.name());
            for (DisclosureBlock b : DisclosureBlock.values()) {
                if (!b.editions().contains(e)) {
                    continue;
                }
                List<List<String>> cr = specBlocks.get(b.label());
                assertEquals(cr.get(0), b.columns(e).stream().map(DisclosureColumn::label).toList(), b + " " + e);
                List<String> rows = Arrays.stream(DisclosureRow.values())
                        .filter(r -> r.block() == b && r.editions().contains(e)).map(DisclosureRow::label).toList();
                assertEquals(cr.get(1), rows, b + " " + e);
            }
        }
    }

    @Test
    void tableFourMatches() {
        List<FormatSpec.Row> rows = spec.tableAfter("## 5.");
        assertEquals(3, rows.size());
        for (int i = 0; i < 3; i++) {
            ReviewBlock b = ReviewBlock.values()[i];
            assertEquals(rows.get(i).get(0), b.label());
            assertEquals(rows.get(i).get(1), b.parent().map(Group::label).orElse(""));
            assertEquals(FormatSpec.dotted(rows.get(i).get(2)),
                    Arrays.stream(ReviewColumn.values()).map(ReviewColumn::label).toList());
        }
        for (Edition e : Edition.values()) {
            assertEquals(15, Layout.of(Section.REVIEW_LITIGATION, e).size());
        }
    }

    @Test
    void ledgerNoteIsTheOfficialHeaderCell() {
        assertTrue(spec.text().contains("**" + Section.LEDGER_NOTE + "**"));
    }

    @Test
    void editionsKnowTheirIssuingDocuments() {
        for (Edition e : Edition.values()) {
            assertTrue(spec.text().contains(e.issuingDocument()), e.issuingDocument());
        }
    }

    @Test
    void keysAreUniqueWithinEachTable() {
        for (Section t : new Section[] {Section.PROACTIVE_DISCLOSURE, Section.APPLICATIONS, Section.REVIEW_LITIGATION}) {
            for (Edition e : Edition.values()) {
                Layout l = Layout.of(t, e);
                assertEquals(l.size(), l.cells().stream().map(k -> k.path().toJsonPointer()).distinct().count());
                for (CellKey k : l.cells()) {
                    assertEquals(k, l.find(k.path()).orElseThrow());
                    assertEquals(k, l.cell(k.row(), k.column()));
                }
            }
        }
    }

    private static List<String> labels(List<CatalogueEntry> entries) {
        return entries.stream().map(CatalogueEntry::label).toList();
    }
}
