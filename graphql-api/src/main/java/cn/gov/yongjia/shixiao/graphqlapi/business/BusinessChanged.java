package cn.gov.yongjia.shixiao.graphqlapi.business;

/**
 * A business was registered or its record changed (committed). Listeners read the current record themselves, so
 * the event stays small and a late or repeated delivery does no harm.
 */
public record BusinessChanged(long businessKey) {
}
