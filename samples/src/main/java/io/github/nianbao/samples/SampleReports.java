package io.github.nianbao.samples;

import static io.github.nianbao.core.catalogue.ApplicationRow.CARRIED_FORWARD;
import static io.github.nianbao.core.catalogue.ApplicationRow.CARRIED_OVER;
import static io.github.nianbao.core.catalogue.ApplicationRow.CONFIRMATION_OR_REISSUE;
import static io.github.nianbao.core.catalogue.ApplicationRow.DISCLOSED;
import static io.github.nianbao.core.catalogue.ApplicationRow.ENFORCEMENT_FILES;
import static io.github.nianbao.core.catalogue.ApplicationRow.FEE_UNPAID;
import static io.github.nianbao.core.catalogue.ApplicationRow.INQUIRY_MATTERS;
import static io.github.nianbao.core.catalogue.ApplicationRow.INTERNAL_AFFAIRS;
import static io.github.nianbao.core.catalogue.ApplicationRow.MASS_REPEATED;
import static io.github.nianbao.core.catalogue.ApplicationRow.NEWLY_RECEIVED;
import static io.github.nianbao.core.catalogue.ApplicationRow.NOT_HELD;
import static io.github.nianbao.core.catalogue.ApplicationRow.NO_CORRECTION;
import static io.github.nianbao.core.catalogue.ApplicationRow.OTHER_PROCESSING;
import static io.github.nianbao.core.catalogue.ApplicationRow.OTHER_REASONS;
import static io.github.nianbao.core.catalogue.ApplicationRow.PARTIALLY_DISCLOSED;
import static io.github.nianbao.core.catalogue.ApplicationRow.PETITIONS_AND_COMPLAINTS;
import static io.github.nianbao.core.catalogue.ApplicationRow.PROCESS_INFORMATION;
import static io.github.nianbao.core.catalogue.ApplicationRow.PROHIBITED_BY_LAW;
import static io.github.nianbao.core.catalogue.ApplicationRow.PUBLICATIONS;
import static io.github.nianbao.core.catalogue.ApplicationRow.REPEATED;
import static io.github.nianbao.core.catalogue.ApplicationRow.REQUIRES_CREATION;
import static io.github.nianbao.core.catalogue.ApplicationRow.SECURITY_OR_STABILITY;
import static io.github.nianbao.core.catalogue.ApplicationRow.STATE_SECRET;
import static io.github.nianbao.core.catalogue.ApplicationRow.THIRD_PARTY_RIGHTS;
import static io.github.nianbao.core.catalogue.ApplicationRow.TOTAL_HANDLED;
import static io.github.nianbao.core.catalogue.ApplicationRow.UNCLEAR_AFTER_CORRECTION;

import io.github.nianbao.core.AdministrativeLevel;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.ReportMetadata;
import io.github.nianbao.core.catalogue.DisclosureColumn;
import io.github.nianbao.core.catalogue.DisclosureRow;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.core.table.ReviewLitigationTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Four real, officially published reports as ready-made {@link AnnualReport}s, and their source text.
 *
 * <p>Every table cell was written by hand from the published text, exactly as published: a blank
 * cell stays {@linkplain Count#BLANK blank}, "/" is {@linkplain Count#NOT_APPLICABLE not applicable},
 * and published arithmetic errors are kept (洪泽区 2023, table 四). The narratives are cut out of the
 * source files by line ranges. The source files themselves are resources of this module, byte for
 * byte as extracted from the published pages and PDFs, and are returned by {@link Published#sourceText()}.
 *
 * <p>Each report is built once and shared; reports are immutable. {@link Sample} lists the whole
 * corpus, these four and a {@linkplain #synthetic(Edition) synthetic} report per edition, with
 * their canonical JSON.
 */
public final class SampleReports {

    private SampleReports() {
    }

    /** The published reports this class holds, each with its source file. */
    public enum Published {
        /** 灵秀镇人民政府 2020 (V2019), page text with tab-separated tables. */
        LINGXIU_ZHEN_2020("2020-lingxiu-zhen.txt"),
        /** 淮安市洪泽区人民政府 2023 (hybrid), {@code pdftotext -layout} of the PDF. */
        HONGZE_QU_2023("2023-hongze-qu.txt"),
        /** 淮安市洪泽区人民政府 2024 (hybrid), {@code pdftotext -layout} of the PDF. */
        HONGZE_QU_2024("2024-hongze-qu.txt"),
        /** 淮安市人民政府 2024 (V2021), {@code pdftotext -layout} of the PDF. */
        HUAIAN_SHI_2024("2024-huaian-shi.txt");

        private final String fileName;

        Published(String fileName) {
            this.fileName = fileName;
        }

        /** {@return the name of the source file, as in the project's shared reports} */
        public String fileName() {
            return fileName;
        }

        /** {@return the source file as published (UTF-8), byte for byte} */
        public byte[] sourceBytes() {
            return resource("reports/" + fileName);
        }

        /** {@return the source file as text} */
        public String sourceText() {
            return new String(sourceBytes(), StandardCharsets.UTF_8);
        }

        /** {@return the report, built by hand from the source} */
        public AnnualReport report() {
            return Holder.REPORTS[ordinal()];
        }
    }

    // Built on first use: the narratives read the resources.
    private static final class Holder {
        static final AnnualReport[] REPORTS = {
            buildLingxiuZhen2020(), buildHongzeQu2023(), buildHongzeQu2024(), buildHuaianShi2024()};
        static final AnnualReport[] SYNTHETIC = {SyntheticReports.build(Edition.V2019), SyntheticReports.build(Edition.V2021)};
    }

    /**
     * The sample corpus: the four published reports and one synthetic report per edition, each as an
     * object and as its canonical JSON, a resource of this module written by {@code ReportJson} with
     * pretty printing (at {@code io/github/nianbao/samples/json/<name>.json}).
     */
    public enum Sample {
        /** 灵秀镇人民政府 2020 (V2019), as published. */
        LINGXIU_ZHEN_2020("2020-lingxiu-zhen"),
        /** 淮安市洪泽区人民政府 2023 (hybrid), as published, with its two table-四 errors. */
        HONGZE_QU_2023("2023-hongze-qu"),
        /** 淮安市洪泽区人民政府 2024 (hybrid), as published. */
        HONGZE_QU_2024("2024-hongze-qu"),
        /** 淮安市人民政府 2024 (V2021), as published. */
        HUAIAN_SHI_2024("2024-huaian-shi"),
        /** A made-up V2019 report in which every row is non-zero and every relation holds. */
        SYNTHETIC_V2019("synthetic-v2019"),
        /** A made-up V2021 report in which every row is non-zero and every relation holds. */
        SYNTHETIC_V2021("synthetic-v2021");

        /** The folder of the JSON resources, on the class path. */
        public static final String JSON_FOLDER = "io/github/nianbao/samples/json/";

        private final String name;

        Sample(String name) {
            this.name = name;
        }

        /** {@return the sample's file name without extension, such as {@code 2020-lingxiu-zhen}} */
        public String fileName() {
            return name;
        }

        /** {@return the class-path resource of the canonical JSON, such as {@code io/github/nianbao/samples/json/2020-lingxiu-zhen.json}} */
        public String jsonResource() {
            return JSON_FOLDER + name + ".json";
        }

        /** {@return the report as an object} */
        public AnnualReport report() {
            return ordinal() < Holder.REPORTS.length ? Holder.REPORTS[ordinal()] : Holder.SYNTHETIC[ordinal() - Holder.REPORTS.length];
        }

        /** {@return whether this is a published report (else a synthetic one)} */
        public boolean isPublished() {
            return ordinal() < Published.values().length;
        }

        /** {@return the canonical JSON of the report, UTF-8, as shipped} */
        public byte[] jsonBytes() {
            return resource("/" + jsonResource());
        }

        /** {@return the canonical JSON of the report, as shipped} */
        public String json() {
            return new String(jsonBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = SampleReports.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the synthetic report of an edition: every row of every table non-zero, every relation
     * of the format holding, no blank cell.
     *
     * @param edition the edition
     * @return the report
     */
    public static AnnualReport synthetic(Edition edition) {
        return Holder.SYNTHETIC[edition.ordinal()];
    }

    /** {@return 灵秀镇人民政府 2020 年政府信息公开工作年度报告 (V2019)} */
    public static AnnualReport lingxiuZhen2020() {
        return Published.LINGXIU_ZHEN_2020.report();
    }

    /**
     * Returns 淮安市洪泽区人民政府 2023 年政府信息公开工作年度报告: V2021 table 二 with the V2019
     * form of table 三 (a hybrid), and table 四 with its two published errors (行政复议 10·1·0·0 with
     * 总计 0, 复议后起诉 5·0·0·0 with 总计 0).
     *
     * @return the report
     */
    public static AnnualReport hongzeQu2023() {
        return Published.HONGZE_QU_2023.report();
    }

    /** {@return 淮安市洪泽区人民政府 2024 年政府信息公开工作年度报告 (hybrid, like 2023)} */
    public static AnnualReport hongzeQu2024() {
        return Published.HONGZE_QU_2024.report();
    }

    /** {@return 淮安市人民政府 2024 年政府信息公开工作年度报告 (V2021)} */
    public static AnnualReport huaianShi2024() {
        return Published.HUAIAN_SHI_2024.report();
    }

    /** {@return the four reports, in the order of {@link Published}} */
    public static List<AnnualReport> all() {
        return Arrays.stream(Published.values()).map(Published::report).toList();
    }

    private static AnnualReport buildLingxiuZhen2020() {
        Edition e = Edition.V2019;
        ProactiveDisclosure t2 = ProactiveDisclosure.builder(e)
                .row(DisclosureRow.REGULATIONS, 0, 0, 0)
                .row(DisclosureRow.NORMATIVE_DOCUMENTS, 0, 0, 0)
                .row(DisclosureRow.LICENSING, 0, 10, 0)
                .row(DisclosureRow.OTHER_MANAGEMENT_SERVICES, 0, 218, 0)
                .row(DisclosureRow.PENALTIES, 0, 44, 0)
                .row(DisclosureRow.COERCION, 0, 5, 0)
                .row(DisclosureRow.FEES, 0, 1)
                .set(DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_ITEMS, 0)
                // Printed "0" without a unit; 元 is the unit the model uses when none is given.
                .set(DisclosureRow.PROCUREMENT, DisclosureColumn.PROCUREMENT_AMOUNT, Amount.of("0", MoneyUnit.YUAN))
                .build();
        // Every cell of tables 三 and 四 is printed as 0 (rows （六） and （七） carry a spilled eighth 0).
        ApplicationTable t3 = ApplicationTable.zeros(e);
        ReviewLitigationTable t4 = ReviewLitigationTable.zeros(e);
        NarrativeSource text = new NarrativeSource(Published.LINGXIU_ZHEN_2020.sourceText());
        return AnnualReport.builder()
                .metadata(ReportMetadata.builder().agency("灵秀镇人民政府").reportYear(2020).edition(e)
                        .administrativeLevel(AdministrativeLevel.TOWNSHIP).build())
                .overview(text.narrative("P11 P13-15 H17 P19 P21-23 P25-31 P33-43 P45-49"))
                .proactiveDisclosure(t2)
                .applications(t3)
                .reviewLitigation(t4)
                .problems(text.narrative("P115-119"))
                .otherMatters(text.narrative("P123"))
                .build();
    }

    private static AnnualReport buildHongzeQu2023() {
        Edition e = Edition.V2021;
        ProactiveDisclosure t2 = ProactiveDisclosure.builder(e)
                .row(DisclosureRow.REGULATIONS, 0, 0, 0)
                .row(DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, 0, 5, 5)
                .row(DisclosureRow.LICENSING, 550)
                .row(DisclosureRow.PENALTIES, 4119)
                .row(DisclosureRow.COERCION, 195)
                .set(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT, Amount.of("7730.28", MoneyUnit.WAN_YUAN))
                .build();
        // The hybrid: table 三 in the V2019 form, with the single （六）其他处理 row.
        ApplicationTable t3 = ApplicationTable.builder(Edition.V2019)
                .row(NEWLY_RECEIVED, 21, 0, 0, 0, 0, 0, 21)
                .row(CARRIED_OVER, 0, 0, 0, 0, 0, 0, 0)
                .row(DISCLOSED, 0, 0, 0, 0, 0, 0, 0)
                .row(PARTIALLY_DISCLOSED, 4, 0, 0, 0, 0, 0, 4)
                .row(STATE_SECRET, 1, 0, 0, 0, 0, 0, 1)
                .row(PROHIBITED_BY_LAW, 0, 0, 0, 0, 0, 0, 0)
                .row(SECURITY_OR_STABILITY, 0, 0, 0, 0, 0, 0, 0)
                .row(THIRD_PARTY_RIGHTS, 0, 0, 0, 0, 0, 0, 0)
                .row(INTERNAL_AFFAIRS, 0, 0, 0, 0, 0, 0, 0)
                .row(PROCESS_INFORMATION, 1, 0, 0, 0, 0, 0, 1)
                .row(ENFORCEMENT_FILES, 1, 0, 0, 0, 0, 0, 1)
                .row(INQUIRY_MATTERS, 0, 0, 0, 0, 0, 0, 0)
                .row(NOT_HELD, 10, 0, 0, 0, 0, 0, 10)
                .row(REQUIRES_CREATION, 3, 0, 0, 0, 0, 0, 3)
                .row(UNCLEAR_AFTER_CORRECTION, 0, 0, 0, 0, 0, 0, 0)
                .row(PETITIONS_AND_COMPLAINTS, 1, 0, 0, 0, 0, 0, 1)
                .row(REPEATED, 0, 0, 0, 0, 0, 0, 0)
                .row(PUBLICATIONS, 0, 0, 0, 0, 0, 0, 0)
                .row(MASS_REPEATED, 0, 0, 0, 0, 0, 0, 0)
                .row(CONFIRMATION_OR_REISSUE, 0, 0, 0, 0, 0, 0, 0)
                .row(OTHER_PROCESSING, 0, 0, 0, 0, 0, 0, 0)
                .row(TOTAL_HANDLED, 21, 0, 0, 0, 0, 0, 21)
                .row(CARRIED_FORWARD, 0, 0, 0, 0, 0, 0, 0)
                .build();
        // As published, with both 总计 errors.
        ReviewLitigationTable t4 = ReviewLitigationTable.of(e,
                10, 1, 0, 0, 0,
                0, 0, 0, 0, 0,
                5, 0, 0, 0, 0);
        NarrativeSource text = new NarrativeSource(Published.HONGZE_QU_2023.sourceText());
        return AnnualReport.builder()
                .metadata(ReportMetadata.builder().agency("淮安市洪泽区人民政府").reportYear(2023).edition(e)
                        .administrativeLevel(AdministrativeLevel.COUNTY).build())
                .overview(text.narrative("P13-17 P18-20 P21-23 H24 P25-31 P32-36 P37-41"))
                .proactiveDisclosure(t2)
                .applications(t3)
                .reviewLitigation(t4)
                .problems(text.narrative("P153-166"))
                .otherMatters(text.narrative("P168-169"))
                .build();
    }

    private static AnnualReport buildHongzeQu2024() {
        Edition e = Edition.V2021;
        ProactiveDisclosure t2 = ProactiveDisclosure.builder(e)
                .row(DisclosureRow.REGULATIONS, 0, 0, 0)
                .row(DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, 3, 0, 8)
                .row(DisclosureRow.LICENSING, 9487)
                .row(DisclosureRow.PENALTIES, 2776)
                .row(DisclosureRow.COERCION, 84)
                .set(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT, Amount.of("7545", MoneyUnit.WAN_YUAN))
                .build();
        ApplicationTable t3 = ApplicationTable.builder(Edition.V2019)
                .row(NEWLY_RECEIVED, 95, 0, 0, 0, 0, 0, 95)
                .row(CARRIED_OVER, 0, 0, 0, 0, 0, 0, 0)
                .row(DISCLOSED, 50, 0, 0, 0, 0, 0, 50)
                .row(PARTIALLY_DISCLOSED, 9, 0, 0, 0, 0, 0, 9)
                .row(STATE_SECRET, 0, 0, 0, 0, 0, 0, 0)
                .row(PROHIBITED_BY_LAW, 0, 0, 0, 0, 0, 0, 0)
                .row(SECURITY_OR_STABILITY, 1, 0, 0, 0, 0, 0, 1)
                .row(THIRD_PARTY_RIGHTS, 0, 0, 0, 0, 0, 0, 0)
                .row(INTERNAL_AFFAIRS, 0, 0, 0, 0, 0, 0, 0)
                .row(PROCESS_INFORMATION, 1, 0, 0, 0, 0, 0, 1)
                .row(ENFORCEMENT_FILES, 1, 0, 0, 0, 0, 0, 1)
                .row(INQUIRY_MATTERS, 0, 0, 0, 0, 0, 0, 0)
                .row(NOT_HELD, 31, 0, 0, 0, 0, 0, 31)
                .row(REQUIRES_CREATION, 1, 0, 0, 0, 0, 0, 1)
                .row(UNCLEAR_AFTER_CORRECTION, 0, 0, 0, 0, 0, 0, 0)
                .row(PETITIONS_AND_COMPLAINTS, 1, 0, 0, 0, 0, 0, 1)
                .row(REPEATED, 0, 0, 0, 0, 0, 0, 0)
                .row(PUBLICATIONS, 0, 0, 0, 0, 0, 0, 0)
                .row(MASS_REPEATED, 0, 0, 0, 0, 0, 0, 0)
                .row(CONFIRMATION_OR_REISSUE, 0, 0, 0, 0, 0, 0, 0)
                .row(OTHER_PROCESSING, 0, 0, 0, 0, 0, 0, 0)
                .row(TOTAL_HANDLED, 95, 0, 0, 0, 0, 0, 95)
                .row(CARRIED_FORWARD, 0, 0, 0, 0, 0, 0, 0)
                .build();
        ReviewLitigationTable t4 = ReviewLitigationTable.of(e,
                1, 1, 0, 0, 2,
                1, 0, 0, 0, 1,
                2, 0, 1, 0, 3);
        NarrativeSource text = new NarrativeSource(Published.HONGZE_QU_2024.sourceText());
        return AnnualReport.builder()
                .metadata(ReportMetadata.builder().agency("淮安市洪泽区人民政府").reportYear(2024).edition(e)
                        .administrativeLevel(AdministrativeLevel.COUNTY).build())
                .overview(text.narrative("P12-17 P18-21 P22-26 P28-32 P33-37 P38-41"))
                .proactiveDisclosure(t2)
                .applications(t3)
                .reviewLitigation(t4)
                .problems(text.narrative("P149-153 P154-164"))
                .otherMatters(text.narrative("P166-167"))
                .build();
    }

    private static AnnualReport buildHuaianShi2024() {
        Edition e = Edition.V2021;
        ProactiveDisclosure t2 = ProactiveDisclosure.builder(e)
                .row(DisclosureRow.REGULATIONS, 1, 0, 11)
                .row(DisclosureRow.ADMINISTRATIVE_NORMATIVE_DOCUMENTS, 8, 26, 66)
                .row(DisclosureRow.LICENSING, 447228)
                .row(DisclosureRow.PENALTIES, 3985758)
                .row(DisclosureRow.COERCION, 88283)
                .set(DisclosureRow.FEES, DisclosureColumn.FEE_AMOUNT, Amount.of("96171.6", MoneyUnit.WAN_YUAN))
                .build();
        ApplicationTable t3 = ApplicationTable.builder(e)
                .row(NEWLY_RECEIVED, 3001, 53, 0, 0, 61, 4, 3119)
                .row(CARRIED_OVER, 34, 0, 0, 0, 0, 0, 34)
                .row(DISCLOSED, 1288, 21, 0, 0, 50, 3, 1362)
                .row(PARTIALLY_DISCLOSED, 447, 7, 0, 0, 0, 0, 454)
                .row(STATE_SECRET, 2, 0, 0, 0, 0, 0, 2)
                .row(PROHIBITED_BY_LAW, 30, 1, 0, 0, 0, 0, 31)
                .row(SECURITY_OR_STABILITY, 5, 0, 0, 0, 0, 0, 5)
                .row(THIRD_PARTY_RIGHTS, 6, 0, 0, 0, 0, 0, 6)
                .row(INTERNAL_AFFAIRS, 7, 1, 0, 0, 0, 0, 8)
                .row(PROCESS_INFORMATION, 12, 0, 0, 0, 0, 0, 12)
                .row(ENFORCEMENT_FILES, 9, 0, 0, 0, 0, 0, 9)
                .row(INQUIRY_MATTERS, 105, 0, 0, 0, 0, 0, 105)
                .row(NOT_HELD, 746, 12, 0, 0, 10, 1, 769)
                .row(REQUIRES_CREATION, 11, 0, 0, 0, 0, 0, 11)
                .row(UNCLEAR_AFTER_CORRECTION, 1, 0, 0, 0, 0, 0, 1)
                .row(PETITIONS_AND_COMPLAINTS, 56, 6, 0, 0, 0, 0, 62)
                .row(REPEATED, 25, 0, 0, 0, 0, 0, 25)
                .row(PUBLICATIONS, 0, 0, 0, 0, 0, 0, 0)
                .row(MASS_REPEATED, 0, 0, 0, 0, 0, 0, 0)
                .row(CONFIRMATION_OR_REISSUE, 1, 0, 0, 0, 0, 0, 1)
                .row(NO_CORRECTION, 67, 3, 0, 0, 1, 0, 71)
                .row(FEE_UNPAID, 6, 0, 0, 0, 0, 0, 6)
                .row(OTHER_REASONS, 108, 2, 0, 0, 0, 0, 110)
                .row(TOTAL_HANDLED, 2932, 53, 0, 0, 61, 4, 3050)
                .row(CARRIED_FORWARD, 103, 0, 0, 0, 0, 0, 103)
                .build();
        ReviewLitigationTable t4 = ReviewLitigationTable.of(e,
                72, 64, 178, 37, 351,
                13, 4, 8, 1, 26,
                12, 1, 1, 6, 20);
        NarrativeSource text = new NarrativeSource(Published.HUAIAN_SHI_2024.sourceText());
        return AnnualReport.builder()
                .metadata(ReportMetadata.builder().agency("淮安市人民政府").reportYear(2024).edition(e)
                        .administrativeLevel(AdministrativeLevel.MUNICIPAL).build())
                .overview(text.narrative("P13-17 P18-28 P29-37 P38-46 P47-57 P58-63"))
                .proactiveDisclosure(t2)
                .applications(t3)
                .reviewLitigation(t4)
                .problems(text.narrative("P227-232 P233-239"))
                .otherMatters(text.narrative("P241-242"))
                .build();
    }
}
