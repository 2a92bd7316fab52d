package cn.gov.yongjia.shixiao.graphqlapi.business;

import java.time.OffsetDateTime;

import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;
import cn.gov.yongjia.shixiao.schema.types.Trade;

/**
 * A business in the register.
 *
 * @param key     the database key; clients see it only inside the opaque {@link #globalId()}
 * @param version grows with every change; the search index keeps the highest version it has seen
 */
public record Business(long key, String name, Trade trade, boolean demo, OffsetDateTime createdAt,
                       OffsetDateTime updatedAt, long version) {

    public static final String TYPE = "Business";

    public String globalId() {
        return new GlobalId(TYPE, key).encode();
    }
}
