package cn.gov.yongjia.shixiao.graphqlapi.region;

import cn.gov.yongjia.shixiao.schema.types.VillageKind;

/** A village (村) or urban community (社区) of a township. */
public record Village(String code, String townshipCode, String name, VillageKind kind) {
}
