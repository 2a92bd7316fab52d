package cn.gov.yongjia.shixiao.portal.release;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import cn.gov.yongjia.shixiao.schema.types.Release;
import cn.gov.yongjia.shixiao.schema.types.ReleaseLanguage;

/**
 * The line to cite a release by: 发布机构. 标题. 文号. 发布日期. 永久链接, e.g.
 * {@code 永嘉县人民政府办公室. 关于…的通知. 永政办发〔2010〕126号. 2010-12-20. https://…/releases/…}. The issuing body is
 * named in the release's own language (a citation quotes the document, not the page around it); the date is the
 * publication day in China, written ISO-style so it reads the same in both languages; a part the release lacks is left
 * out.
 */
public final class Citation {

    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private Citation() {
    }

    /** The citation line; {@code english} is the reader's language, used only when the release has none. */
    public static String of(Release release, boolean english) {
        boolean inEnglish = release.getLanguage() == null ? english : release.getLanguage() == ReleaseLanguage.EN;
        List<String> parts = new ArrayList<>();
        parts.add(inEnglish ? release.getIssuer().getNameEn() : release.getIssuer().getName());
        parts.add(release.getTitle());
        if (release.getDocumentNumber() != null && !release.getDocumentNumber().isBlank()) {
            parts.add(release.getDocumentNumber());
        }
        if (release.getPublishedAt() != null) {
            parts.add(release.getPublishedAt().atZoneSameInstant(CHINA).toLocalDate().toString());
        }
        parts.add(release.getPermalink());
        return String.join(". ", parts.stream().map(p -> p.strip().replaceAll("[.。]+$", "")).toList()) + ".";
    }
}
