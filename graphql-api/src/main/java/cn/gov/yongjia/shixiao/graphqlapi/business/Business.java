package cn.gov.yongjia.shixiao.graphqlapi.business;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import cn.gov.yongjia.shixiao.graphqlapi.region.GeoPoint;
import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;
import cn.gov.yongjia.shixiao.graphqlapi.relay.NodeRecord;
import cn.gov.yongjia.shixiao.schema.types.BusinessStatus;
import cn.gov.yongjia.shixiao.schema.types.RiskClass;
import cn.gov.yongjia.shixiao.schema.types.Trade;

/**
 * A business in the register. Owner name, phone and the location of a private residence are private: the API
 * decides who sees them, never this record.
 *
 * @param key     the database key; clients see it only inside the opaque {@link #globalId()}
 * @param version grows with every change; the search index keeps the highest version it has seen
 * @param villageCode  the village or community, always one of the township's; the grid cell is one of the village's
 * @param riskClass    null until staff assess it; it sets how often the business is inspected
 */
public record Business(long key, String name, String shopSignName, Trade trade, String creditCode,
                       String registrationNumber, String address, String townshipCode, GeoPoint location,
                       boolean privateResidence, String ownerName, String contactPhone, BusinessStatus status,
                       LocalDate statusSince, boolean demo, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                       long version, String villageCode, String gridCellCode, RiskClass riskClass,
                       String supervisingOfficeCode) implements NodeRecord {

    public static final String TYPE = "Business";

    @Override
    public String globalId() {
        return new GlobalId(TYPE, key).encode();
    }
}
