package com.example.consumer;

import static org.quicktheories.QuickTheory.qt;

import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.ReportMetadata;
import io.github.nianbao.core.Severity;
import io.github.nianbao.core.catalogue.ApplicationRow;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.Layout;
import io.github.nianbao.core.catalogue.Section;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.documents.DocumentImporter;
import io.github.nianbao.importer.ImportResult;
import io.github.nianbao.importer.ReportImporter;
import io.github.nianbao.renderer.ReportRenderer;
import io.github.nianbao.samples.SampleReports;
import io.github.nianbao.samples.quicktheories.ReportSources;
import io.github.nianbao.serialization.ReportJson;
import io.github.nianbao.validation.Decision;
import io.github.nianbao.validation.Finding;
import io.github.nianbao.validation.RelationResult;
import io.github.nianbao.validation.ReportValidator;
import io.github.nianbao.validation.StandardRule;
import io.github.nianbao.validation.ValidationResult;
import java.util.List;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * A consumer's program: the README's Java examples, verbatim, compiled with -Xlint:all -Werror
 * against the published jars and run, on the class path and on the module path.
 */
public final class ReadmeExamples {

    private ReadmeExamples() {
    }

    public static void main(String[] args) throws IOException {
        model();
        hybrid();
        AnnualReport report = validation();
        json(report, SampleReports.Published.HONGZE_QU_2023.sourceText());
        generators();
        platform();
        rendering(report);
        documents();
        System.out.println("done");
    }

    static void model() {
        AnnualReport report = AnnualReport.builder()
                .metadata(ReportMetadata.of("淮安市洪泽区人民政府", 2023, Edition.V2021))
                .applications(ApplicationTable.builder(Edition.V2021).allZero()
                        .row(ApplicationRow.NEWLY_RECEIVED, 21, 0, 0, 0, 0, 0, 21)
                        .build())
                .build();
        Count typed = report.applications().newlyReceived().naturalPerson();            // 21
        CellKey key = Layout.of(Section.APPLICATIONS, report.edition())
                .findByLabels("一、本年新收政府信息公开申请数量", "自然人").orElseThrow();
        System.out.println(key.path() + " = " + report.cell(key));   // /applications/newlyReceived/naturalPerson = 21
        System.out.println("typed " + typed);
    }

    /** The model example's lookup on a hybrid (V2021 report, V2019 table 三). */
    static void hybrid() {
        AnnualReport report = SampleReports.hongzeQu2024();
        CellKey key = Layout.of(Section.APPLICATIONS, report.edition())
                .findByLabels("一、本年新收政府信息公开申请数量", "自然人").orElseThrow();
        System.out.println("hybrid " + report.isHybrid() + " " + key.path() + " = " + report.cell(key));
    }

    static AnnualReport validation() {
        ReportValidator validator = ReportValidator.standard();      // immutable and thread-safe: create it once
        AnnualReport report = SampleReports.hongzeQu2023();           // as published, errors included
        ValidationResult result = validator.validate(report);
        for (Finding f : result.findings(Severity.ERROR)) {
            System.out.println(f.ruleId() + " " + f.primaryCell().orElseThrow().path() + " "
                    + f.expected().orElseThrow() + " ≠ " + f.actual().orElseThrow());
        }
        return report;
    }

    static void json(AnnualReport report, String publishedText) {
        ReportJson json = ReportJson.create();                       // strict; create once, share
        String text = json.encode(report);                           // canonical: same report, same bytes
        AnnualReport back = json.decode(text).orElseThrow();         // or inspect decode(text).problems()

        ImportResult imported = ReportImporter.create().read(publishedText);   // page text, PDF text, Markdown, HTML
        imported.diagnostics().forEach(d -> System.out.println(d.toString(Locale.ENGLISH)));
        AnnualReport published = imported.report().orElseThrow();    // cells it could not read are named above
        System.out.println("round trip " + back.equals(report) + ", imported table 四 as published "
                + published.reviewLitigation().equals(report.reviewLitigation()));
    }

    static void platform() {
        Set<String> baseline = Set.of();                       // fingerprints of findings a platform has accepted
        ValidationResult checked = ReportValidator.builder().likelyCauses(true).allResults(true).build()
                .validate(SampleReports.hongzeQu2023());
        Decision decision = checked.decision();                // RETURN; else ACCEPT or ACCEPT_WITH_WARNINGS, from the severities
        List<RelationResult> log = checked.relationResults();  // every relation instance: HELD, BROKEN or NOT_ASSESSED
        ValidationResult shown = checked.excluding(baseline);  // without the findings whose Fingerprints.of(f) was accepted
        System.out.println("platform " + decision + ", " + log.size() + " relations, " + shown.findings(StandardRule.LIKELY_CAUSE).size()
                + " likely causes");
    }

    /** Reads the published PDF, which the test puts in the working directory. */
    static void documents() throws IOException {
        ImportResult result = DocumentImporter.create().read(Path.of("2023-hongze-qu.pdf"));   // or .docx, .txt, .html
        AnnualReport report = result.report().orElseThrow();         // the three shared PDFs read equal to SampleReports
        result.diagnostics().forEach(d -> System.out.println(d.toString(Locale.ENGLISH)));
        System.out.println("pdf " + report.reviewLitigation().equals(SampleReports.hongzeQu2023().reviewLitigation()));
    }

    static void rendering(AnnualReport report) {
        ReportRenderer renderer = ReportRenderer.create();           // immutable and thread-safe: create it once
        byte[] word = renderer.docx(report);                         // the official template, filled in: write it to a .docx file
        String page = renderer.html(report);                         // one standalone page, UTF-8, no scripts
        System.out.println("rendered " + (word.length > 10_000 && word[0] == 'P' && word[1] == 'K') + " "
                + page.startsWith("<!DOCTYPE html>"));
    }

    static void generators() {
        qt().forAll(ReportSources.invalidReports())
                .check(broken -> broken.matches(broken.validate(ReportValidator.standard())));
        System.out.println("generators hold");
    }
}
