package cn.gov.yongjia.shixiao.graphqlapi.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;

/** An administrative penalty decision (行政处罚决定), public only during its publication period. */
record EnforcementAction(long key, long businessKey, String decisionNumber, String violationType, String penalty,
                         BigDecimal amountYuan, String decidingBody, LocalDate decidedOn, LocalDate publishedOn,
                         LocalDate publicationEndsOn) {

    boolean isPublicOn(LocalDate day) {
        return !day.isBefore(publishedOn) && day.isBefore(publicationEndsOn);
    }
}
