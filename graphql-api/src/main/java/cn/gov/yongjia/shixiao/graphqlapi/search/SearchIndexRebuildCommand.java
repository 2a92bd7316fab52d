package cn.gov.yongjia.shixiao.graphqlapi.search;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The rebuild from the command line, while the API keeps serving searches:
 * {@code java -jar graphql-api-exec.jar --spring.main.web-application-type=none --yongjia.search.rebuild=true}.
 * Prints progress and the report, then exits: 0 when done, 1 when it failed (the alias then still points at the
 * old, complete index).
 */
@Component
@ConditionalOnProperty(name = "yongjia.search.rebuild", havingValue = "true")
class SearchIndexRebuildCommand implements ApplicationRunner {

    private final SearchIndexRebuild rebuild;
    private final ConfigurableApplicationContext context;

    SearchIndexRebuildCommand(SearchIndexRebuild rebuild, ConfigurableApplicationContext context) {
        this.rebuild = rebuild;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code;
        try {
            SearchIndexRebuild.Report report = rebuild.run((written, total) ->
                    System.out.printf("search index rebuild: %d / %d businesses written%n", written, total));
            System.out.printf("search index rebuild: done — %d businesses, %d changes replayed, %.1f s, %s → %s; %s%n",
                    report.documents(), report.replayed(), report.seconds(), report.oldIndices(), report.newIndex(),
                    report.mergeSeconds() == null ? "not merged into one segment (see the log)"
                            : String.format("merged into one segment in %.1f s", report.mergeSeconds()));
            code = 0;
        } catch (RuntimeException e) {
            System.out.printf("search index rebuild: FAILED, the old index stays in use — %s%n", e.getMessage());
            code = 1;
        }
        int exit = code;
        System.exit(SpringApplication.exit(context, () -> exit));
    }
}
