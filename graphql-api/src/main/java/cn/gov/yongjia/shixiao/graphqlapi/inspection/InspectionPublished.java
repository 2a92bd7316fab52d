package cn.gov.yongjia.shixiao.graphqlapi.inspection;

/** An inspection was published (committed): the business's public record and rating changed. */
public record InspectionPublished(long inspectionKey, long businessKey) {
}
