package org.mekonginstitute.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@PortalTest
class FoundationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Test
    void theSchemaComesFromFlywayMigrationsOnPostgresql() {
        Integer failed =
                jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class);
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where version = '1' and success", Integer.class);
        assertThat(failed).isZero();
        assertThat(applied).isEqualTo(1);
        assertThat(jdbc.queryForObject("show server_version", String.class)).startsWith("17.");
    }

    @Test
    void theDatabaseStoresTheScriptsOfTheRegion() {
        assertThat(jdbc.queryForObject("show server_encoding", String.class)).isEqualTo("UTF8");
        String names = "ສົມພອນ ສີຫາລາດ · សុខ ចាន់ · မောင်မောင် · 王芳 · Nguyễn Thị Hằng · สมชาย";
        assertThat(jdbc.queryForObject("select ?::text", String.class, names)).isEqualTo(names);
    }

    @Test
    void healthIsNotAnsweredOnThePublicPortButOnTheManagementOne() throws Exception {
        // system/ProbesAndMetricsTest reads it there.
        mvc.perform(get("/actuator/health")).andExpect(status().isNotFound());
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() throws Exception {
        mvc.perform(
                        get("/actuator/env")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("admin")
                                        .roles("ADMIN")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/actuator/beans")).andExpect(status().is3xxRedirection());
    }

    @Test
    void staticAssetsAndWebjarsAreServedWithoutLogin() throws Exception {
        mvc.perform(get("/assets/css/portal.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/bootstrap/dist/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
    }
}
