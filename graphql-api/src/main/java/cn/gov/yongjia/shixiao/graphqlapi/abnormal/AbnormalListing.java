package cn.gov.yongjia.shixiao.graphqlapi.abnormal;

import java.time.LocalDate;

import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;

/** A listing of a business for abnormal operation (经营异常名录); {@code removedOn} is null while it is in force. */
public record AbnormalListing(long key, long businessKey, String reason, LocalDate listedOn, String decidingBody,
                              String decisionNumber, LocalDate removedOn, String removalReason) {

    public static final String TYPE = "AbnormalListing";

    public boolean inForce() {
        return removedOn == null;
    }

    public String globalId() {
        return new GlobalId(TYPE, key).encode();
    }
}
