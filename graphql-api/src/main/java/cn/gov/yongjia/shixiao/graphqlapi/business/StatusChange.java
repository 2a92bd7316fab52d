package cn.gov.yongjia.shixiao.graphqlapi.business;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.gov.yongjia.shixiao.schema.types.BusinessStatus;

/** One entry of a business's status history. */
public record StatusChange(long businessKey, BusinessStatus status, LocalDate effectiveOn, String reason,
                           OffsetDateTime recordedAt) {
}
