package cn.gov.yongjia.shixiao.graphqlapi.region;

/** A grid cell (网格) of a village or community: the smallest unit of grid supervision. */
public record GridCell(String code, String villageCode, String name) {
}
