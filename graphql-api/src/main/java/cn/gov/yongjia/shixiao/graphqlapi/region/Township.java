package cn.gov.yongjia.shixiao.graphqlapi.region;

import cn.gov.yongjia.shixiao.schema.types.TownshipKind;

/** A township-level division of the county (街道, 镇, 乡). */
public record Township(String code, String name, String nameEn, TownshipKind kind, GeoPoint center) {
}
