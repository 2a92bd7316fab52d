package cn.gov.yongjia.shixiao.graphqlapi.database;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway migrates the database on connections of its own, not on the API's pool. Every pooled connection ends a
 * statement after {@code yongjia.database.statement-timeout} (application.yml); a migration of a large register
 * (an index over a million businesses) may take longer, and must not be cancelled halfway through a start. Changing
 * the setting on pooled connections instead would leave them without the limit afterwards.
 */
@Configuration(proxyBeanMethods = false)
class MigrationConnection {

    @Bean
    FlywayConfigurationCustomizer migrationsOnTheirOwnConnection(JdbcConnectionDetails database) {
        return configuration -> configuration.dataSource(database.getJdbcUrl(), database.getUsername(),
                database.getPassword());
    }
}
