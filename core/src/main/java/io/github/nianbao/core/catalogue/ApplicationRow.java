package io.github.nianbao.core.catalogue;

import io.github.nianbao.core.Edition;
import java.util.EnumSet;

/**
 * The data rows of table 三 (收到和处理政府信息公开申请情况): 23 in V2019, 25 in V2021. The two
 * editions differ only in （六）其他处理: one row in V2019, three in V2021.
 */
public enum ApplicationRow implements CatalogueEntry {
    /** R01 一、本年新收政府信息公开申请数量. */
    NEWLY_RECEIVED("一、本年新收政府信息公开申请数量", "1. New applications received this year", "newlyReceived", null),
    /** R02 二、上年结转政府信息公开申请数量. */
    CARRIED_OVER("二、上年结转政府信息公开申请数量", "2. Applications carried over from the previous year", "carriedOver", null),
    /** R03 （一）予以公开. */
    DISCLOSED("（一）予以公开", "(1) Disclosed", "disclosed", Group.RESULTS),
    /** R04 （二）部分公开（区分处理的，只计这一情形，不计其他情形）. */
    PARTIALLY_DISCLOSED("（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
            "(2) Partly disclosed (counted here only)", "partiallyDisclosed", Group.RESULTS),
    /** R05 1.属于国家秘密. */
    STATE_SECRET("1.属于国家秘密", "1. State secret", "stateSecret", Group.WITHHELD),
    /** R06 2.其他法律行政法规禁止公开. */
    PROHIBITED_BY_LAW("2.其他法律行政法规禁止公开", "2. Prohibited by other laws or regulations", "prohibitedByLaw", Group.WITHHELD),
    /** R07 3.危及“三安全一稳定”. */
    SECURITY_OR_STABILITY("3.危及“三安全一稳定”", "3. Endangers security or stability", "securityOrStability", Group.WITHHELD),
    /** R08 4.保护第三方合法权益. */
    THIRD_PARTY_RIGHTS("4.保护第三方合法权益", "4. Protects a third party's lawful rights", "thirdPartyRights", Group.WITHHELD),
    /** R09 5.属于三类内部事务信息. */
    INTERNAL_AFFAIRS("5.属于三类内部事务信息", "5. Internal affairs information", "internalAffairs", Group.WITHHELD),
    /** R10 6.属于四类过程性信息. */
    PROCESS_INFORMATION("6.属于四类过程性信息", "6. Process information", "processInformation", Group.WITHHELD),
    /** R11 7.属于行政执法案卷. */
    ENFORCEMENT_FILES("7.属于行政执法案卷", "7. Administrative enforcement files", "enforcementFiles", Group.WITHHELD),
    /** R12 8.属于行政查询事项. */
    INQUIRY_MATTERS("8.属于行政查询事项", "8. Administrative inquiry matters", "inquiryMatters", Group.WITHHELD),
    /** R13 1.本机关不掌握相关政府信息. */
    NOT_HELD("1.本机关不掌握相关政府信息", "1. Not held by this agency", "notHeld", Group.UNABLE_TO_PROVIDE),
    /** R14 2.没有现成信息需要另行制作. */
    REQUIRES_CREATION("2.没有现成信息需要另行制作", "2. Would have to be created", "requiresCreation", Group.UNABLE_TO_PROVIDE),
    /** R15 3.补正后申请内容仍不明确. */
    UNCLEAR_AFTER_CORRECTION("3.补正后申请内容仍不明确", "3. Still unclear after correction",
            "unclearAfterCorrection", Group.UNABLE_TO_PROVIDE),
    /** R16 1.信访举报投诉类申请. */
    PETITIONS_AND_COMPLAINTS("1.信访举报投诉类申请", "1. Petitions, reports and complaints",
            "petitionsAndComplaints", Group.NOT_PROCESSED),
    /** R17 2.重复申请. */
    REPEATED("2.重复申请", "2. Repeated applications", "repeated", Group.NOT_PROCESSED),
    /** R18 3.要求提供公开出版物. */
    PUBLICATIONS("3.要求提供公开出版物", "3. Requests for published material", "publications", Group.NOT_PROCESSED),
    /** R19 4.无正当理由大量反复申请. */
    MASS_REPEATED("4.无正当理由大量反复申请", "4. Many repeated applications without good reason",
            "massRepeated", Group.NOT_PROCESSED),
    /** R20 5.要求行政机关确认或重新出具已获取信息. */
    CONFIRMATION_OR_REISSUE("5.要求行政机关确认或重新出具已获取信息",
            "5. Requests to confirm or reissue information already obtained", "confirmationOrReissue", Group.NOT_PROCESSED),
    /** R21′ （六）其他处理: the single V2019 row. */
    OTHER_PROCESSING(Group.OTHER_PROCESSING.label(), Group.OTHER_PROCESSING.englishLabel(),
            Group.OTHER_PROCESSING.key(), Group.RESULTS, Edition.V2019),
    /** R21 V2021 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请. */
    NO_CORRECTION("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
            "1. Applicant did not correct in time without good reason", "noCorrection", Group.OTHER_PROCESSING, Edition.V2021),
    /** R22 V2021 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请. */
    FEE_UNPAID("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
            "2. Applicant did not pay the fee in time", "feeUnpaid", Group.OTHER_PROCESSING, Edition.V2021),
    /** R23 V2021 3.其他. */
    OTHER_REASONS("3.其他", "3. Other", "otherReasons", Group.OTHER_PROCESSING, Edition.V2021),
    /** R24 （七）总计. */
    TOTAL_HANDLED("（七）总计", "(7) Total", "totalHandled", Group.RESULTS),
    /** R25 四、结转下年度继续办理. */
    CARRIED_FORWARD("四、结转下年度继续办理", "4. Carried forward to next year", "carriedForward", null);

    private final Descriptor descriptor;

    ApplicationRow(String label, String english, String key, Group parent) {
        this.descriptor = Descriptor.of(label, english, key, parent);
    }

    ApplicationRow(String label, String english, String key, Group parent, Edition edition) {
        this.descriptor = Descriptor.of(label, english, key, parent, EnumSet.of(edition));
    }

    @Override
    public Descriptor descriptor() {
        return descriptor;
    }
}
