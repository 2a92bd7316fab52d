package cn.gov.yongjia.shixiao.graphqlapi.inspection;

import java.time.LocalDate;
import java.util.List;

import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;
import cn.gov.yongjia.shixiao.graphqlapi.relay.NodeRecord;
import cn.gov.yongjia.shixiao.schema.types.InspectionKind;
import cn.gov.yongjia.shixiao.schema.types.InspectionOutcome;
import cn.gov.yongjia.shixiao.schema.types.PublicationStatus;

/** An inspection of a business: scores, the four owner duties, outcome and publication state. */
public record Inspection(long key, long businessKey, LocalDate inspectedOn, InspectionKind kind, String departmentCode,
                         String townshipCode, List<String> inspectors, int hygieneScore, int facilitiesScore,
                         int managementScore, OwnerDuties ownerDuties, InspectionOutcome outcome,
                         LocalDate followUpDue, String publicSummary, PublicationStatus publicationStatus,
                         LocalDate publishedOn, Appeal appeal) implements NodeRecord {

    /** The business's appeal against this inspection; {@code granted} is null while it is pending. */
    public record Appeal(String reason, java.time.OffsetDateTime filedAt, java.time.OffsetDateTime decidedAt,
                         Boolean granted, String decision) {
    }

    public static final String TYPE = "Inspection";

    /** The four duties of the county document: 进货验收、购销台账、索证索票、质量承诺. */
    public record OwnerDuties(boolean purchaseAcceptance, boolean ledger, boolean certificatesAndInvoices,
                              boolean qualityCommitment) {
    }

    public int totalScore() {
        return hygieneScore + facilitiesScore + managementScore;
    }

    public boolean isPublic() {
        return publicationStatus != PublicationStatus.DRAFT;
    }

    @Override
    public String globalId() {
        return new GlobalId(TYPE, key).encode();
    }
}
