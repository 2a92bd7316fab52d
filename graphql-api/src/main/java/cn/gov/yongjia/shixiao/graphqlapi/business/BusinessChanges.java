package cn.gov.yongjia.shixiao.graphqlapi.business;

import cn.gov.yongjia.shixiao.graphqlapi.region.GeoPoint;

/**
 * Changes to a business's record: a null field stays as it is; an empty string clears an optional text field.
 */
public record BusinessChanges(String name, String shopSignName, String creditCode, String address, String townshipCode,
                              GeoPoint location, Boolean privateResidence, String ownerName, String contactPhone) {
}
