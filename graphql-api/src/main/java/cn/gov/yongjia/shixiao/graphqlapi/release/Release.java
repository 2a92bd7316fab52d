package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;
import cn.gov.yongjia.shixiao.graphqlapi.relay.NodeRecord;
import cn.gov.yongjia.shixiao.schema.types.ReleaseLanguage;
import cn.gov.yongjia.shixiao.schema.types.ReleaseState;

/**
 * A news release as stored. {@code revisedAt} is the last publication or major change (what feeds give as
 * {@code updated}); {@code translationOf} points from a translation to the release it translates.
 */
public record Release(long key, String indexNumber, String issuerCode, String documentNumber, String title,
                      String summary, String bodyMarkdown, String categoryCode, List<String> keywords,
                      ReleaseLanguage language, Long translationOf, LocalDate writtenOn, LocalDate effectiveOn,
                      LocalDate repealedOn, ReleaseState state, OffsetDateTime publishAt, OffsetDateTime publishedAt,
                      String publishedBy, OffsetDateTime withdrawnAt, String withdrawnBy, String withdrawalReason,
                      String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, OffsetDateTime revisedAt,
                      int version, boolean demo) implements NodeRecord {

    public static final String TYPE = "Release";

    @Override
    public String globalId() {
        return new GlobalId(TYPE, key).encode();
    }

    /** Published or withdrawn: on the public record for good. */
    public boolean isPublic() {
        return state == ReleaseState.PUBLISHED || state == ReleaseState.WITHDRAWN;
    }
}
