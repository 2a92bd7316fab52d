package cn.gov.yongjia.shixiao.graphqlapi.api;

import cn.gov.yongjia.shixiao.graphqlapi.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A query is answered on its request's own thread, start to end: reading PostgreSQL or Elasticsearch in a controller
 * method hands nothing to another thread, so Spring MVC never starts its asynchronous processing (a second dispatch
 * per request). Straight through the application's {@code DispatcherServlet}, on the real services.
 */
@PlatformIntegrationTest
class ControllerThreadsIntegrationTest {

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;

    @BeforeEach
    void dispatcher() {
        mvc = MockMvcBuilders.webAppContextSetup(context).build();
    }

    @Test
    void aQueryReadingPostgresqlIsAnsweredWithoutAsynchronousDispatch() throws Exception {
        MvcResult result = query("{ townships { code } businesses(first: 2) { totalCount edges { node { id name } } } }");

        assertThat(result.getRequest().isAsyncStarted()).isFalse();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString())
                .contains("\"code\":\"OUBEI\"")
                .contains("\"totalCount\":")
                .doesNotContain("\"errors\"");
    }

    @Test
    void aSearchOnElasticsearchIsAnsweredWithoutAsynchronousDispatch() throws Exception {
        MvcResult result = query("{ searchBusinesses(query: \\\"面馆\\\", first: 3) { totalCount approximate } }");

        assertThat(result.getRequest().isAsyncStarted()).isFalse();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        assertThat(result.getResponse().getContentAsString())
                .contains("\"searchBusinesses\":{\"totalCount\":")
                .doesNotContain("\"errors\"");
    }

    private MvcResult query(String document) throws Exception {
        return mvc.perform(post("/graphql").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"query\":\"" + document + "\"}"))
                .andReturn();
    }
}
