package cn.gov.yongjia.shixiao.graphqlapi.release;

/** A release was created or changed in any way (committed): the search index takes its new state. */
public record ReleaseChanged(long releaseKey) {
}
