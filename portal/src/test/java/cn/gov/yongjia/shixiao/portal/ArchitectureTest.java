package cn.gov.yongjia.shixiao.portal;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The portal is a client of the GraphQL API like any partner app: it never reaches the register or the index, and
 * its views stay inside their feature's {@code ui} package.
 */
class ArchitectureTest {

    private final JavaClasses portal = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.yongjia.shixiao.portal");

    @Test
    void thePortalReadsOnlyThroughTheGraphQlApi() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "java.sql..", "javax.sql..", "org.springframework.jdbc..", "org.postgresql..",
                        "co.elastic..", "org.elasticsearch..",
                        "cn.gov.yongjia.shixiao.graphqlapi..", "cn.gov.yongjia.shixiao.searchindex..",
                        "cn.gov.yongjia.shixiao.embedded..")
                .because("the portal reads data only through the GraphQL API, as partner apps do")
                .check(portal);
    }

    @Test
    void viewsLiveInTheUiPackageOfTheirFeature() {
        classes().that().areAnnotatedWith(com.vaadin.flow.router.Route.class)
                .should().resideInAPackage("..ui..")
                .andShould().notBePublic()
                .check(portal);
    }

    @Test
    void featuresDoNotReachIntoEachOthersViews() {
        noClasses().that().resideOutsideOfPackage("cn.gov.yongjia.shixiao.portal..ui..")
                .should().dependOnClassesThat().resideInAPackage("cn.gov.yongjia.shixiao.portal..ui..")
                .check(portal);
    }
}
