package io.github.nianbao.validation;

import io.github.nianbao.core.Edition;
import io.github.nianbao.core.catalogue.*;
import io.github.nianbao.core.cell.Count;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ShowTest {
    @Test
    void show() {
        Edition e = Edition.V2021;
        var r = Reports.plus(Reports.plus(Reports.clean(e), Reports.t3(e, ApplicationRow.NEWLY_RECEIVED, Applicant.NATURAL_PERSON), 1),
                Reports.t3(e, ApplicationRow.NEWLY_RECEIVED, Applicant.TOTAL), 1);
        r = Reports.with(r, Reports.t4(e, ReviewBlock.ADMINISTRATIVE_REVIEW, ReviewColumn.UPHELD), Count.BLANK);
        r = Reports.with(r, Reports.t3(e, ApplicationRow.CARRIED_FORWARD, Applicant.TOTAL), Count.BLANK);
        var res = Reports.VALIDATOR.validate(r, Reports.previous(e));
        System.out.println(res);
        System.out.println(res.format(Locale.ENGLISH));
    }
}
