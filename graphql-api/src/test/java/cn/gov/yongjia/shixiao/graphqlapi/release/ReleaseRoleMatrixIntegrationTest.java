package cn.gov.yongjia.shixiao.graphqlapi.release;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;
import cn.gov.yongjia.shixiao.graphqlapi.staff.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Every release mutation against every role: editors draft, publishers publish, the county administrator both. */
@PlatformIntegrationTest
class ReleaseRoleMatrixIntegrationTest {

    private static final String OK = "ALLOWED";
    private static final String NO = "FORBIDDEN";
    private static final String SIGN_IN = "UNAUTHENTICATED";
    private static final List<String> ROLES = List.of("anonymous", StaffClients.ADMIN, StaffClients.POLICE_INSPECTOR,
            StaffClients.OUBEI_OFFICER, "owner", ReleaseTestAccounts.EDITOR, ReleaseTestAccounts.PUBLISHER);

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    @BeforeEach
    void accounts() {
        ReleaseTestAccounts.ensure(accounts);
    }

    static Stream<Arguments> matrix() {
        //                                                     anon     admin police oubei owner editor publisher
        List<Arguments> cases = new ArrayList<>();
        expect(cases, "createRelease", SIGN_IN, OK, NO, NO, NO, OK, NO);
        expect(cases, "updateRelease", SIGN_IN, OK, NO, NO, NO, OK, NO);
        expect(cases, "scheduleRelease", SIGN_IN, OK, NO, NO, NO, NO, OK);
        expect(cases, "cancelReleaseSchedule", SIGN_IN, OK, NO, NO, NO, NO, OK);
        expect(cases, "publishRelease", SIGN_IN, OK, NO, NO, NO, NO, OK);
        expect(cases, "withdrawRelease", SIGN_IN, OK, NO, NO, NO, NO, OK);
        expect(cases, "defineReleaseCategory", SIGN_IN, OK, NO, NO, NO, NO, NO);
        return cases.stream();
    }

    private static void expect(List<Arguments> cases, String mutation, String... outcomes) {
        for (int i = 0; i < ROLES.size(); i++) {
            cases.add(Arguments.of(mutation, ROLES.get(i), outcomes[i]));
        }
    }

    private String draft() {
        return StaffClients.as(port, ReleaseTestAccounts.EDITOR).documentName("createRelease")
                .variable("input", ReleaseWorkflowIntegrationTest.draft("矩阵")).execute()
                .path("createRelease.release.id").entity(String.class).get();
    }

    private String inState(String mutation) {
        String id = draft();
        HttpGraphQlTester publisher = StaffClients.as(port, ReleaseTestAccounts.PUBLISHER);
        if (mutation.equals("withdrawRelease")) {
            publisher.documentName("publishRelease").variable("id", id).execute()
                    .path("publishRelease.userErrors").entityList(Object.class).hasSize(0);
        } else if (mutation.equals("cancelReleaseSchedule")) {
            publisher.documentName("scheduleRelease").variable("id", id)
                    .variable("publishAt", OffsetDateTime.now().plusDays(30).toString()).execute()
                    .path("scheduleRelease.userErrors").entityList(Object.class).hasSize(0);
        }
        return id;
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void eachRoleMayDoWhatTheCountySays(String mutation, String role, String expected) {
        HttpGraphQlTester client = switch (role) {
            case "anonymous" -> StaffClients.anonymous(port);
            case "owner" -> {
                String business = StaffClients.as(port, StaffClients.ADMIN).documentName("registerBusiness").variable("input",
                        Map.of("name", "矩阵发布业主" + System.nanoTime(), "trade", "RESTAURANT", "townshipCode", "OUBEI"))
                        .execute().path("registerBusiness.business.id").entity(String.class).get();
                String owner = "release.owner" + GlobalId.keyOf(business, "Business", "id");
                accounts.createOwnerIfMissing(owner, StaffClients.PASSWORD, "矩阵业主", GlobalId.keyOf(business, "Business", "id"), false);
                yield StaffClients.as(port, owner);
            }
            default -> StaffClients.as(port, role);
        };
        String release = mutation.equals("createRelease") || mutation.equals("defineReleaseCategory") ? null : inState(mutation);
        GraphQlTester.Response response = switch (mutation) {
            case "createRelease" -> client.documentName("createRelease")
                    .variable("input", ReleaseWorkflowIntegrationTest.draft("矩阵新建")).execute();
            case "updateRelease" -> client.documentName("updateRelease").variable("input", Map.of("id", release, "title", "矩阵改"))
                    .execute();
            case "scheduleRelease" -> client.documentName("scheduleRelease").variable("id", release)
                    .variable("publishAt", OffsetDateTime.now().plusDays(30).toString()).execute();
            case "withdrawRelease" -> client.documentName("withdrawRelease").variable("id", release).variable("reason", "矩阵")
                    .execute();
            case "defineReleaseCategory" -> {
                String code = "M" + (System.nanoTime() % 1_000_000_000L);
                yield client.documentName("defineReleaseCategory").variable("code", code).variable("name", "矩阵" + code)
                        .variable("nameEn", "Matrix").execute();
            }
            default -> client.documentName(mutation).variable("id", release).execute();
        };
        if (expected.equals(OK)) {
            response.errors().verify();
            response.path(mutation + ".userErrors").entityList(Object.class).hasSize(0);
        } else {
            response.errors().satisfy(errors -> assertThat(errors).singleElement()
                    .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", expected)));
        }
    }
}
