package cn.gov.yongjia.shixiao.graphqlapi.release;

/** A release was published (committed), by hand or at its scheduled time: subscribers and feeds learn of it. */
public record ReleasePublished(long releaseKey) {
}
