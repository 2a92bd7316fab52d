package cn.gov.yongjia.shixiao.graphqlapi.business;

import cn.gov.yongjia.shixiao.graphqlapi.region.GeoPoint;

/**
 * Changes to a business's record: a null field stays as it is; an empty string clears an optional text field. A
 * business moved to another township leaves its village and grid cell behind unless new ones are given.
 */
public record BusinessChanges(String name, String shopSignName, String creditCode, String address, String townshipCode,
                              GeoPoint location, Boolean privateResidence, String ownerName, String contactPhone,
                              String villageCode, String gridCellCode) {

    /** The changes of the fields that existed before villages and grid cells. */
    public BusinessChanges(String name, String shopSignName, String creditCode, String address, String townshipCode,
                           GeoPoint location, Boolean privateResidence, String ownerName, String contactPhone) {
        this(name, shopSignName, creditCode, address, townshipCode, location, privateResidence, ownerName, contactPhone,
                null, null);
    }
}
