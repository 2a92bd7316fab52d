package cn.gov.yongjia.shixiao.graphqlapi.audit;

import java.time.OffsetDateTime;
import java.util.List;

import cn.gov.yongjia.shixiao.graphqlapi.relay.Connection;
import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;
import cn.gov.yongjia.shixiao.graphqlapi.relay.PageRequest;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccess;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;

/** The audit log, newest first, for county administrators. */
@Controller
class AuditController {

    record AuditEntry(long key, OffsetDateTime occurredAt, String actor, String action, String entityType,
                      String entityId, String details) {
    }

    private final JdbcClient jdbc;
    private final StaffAccess access;

    AuditController(JdbcClient jdbc, StaffAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @QueryMapping
    Connection<AuditEntry> auditLog(@Argument Integer first, @Argument String after, @Argument String entityId,
                                    @Argument String actor) {
        access.requireCountyAdmin();
        PageRequest page = PageRequest.of(first, after);
        GlobalId entity = entityId == null ? null : GlobalId.decode(entityId, "entityId");
        String where = " where (cast(:type as text) is null or (entity_type = :type and entity_key = :key))"
                + " and (cast(:actor as text) is null or actor = :actor)";
        List<AuditEntry> rows = jdbc.sql("select id, occurred_at, actor, action, entity_type, entity_key, details::text"
                        + " from audit_entry" + where + " and (cast(:before as bigint) is null or id < :before)"
                        + " order by id desc limit :limit")
                .param("type", entity == null ? null : entity.type())
                .param("key", entity == null ? 0L : entity.key())
                .param("actor", actor)
                .param("before", page.afterKey())
                .param("limit", page.first() + 1)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getObject(2, OffsetDateTime.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), new GlobalId(rs.getString(5), rs.getLong(6)).encode(),
                        rs.getString(7)))
                .list();
        long total = jdbc.sql("select count(*) from audit_entry" + where)
                .param("type", entity == null ? null : entity.type())
                .param("key", entity == null ? 0L : entity.key())
                .param("actor", actor)
                .query(Long.class).single();
        return Connection.forward(rows, page, AuditEntry::key, total);
    }

}
