package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.yongjia.shixiao.schema.types.ReleaseChangeKind;
import cn.gov.yongjia.shixiao.schema.types.ReleaseLanguage;
import cn.gov.yongjia.shixiao.schema.types.ReleaseState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReleaseRepository {

    static final String COLUMNS = """
            r.id, r.index_number, r.issuer_code, r.document_number, r.title, r.summary, r.body_markdown, r.category_code,
            r.keywords, r.language, r.translation_of, r.written_on, r.effective_on, r.repealed_on, r.state, r.publish_at,
            r.published_at, r.published_by, r.withdrawn_at, r.withdrawn_by, r.withdrawal_reason, r.created_by,
            r.created_at, r.updated_at, r.revised_at, r.version, r.demo""";

    private final JdbcClient jdbc;

    ReleaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A change after publication. */
    record Change(long releaseKey, ReleaseChangeKind kind, String note, String changedBy, OffsetDateTime changedAt) {
    }

    long insert(ReleaseContent content, String indexNumber, String issuerCode, ReleaseLanguage language,
                Long translationOf, String createdBy, boolean demo) {
        return jdbc.sql("""
                        insert into news_release (index_number, issuer_code, document_number, title, summary, body_markdown,
                            category_code, keywords, language, translation_of, written_on, effective_on, repealed_on, state,
                            created_by, demo)
                        values (:indexNumber, :issuer, :documentNumber, :title, :summary, :body, :category, :keywords,
                            :language, :translationOf, :writtenOn, :effectiveOn, :repealedOn, 'DRAFT', :createdBy, :demo)
                        returning id""")
                .param("indexNumber", indexNumber)
                .param("issuer", issuerCode)
                .params(contentParams(content))
                .param("language", language.name())
                .param("translationOf", translationOf)
                .param("createdBy", createdBy)
                .param("demo", demo)
                .query(Long.class).single();
    }

    /** Replaces the editable content; a major change also moves {@code revised_at}. */
    void updateContent(long key, ReleaseContent content, boolean major) {
        jdbc.sql("""
                        update news_release set document_number = :documentNumber, title = :title, summary = :summary,
                            body_markdown = :body, category_code = :category, keywords = :keywords, written_on = :writtenOn,
                            effective_on = :effectiveOn, repealed_on = :repealedOn, updated_at = now(),
                            revised_at = case when :major then now() else revised_at end, version = version + 1
                        where id = :id""")
                .param("id", key)
                .param("major", major)
                .params(contentParams(content))
                .update();
    }

    private static Map<String, Object> contentParams(ReleaseContent content) {
        var params = new java.util.HashMap<String, Object>();
        params.put("documentNumber", content.documentNumber());
        params.put("title", content.title());
        params.put("summary", content.summary());
        params.put("body", content.bodyMarkdown());
        params.put("category", content.categoryCode());
        params.put("keywords", content.keywords().toArray(String[]::new));
        params.put("writtenOn", content.writtenOn());
        params.put("effectiveOn", content.effectiveOn());
        params.put("repealedOn", content.repealedOn());
        return params;
    }

    void replaceBusinesses(long key, Collection<Long> businessKeys) {
        jdbc.sql("delete from release_business where release_id = :id").param("id", key).update();
        for (long business : businessKeys) {
            jdbc.sql("insert into release_business (release_id, business_id) values (:id, :business) on conflict do nothing")
                    .param("id", key).param("business", business).update();
        }
    }

    void schedule(long key, OffsetDateTime publishAt, String publisher) {
        jdbc.sql("""
                        update news_release set state = 'SCHEDULED', publish_at = :at, published_by = :publisher,
                            updated_at = now(), version = version + 1
                        where id = :id""")
                .param("id", key).param("at", publishAt).param("publisher", publisher).update();
    }

    void unschedule(long key) {
        jdbc.sql("""
                        update news_release set state = 'DRAFT', publish_at = null, published_by = null, updated_at = now(),
                            version = version + 1
                        where id = :id""")
                .param("id", key).update();
    }

    /** Publishes now (or at a given past time, for imported and demo releases). */
    void publish(long key, OffsetDateTime at, String publisher) {
        jdbc.sql("""
                        update news_release set state = 'PUBLISHED', publish_at = null, published_at = :at,
                            published_by = :publisher, revised_at = :at, updated_at = now(), version = version + 1
                        where id = :id""")
                .param("id", key).param("at", at).param("publisher", publisher).update();
    }

    /**
     * Claims every scheduled release that is due and publishes it, in one statement: a row is claimed by exactly
     * one transaction (the others skip locked rows or find the state changed), so each is published once, whatever
     * the number of instances.
     */
    List<Long> publishDue() {
        return jdbc.sql("""
                        update news_release r set state = 'PUBLISHED', published_at = r.publish_at, revised_at = r.publish_at,
                            publish_at = null, updated_at = now(), version = r.version + 1
                        where r.id in (select id from news_release where state = 'SCHEDULED' and publish_at <= now()
                                       order by publish_at, id limit 100 for update skip locked)
                          and r.state = 'SCHEDULED'
                        returning r.id""")
                .query(Long.class).list();
    }

    void withdraw(long key, String reason, String actor) {
        jdbc.sql("""
                        update news_release set state = 'WITHDRAWN', withdrawn_at = now(), withdrawn_by = :actor,
                            withdrawal_reason = :reason, updated_at = now(), revised_at = now(), version = version + 1
                        where id = :id""")
                .param("id", key).param("reason", reason).param("actor", actor).update();
    }

    void recordChange(long key, ReleaseChangeKind kind, String note, String actor) {
        jdbc.sql("insert into release_change (release_id, kind, note, changed_by) values (:id, :kind, :note, :actor)")
                .param("id", key).param("kind", kind.name()).param("note", note).param("actor", actor).update();
    }

    Optional<Release> find(long key) {
        return jdbc.sql("select " + COLUMNS + " from news_release r where r.id = :id").param("id", key)
                .query(ReleaseRepository::map).optional();
    }

    Optional<Release> findForUpdate(long key) {
        return jdbc.sql("select " + COLUMNS + " from news_release r where r.id = :id for update").param("id", key)
                .query(ReleaseRepository::map).optional();
    }

    Optional<Release> findByIndexNumber(String indexNumber) {
        return jdbc.sql("select " + COLUMNS + " from news_release r where r.index_number = :number")
                .param("number", indexNumber).query(ReleaseRepository::map).optional();
    }

    List<Release> findAll(Collection<Long> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from news_release r where r.id = any(:ids)")
                .param("ids", keys.toArray(Long[]::new)).query(ReleaseRepository::map).list();
    }

    /** Releases after this key in key order (for filling the search index page by page). */
    List<Release> after(long afterKey, int limit) {
        return jdbc.sql("select " + COLUMNS + " from news_release r where r.id > :after order by r.id limit :limit")
                .param("after", afterKey).param("limit", limit).query(ReleaseRepository::map).list();
    }

    /** Keys of releases changed since then. */
    List<Long> keysChangedSince(java.time.Instant since) {
        return jdbc.sql("select id from news_release where updated_at >= :since order by id")
                .param("since", OffsetDateTime.ofInstant(since, java.time.ZoneOffset.UTC)).query(Long.class).list();
    }

    /** The translations pointing at these releases, as (translated release, translation) pairs. */
    Map<Long, Release> translationsOf(Collection<Long> keys) {
        Map<Long, Release> result = new java.util.HashMap<>();
        jdbc.sql("select " + COLUMNS + " from news_release r where r.translation_of = any(:ids)")
                .param("ids", keys.toArray(Long[]::new)).query(ReleaseRepository::map).list()
                .forEach(r -> result.put(r.translationOf(), r));
        return result;
    }

    boolean isTranslated(long key) {
        return jdbc.sql("select count(*) from news_release where translation_of = :id").param("id", key)
                .query(Long.class).single() > 0;
    }

    List<Release> page(String condition, Map<String, Object> params, String order, int limit) {
        return jdbc.sql("select " + COLUMNS + " from news_release r where " + condition + " order by " + order + " limit :limit")
                .params(params).param("limit", limit).query(ReleaseRepository::map).list();
    }

    long count(String condition, Map<String, Object> params) {
        return jdbc.sql("select count(*) from news_release r where " + condition).params(params).query(Long.class).single();
    }

    /** Business keys per release. */
    Map<Long, List<Long>> businessesOf(Collection<Long> keys) {
        Map<Long, List<Long>> result = new java.util.HashMap<>();
        jdbc.sql("select release_id, business_id from release_business where release_id = any(:ids) order by business_id")
                .param("ids", keys.toArray(Long[]::new))
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return result;
    }

    /** Up to {@code limit} public releases per business, newest first, in one query. */
    Map<Long, List<Release>> publicReleasesOf(Collection<Long> businessKeys, int limit) {
        Map<Long, List<Release>> result = new java.util.HashMap<>();
        jdbc.sql("select business_id, " + COLUMNS.replace("r.", "") + " " + """
                         from (select rb.business_id, r.*, row_number() over (partition by rb.business_id
                                   order by r.published_at desc, r.id desc) as n
                               from release_business rb join news_release r on r.id = rb.release_id
                               where rb.business_id = any(:ids) and r.state in ('PUBLISHED', 'WITHDRAWN')) ranked
                        where n <= :limit order by business_id, published_at desc, id desc""")
                .param("ids", businessKeys.toArray(Long[]::new)).param("limit", limit)
                .query((rs, n) -> Map.entry(rs.getLong("business_id"), map(rs, n))).list()
                .forEach(e -> result.computeIfAbsent(e.getKey(), k -> new java.util.ArrayList<>()).add(e.getValue()));
        return result;
    }

    /** Changes after publication per release, oldest first; minor ones only when asked. */
    Map<Long, List<Change>> changesOf(Collection<Long> keys, boolean includeMinor) {
        Map<Long, List<Change>> result = new java.util.HashMap<>();
        jdbc.sql("select release_id, kind, note, changed_by, changed_at from release_change where release_id = any(:ids)"
                        + (includeMinor ? "" : " and kind = 'MAJOR'") + " order by id")
                .param("ids", keys.toArray(Long[]::new))
                .query((rs, n) -> new Change(rs.getLong(1), ReleaseChangeKind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getObject(5, OffsetDateTime.class))).list()
                .forEach(c -> result.computeIfAbsent(c.releaseKey(), k -> new java.util.ArrayList<>()).add(c));
        return result;
    }

    static Release map(ResultSet rs, int row) throws SQLException {
        Array keywords = rs.getArray("keywords");
        return new Release(rs.getLong("id"), rs.getString("index_number"), rs.getString("issuer_code"),
                rs.getString("document_number"), rs.getString("title"), rs.getString("summary"),
                rs.getString("body_markdown"), rs.getString("category_code"),
                keywords == null ? List.of() : Arrays.asList((String[]) keywords.getArray()),
                ReleaseLanguage.valueOf(rs.getString("language")), (Long) rs.getObject("translation_of"),
                rs.getObject("written_on", java.time.LocalDate.class), rs.getObject("effective_on", java.time.LocalDate.class),
                rs.getObject("repealed_on", java.time.LocalDate.class), ReleaseState.valueOf(rs.getString("state")),
                rs.getObject("publish_at", OffsetDateTime.class), rs.getObject("published_at", OffsetDateTime.class),
                rs.getString("published_by"), rs.getObject("withdrawn_at", OffsetDateTime.class),
                rs.getString("withdrawn_by"), rs.getString("withdrawal_reason"), rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("revised_at", OffsetDateTime.class), rs.getInt("version"), rs.getBoolean("demo"));
    }
}
