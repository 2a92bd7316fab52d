package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param publisherMayNotBeAuthor the county's four-eyes rule: whoever publishes or schedules a release must not be
 *                                the one who wrote its draft
 * @param portalUrl               base of the public portal, for permanent links ({@code <portalUrl>/releases/<id>})
 * @param apiUrl                  base of this API as the public reaches it, for feed and attachment links
 * @param publishCheckInterval    how often scheduled releases that are due are looked for
 * @param maxAttachmentSize       the largest attachment accepted
 */
@ConfigurationProperties("yongjia.releases")
record ReleaseProperties(@DefaultValue("true") boolean publisherMayNotBeAuthor,
                         @DefaultValue("http://localhost:8081") String portalUrl,
                         @DefaultValue("http://localhost:8080") String apiUrl,
                         @DefaultValue("10s") Duration publishCheckInterval,
                         @DefaultValue("10MB") DataSize maxAttachmentSize) {
}
