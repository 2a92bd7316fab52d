package cn.gov.yongjia.shixiao.graphqlapi.audit;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the audit log. Call it inside the transaction of the change it describes, so that a change and its audit
 * entry are committed together or not at all.
 */
@Component
public class AuditLog {

    /** The actor recorded for changes made by the platform itself (demo data, imports run from the command line). */
    public static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param actor   the staff username, or null for the system
     * @param details what changed: field names to new values (null values are kept, as "set to nothing")
     */
    public void record(String actor, String action, String entityType, long entityKey, Map<String, ?> details) {
        jdbc.sql("""
                        insert into audit_entry (actor, action, entity_type, entity_key, details)
                        values (:actor, :action, :type, :key, cast(:details as jsonb))""")
                .param("actor", actor == null ? SYSTEM : actor)
                .param("action", action)
                .param("type", entityType)
                .param("key", entityKey)
                .param("details", json.writeValueAsString(new TreeMap<>(details)))
                .update();
    }
}
