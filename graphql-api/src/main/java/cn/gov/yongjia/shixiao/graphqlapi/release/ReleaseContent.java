package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.time.LocalDate;
import java.util.List;

/** What editors write and may change later (the issuer, language and translation link are fixed at creation). */
public record ReleaseContent(String documentNumber, String title, String summary, String bodyMarkdown,
                             String categoryCode, List<String> keywords, LocalDate writtenOn, LocalDate effectiveOn,
                             LocalDate repealedOn, List<Long> businessKeys) {

    static ReleaseContent of(Release release, List<Long> businessKeys) {
        return new ReleaseContent(release.documentNumber(), release.title(), release.summary(), release.bodyMarkdown(),
                release.categoryCode(), release.keywords(), release.writtenOn(), release.effectiveOn(),
                release.repealedOn(), businessKeys);
    }
}
