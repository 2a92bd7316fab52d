package cn.gov.yongjia.shixiao.graphqlapi.business;

import cn.gov.yongjia.shixiao.graphqlapi.region.GeoPoint;
import cn.gov.yongjia.shixiao.schema.types.Trade;

/** What staff (or the demo generator, or an import) give to register a business; checked before anything is written. */
public record NewBusiness(String name, Trade trade, String shopSignName, String creditCode, String registrationNumber,
                          String address, String townshipCode, GeoPoint location, boolean privateResidence,
                          String ownerName, String contactPhone, String villageCode, String gridCellCode) {

    /** Only the two required fields. */
    public static NewBusiness of(String name, Trade trade) {
        return new NewBusiness(name, trade, null, null, null, null, null, null, false, null, null, null, null);
    }
}
