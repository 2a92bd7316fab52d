package cn.gov.yongjia.shixiao.graphqlapi.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import cn.gov.yongjia.shixiao.graphqlapi.business.Business;
import cn.gov.yongjia.shixiao.graphqlapi.business.BusinessRegistry;
import cn.gov.yongjia.shixiao.graphqlapi.release.Release;
import cn.gov.yongjia.shixiao.graphqlapi.release.ReleaseContent;
import cn.gov.yongjia.shixiao.graphqlapi.release.ReleaseRecords;
import cn.gov.yongjia.shixiao.graphqlapi.staff.ReleaseRight;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffRole;
import cn.gov.yongjia.shixiao.schema.types.BusinessStatus;
import cn.gov.yongjia.shixiao.schema.types.ReleaseChangeKind;
import cn.gov.yongjia.shixiao.schema.types.ReleaseLanguage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Demo news releases, loaded with the demo data (once, when there are none): the county's own document
 * 永政办发〔2010〕126号 as a 通知公告 with its real dates, an English translation of it, an exposure list (曝光台) that
 * links demo businesses, and made-up releases across the categories (each marked demo), among them a scheduled
 * one, a draft, a withdrawn one and one with a major change. Runs at start-up, before the readiness probe reports
 * ready (the launcher waits for that). It needs the demo register (whose businesses it links), so it asks
 * {@link DemoDataLoader} first, which loads the register only into an empty database: whichever of the two runners
 * Spring calls first, the register is there before the releases and is loaded once.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DemoReleases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReleases.class);
    private static final ZoneId COUNTY_TIME = ZoneId.of("Asia/Shanghai");
    static final String EDITOR = "news.editor";
    static final String PUBLISHER = "news.publisher";

    private final DemoDataProperties properties;
    private final ReleaseRecords releases;
    private final BusinessRegistry businesses;
    private final StaffAccounts accounts;
    private final JdbcClient jdbc;
    private final DemoDataLoader register;

    DemoReleases(DemoDataProperties properties, ReleaseRecords releases, BusinessRegistry businesses, StaffAccounts accounts,
                 JdbcClient jdbc, DemoDataLoader register) {
        this.register = register;
        this.properties = properties;
        this.releases = releases;
        this.businesses = businesses;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.enabled()) {
            return;
        }
        register.run(args); // idempotent: loads the register only into an empty database
        load();
    }

    private void load() {
        accounts.createIfMissing(EDITOR, "demo-editor", "新闻编辑（演示）", StaffRole.PRESS_OFFICER, null, null, true);
        accounts.createIfMissing(PUBLISHER, "demo-publisher", "新闻发布人（演示）", StaffRole.PRESS_OFFICER, null, null, true);
        accounts.grantReleaseRights(EDITOR, ReleaseRight.EDIT);
        accounts.grantReleaseRights(PUBLISHER, ReleaseRight.PUBLISH);
        if (jdbc.sql("select count(*) from news_release").query(Long.class).single() > 0) {
            return;
        }
        LocalDate today = LocalDate.now(COUNTY_TIME);
        int count = 0;

        // the county's own document, with its real dates
        Release countyDocument = create(new ReleaseContent("永政办发〔2010〕126号",
                "永嘉县人民政府办公室关于建立健全“十小”行业质量安全监管长效机制的通知",
                "建立“县级统筹协调、部门牵头指导、乡镇具体负责、村（居）属地管理、业主责任落实、社会共同参与”的“十小”质量安全监管体系。",
                text("demo/yongzhengbanfa-2010-126.md"), "NOTICE", List.of("经济管理", "行业", "质量", "安全", "通知"),
                LocalDate.of(2010, 8, 9), LocalDate.of(2010, 8, 9), null, List.of()),
                "COUNTY_GOVERNMENT_OFFICE", ReleaseLanguage.ZH, null);
        publish(countyDocument, OffsetDateTime.parse("2010-08-09T09:00:00+08:00"));
        Release translation = create(new ReleaseContent("Yongzhengbanfa [2010] No. 126",
                "Notice on a long-term quality and safety supervision mechanism for the ten small trades (summary in English)",
                "The county sets up a permanent supervision system for the ten small trades.",
                "# Long-term supervision of the ten small trades\n\nThe county coordinates, the lead departments guide, "
                        + "the townships are responsible, villages manage locally, owners carry their duties and the public "
                        + "takes part.\n\n*Demo content: a short English summary made for this platform, not an official "
                        + "translation.*", "NOTICE", List.of("ten small trades", "supervision"),
                LocalDate.of(2010, 8, 9), LocalDate.of(2010, 8, 9), null, List.of()),
                "COUNTY_GOVERNMENT_OFFICE", ReleaseLanguage.EN, countyDocument.key());
        publish(translation, OffsetDateTime.parse("2010-08-10T09:00:00+08:00"));
        count += 2;

        // made-up releases across the categories
        List<Release> published = new ArrayList<>();
        for (JsonNode item : JsonMapper.builder().build().readTree(text("demo/releases.json"))) {
            LocalDate on = today.minusDays(item.get("daysAgo").asInt());
            List<String> keywords = new ArrayList<>();
            item.get("keywords").forEach(k -> keywords.add(k.asString()));
            Release release = create(new ReleaseContent(null, item.get("title").asString(), item.get("summary").asString(),
                    item.get("body").asString(), item.get("category").asString(), keywords, on, null, null, List.of()),
                    item.get("issuer").asString(), ReleaseLanguage.ZH, null);
            publish(release, on.atTime(10, 0).atZone(COUNTY_TIME).toOffsetDateTime());
            published.add(release);
            count++;
        }

        // an exposure list that links demo businesses (those suspended or closed, else the first ones)
        List<Business> register = businesses.after(0L, 500);
        List<Long> exposed = register.stream().filter(b -> b.status() != BusinessStatus.OPEN).limit(3).map(Business::key).toList();
        if (exposed.isEmpty()) {
            exposed = register.stream().limit(3).map(Business::key).toList();
        }
        StringBuilder list = new StringBuilder("# 曝光台：本月检查发现问题的经营户\n\n以下经营户在检查中被发现问题，已依法处理：\n\n");
        for (Business business : businesses.findAllInOrder(exposed)) {
            list.append("- ").append(business.name()).append("\n");
        }
        list.append("\n*（演示数据，内容虚构 / demo content, made up）*");
        Release exposure = create(new ReleaseContent(null, "曝光台：本月检查发现问题的经营户名单",
                "公开本月检查中被责令整改或停业的经营户。", list.toString(), "EXPOSURE", List.of("曝光台", "责令整改"),
                today.minusDays(3), null, null, exposed), "SHIXIAO_OFFICE", ReleaseLanguage.ZH, null);
        publish(exposure, today.minusDays(3).atTime(15, 0).atZone(COUNTY_TIME).toOffsetDateTime());
        count++;

        // one with a major change, one withdrawn, one scheduled, one draft
        Release changed = published.stream().filter(r -> r.categoryCode().equals("NOTICE")).findFirst().orElseThrow();
        releases.update(changed.key(), c -> new ReleaseContent(c.documentNumber(), c.title(), c.summary(),
                c.bodyMarkdown() + "\n\n**更正：**培训报名截止日期顺延一周。", c.categoryCode(), c.keywords(), c.writtenOn(),
                c.effectiveOn(), c.repealedOn(), c.businessKeys()), ReleaseChangeKind.MAJOR, "培训报名截止日期顺延一周", EDITOR);
        Release withdrawn = published.stream().filter(r -> r.categoryCode().equals("EXPOSURE")).reduce((a, b) -> b).orElseThrow();
        releases.withdraw(withdrawn.key(), "经复核，处理决定已变更，另行发布（演示）", PUBLISHER);
        Release scheduled = create(new ReleaseContent(null, "关于下季度“十小”行业督查安排的通知（定时发布）",
                "下季度督查的时间和分组安排。", "# 下季度督查安排\n\n督查分四组进行，覆盖全部乡镇。\n\n*（演示数据，内容虚构 / demo content, made up）*",
                "NOTICE", List.of("督查"), today, null, null, List.of()), "SHIXIAO_OFFICE", ReleaseLanguage.ZH, null);
        releases.schedule(scheduled.key(), OffsetDateTime.now(COUNTY_TIME).plusDays(3).withHour(9).withMinute(0), PUBLISHER);
        create(new ReleaseContent(null, "草稿：春节期间“十小”行业安全提示", null,
                "# 春节安全提示\n\n（草稿，待审核）\n\n*（演示数据，内容虚构 / demo content, made up）*", "WORK_NEWS",
                List.of(), today, null, null, List.of()), "SHIXIAO_OFFICE", ReleaseLanguage.ZH, null);
        count += 2;
        log.info("Loaded {} demo news releases (演示数据, made up except the county's document 永政办发〔2010〕126号)", count);
    }

    private Release create(ReleaseContent content, String issuer, ReleaseLanguage language, Long translationOf) {
        var outcome = releases.create(content, issuer, language, translationOf, EDITOR, true);
        if (outcome.release() == null) {
            throw new IllegalStateException("Demo release refused: " + outcome.userErrors());
        }
        return outcome.release();
    }

    private void publish(Release release, OffsetDateTime at) {
        var outcome = releases.publishAt(release.key(), at, PUBLISHER);
        if (outcome.release() == null) {
            throw new IllegalStateException("Demo release not published: " + outcome.userErrors());
        }
    }

    private static String text(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Missing demo resource " + resource, e);
        }
    }
}
