package cn.gov.yongjia.shixiao.graphqlapi;

import org.springframework.boot.SpringApplication;

/**
 * Runs the API locally on PostgreSQL and Elasticsearch containers (needs Docker):
 * {@code ./mvnw -pl graphql-api -am spring-boot:test-run}.
 */
public class TestGraphqlApiApplication {

    public static void main(String[] args) {
        SpringApplication.from(GraphqlApiApplication::main)
                .with(TestcontainersConfiguration.class)
                .run("--yongjia.demo-data.enabled=true");
    }
}
