package cn.gov.yongjia.shixiao.graphqlapi.staff;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import cn.gov.yongjia.shixiao.graphqlapi.StaffClients;
import cn.gov.yongjia.shixiao.graphqlapi.relay.GlobalId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every mutation against every role, on a restaurant in 瓯北 (whose lead department is market regulation): who may,
 * who is refused (FORBIDDEN) and who must sign in first (UNAUTHENTICATED).
 */
@PlatformIntegrationTest
class RoleMatrixIntegrationTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String OK = "ALLOWED";
    private static final String NO = "FORBIDDEN";
    private static final String SIGN_IN = "UNAUTHENTICATED";

    /** Roles, in the order of the expectations below. */
    private static final List<String> ROLES = List.of("anonymous", "test.admin", "test.market", "test.police",
            "test.oubei", "test.qiaotou", "owner");

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts accounts;

    HttpGraphQlTester admin;

    @BeforeEach
    void accounts() {
        StaffClients.ensureAccounts(accounts);
        accounts.createIfMissing("test.market", StaffClients.PASSWORD, "测试市场监管", StaffRole.DEPARTMENT_INSPECTOR,
                "MARKET_REGULATION", null, false);
        accounts.createIfMissing("test.qiaotou", StaffClients.PASSWORD, "测试桥头干部", StaffRole.TOWNSHIP_OFFICER, null,
                "QIAOTOU", false);
        admin = StaffClients.as(port, StaffClients.ADMIN);
    }

    static Stream<Arguments> matrix() {
        //                                         anon     admin market police oubei qiaotou owner
        List<Arguments> cases = new ArrayList<>();
        staff(cases, "registerBusiness");
        staff(cases, "updateBusiness");
        staff(cases, "changeBusinessStatus");
        staff(cases, "addPermit");
        staff(cases, "recordInspection");
        staff(cases, "publishInspection");
        staff(cases, "recordEnforcementAction");
        staff(cases, "moderateOwnerReply");
        staff(cases, "decideInspectionAppeal");
        staff(cases, "setBusinessSupervision");
        staff(cases, "listAbnormalOperation");
        staff(cases, "removeAbnormalOperation");
        expect(cases, "appealInspection", SIGN_IN, OK, OK, NO, OK, NO, OK);
        expect(cases, "submitOwnerReply", SIGN_IN, NO, NO, NO, NO, NO, OK);
        expect(cases, "importRegister", SIGN_IN, OK, NO, NO, NO, NO, NO);
        return cases.stream();
    }

    private static void staff(List<Arguments> cases, String mutation) {
        expect(cases, mutation, SIGN_IN, OK, OK, NO, OK, NO, NO);
    }

    private static void expect(List<Arguments> cases, String mutation, String... outcomes) {
        for (int i = 0; i < ROLES.size(); i++) {
            cases.add(Arguments.of(mutation, ROLES.get(i), outcomes[i]));
        }
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("matrix")
    void eachRoleMayDoWhatTheCountyDocumentSays(String mutation, String role, String expected) {
        String business = register("矩阵" + mutation + role + System.nanoTime());
        long businessKey = GlobalId.keyOf(business, "Business", "id");
        String owner = "owner" + businessKey;
        accounts.createOwnerIfMissing(owner, StaffClients.PASSWORD, "矩阵业主", businessKey, false);
        HttpGraphQlTester client = switch (role) {
            case "anonymous" -> StaffClients.anonymous(port);
            case "owner" -> StaffClients.as(port, owner);
            default -> StaffClients.as(port, role);
        };

        GraphQlTester.Response response = request(mutation, business, client);

        if (expected.equals(OK)) {
            response.errors().verify();
            if (mutation.equals("importRegister")) {
                response.path("importRegister.applied").entity(Boolean.class).isEqualTo(true);
            } else {
                response.path(mutation + ".userErrors").entityList(Object.class).hasSize(0);
            }
        } else {
            response.errors().satisfy(errors -> assertThat(errors).singleElement()
                    .satisfies(e -> assertThat(e.getExtensions()).containsEntry("code", expected)));
        }
    }

    private GraphQlTester.Response request(String mutation, String business, HttpGraphQlTester client) {
        Function<String, GraphQlTester.Response> run = document -> client.document(document).execute();
        return switch (mutation) {
            case "registerBusiness" -> client.documentName("registerBusiness").variable("input",
                    Map.of("name", "矩阵新店" + System.nanoTime(), "trade", "RESTAURANT", "townshipCode", "OUBEI")).execute();
            case "updateBusiness" -> client.documentName("updateBusiness")
                    .variable("input", Map.of("id", business, "address", "矩阵新址")).execute();
            case "changeBusinessStatus" -> client.documentName("changeBusinessStatus")
                    .variable("input", Map.of("businessId", business, "status", "SUSPENDED", "reason", "矩阵")).execute();
            case "addPermit" -> client.documentName("addPermit").variable("input", Map.of("businessId", business,
                    "type", "FOOD_BUSINESS", "number", "M" + System.nanoTime(), "issuedOn", TODAY.toString(),
                    "expiresOn", TODAY.plusYears(1).toString())).execute();
            case "recordInspection" -> client.documentName("recordInspection").variable("input", inspection(business)).execute();
            case "publishInspection" -> client.documentName("publishInspection").variable("id", draft(business)).execute();
            case "recordEnforcementAction" -> client.documentName("recordEnforcementAction").variable("input", Map.of(
                    "businessId", business, "decisionNumber", "矩阵" + System.nanoTime(), "violationType", "矩阵",
                    "penalty", "警告", "decidingBody", "永嘉县市场监督管理局", "decidedOn", TODAY.toString(),
                    "publishedOn", TODAY.toString(), "publicationEndsOn", TODAY.plusYears(1).toString())).execute();
            case "moderateOwnerReply" -> client.documentName("moderateOwnerReply").variable("id", reply(business))
                    .variable("decision", "APPROVE").execute();
            case "appealInspection" -> client.documentName("appealInspection").variable("id", published(business))
                    .variable("reason", "矩阵申诉").execute();
            case "decideInspectionAppeal" -> client.documentName("decideInspectionAppeal").variable("id", appealed(business))
                    .variable("granted", false).variable("decision", "矩阵裁决").execute();
            case "setBusinessSupervision" -> client.documentName("setBusinessSupervision").variable("input", Map.of(
                    "businessId", business, "riskClass", "C", "supervisingOfficeCode", "AMR_OUBEI")).execute();
            case "listAbnormalOperation" -> client.documentName("listAbnormalOperation").variable("input",
                    abnormalListing(business)).execute();
            case "removeAbnormalOperation" -> client.documentName("removeAbnormalOperation").variable("input", Map.of(
                    "listingId", listed(business), "removedOn", TODAY.toString(), "reason", "矩阵移出")).execute();
            case "submitOwnerReply" -> client.documentName("submitOwnerReply").variable("businessId", business)
                    .variable("text", "矩阵回应").execute();
            case "importRegister" -> client.documentName("importRegister").variable("kind", "BUSINESSES")
                    .variable("format", "CSV").variable("sourceSystem", "M" + System.nanoTime())
                    .variable("content", "source_id,name,trade,township_code\nm1,矩阵导入店,HOTEL,OUBEI\n").execute();
            default -> run.apply("{ __typename }");
        };
    }

    private String register(String name) {
        return admin.documentName("registerBusiness")
                .variable("input", Map.of("name", name, "trade", "RESTAURANT", "townshipCode", "OUBEI"))
                .execute().path("registerBusiness.business.id").entity(String.class).get();
    }

    private static Map<String, Object> inspection(String business) {
        Map<String, Object> input = new HashMap<>();
        input.put("businessId", business);
        input.put("inspectedOn", TODAY.toString());
        input.put("kind", "ROUTINE_PATROL");
        input.put("hygieneScore", 30);
        input.put("facilitiesScore", 20);
        input.put("managementScore", 20);
        input.put("ownerDuties", Map.of("purchaseAcceptance", true, "ledger", true, "certificatesAndInvoices", true,
                "qualityCommitment", true));
        input.put("outcome", "COMPLIANT");
        return input;
    }

    private static Map<String, Object> abnormalListing(String business) {
        return Map.of("businessId", business, "reason", "矩阵", "listedOn", TODAY.toString(),
                "decidingBody", "永嘉县市场监督管理局", "decisionNumber", "矩阵" + System.nanoTime());
    }

    private String listed(String business) {
        return admin.documentName("listAbnormalOperation").variable("input", abnormalListing(business)).execute()
                .path("listAbnormalOperation.listing.id").entity(String.class).get();
    }

    private String draft(String business) {
        return admin.documentName("recordInspection").variable("input", inspection(business)).execute()
                .path("recordInspection.inspection.id").entity(String.class).get();
    }

    private String published(String business) {
        String id = draft(business);
        admin.documentName("publishInspection").variable("id", id).execute()
                .path("publishInspection.inspection.publicationStatus").entity(String.class).isEqualTo("PUBLISHED");
        return id;
    }

    private String appealed(String business) {
        String id = published(business);
        admin.documentName("appealInspection").variable("id", id).variable("reason", "矩阵").execute()
                .path("appealInspection.inspection.publicationStatus").entity(String.class).isEqualTo("UNDER_APPEAL");
        return id;
    }

    private String reply(String business) {
        long key = GlobalId.keyOf(business, "Business", "id");
        return StaffClients.as(port, "owner" + key).documentName("submitOwnerReply").variable("businessId", business)
                .variable("text", "矩阵").execute().path("submitOwnerReply.reply.id").entity(String.class).get();
    }
}
