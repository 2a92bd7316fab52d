package cn.gov.yongjia.shixiao.graphqlapi.reply;

import java.time.OffsetDateTime;

import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;
import cn.gov.yongjia.shixiao.schema.types.ReplyStatus;

/** An owner's reply to their rating, with its moderation state. */
record OwnerReply(long key, long businessKey, String author, String text, OffsetDateTime submittedAt, ReplyStatus status,
                  OffsetDateTime moderatedAt, String moderationNote) {

    static final String TYPE = "OwnerReply";

    String globalId() {
        return new GlobalId(TYPE, key).encode();
    }
}
