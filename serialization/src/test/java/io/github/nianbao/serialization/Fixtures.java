package io.github.nianbao.serialization;

import io.github.nianbao.core.AdministrativeLevel;
import io.github.nianbao.core.AnnualReport;
import io.github.nianbao.core.Edition;
import io.github.nianbao.core.Narrative;
import io.github.nianbao.core.ReportMetadata;
import io.github.nianbao.core.catalogue.CellKey;
import io.github.nianbao.core.catalogue.CellKind;
import io.github.nianbao.core.cell.Amount;
import io.github.nianbao.core.cell.Count;
import io.github.nianbao.core.cell.MoneyUnit;
import io.github.nianbao.core.table.ApplicationTable;
import io.github.nianbao.core.table.ProactiveDisclosure;
import io.github.nianbao.core.table.ReviewLitigationTable;
import io.github.nianbao.core.table.Table;
import io.github.nianbao.core.table.TableBuilder;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Reports whose every cell holds a value found nowhere else in the document, so tests can point at it. */
final class Fixtures {

    static final ReportJson PRETTY = ReportJson.builder().prettyPrint(true).build();
    static final ReportJson STRICT = ReportJson.create();

    private Fixtures() {
    }

    static AnnualReport distinct(Edition edition, Edition applicationsForm) {
        int year = edition == Edition.V2019 ? 2020 : 2023;
        long[] next = {100_001};
        return AnnualReport.builder()
                .metadata(ReportMetadata.builder().agency("测试县人民政府").reportYear(year).edition(edition)
                        .publicationDate(LocalDate.of(year + 1, 1, 31)).administrativeLevel(AdministrativeLevel.COUNTY)
                        .divisionCode("110101").build())
                .overview(Narrative.builder().heading("（一）主动公开情况").paragraph("全年主动公开政府信息。").build())
                .proactiveDisclosure(fill(ProactiveDisclosure.builder(edition), next))
                .applications(fill(ApplicationTable.builder(applicationsForm), next))
                .reviewLitigation(fill(ReviewLitigationTable.builder(edition), next))
                .problems(Narrative.of("问题和改进。"))
                .otherMatters(Narrative.of("未收取信息处理费。"))
                .build();
    }

    private static <T extends Table> T fill(TableBuilder<T, ?, ?> b, long[] next) {
        for (CellKey k : b.build().layout().cells()) {
            long v = next[0]++;
            b.set(k, k.kind() == CellKind.AMOUNT ? Amount.of(BigDecimal.valueOf(v, 2), MoneyUnit.WAN_YUAN) : Count.of(v));
        }
        return b.build();
    }

    /** {@return the pretty canonical document of a distinct-valued report} */
    static String prettyDocument(Edition edition, Edition form) {
        return PRETTY.encode(distinct(edition, form));
    }
}
