package org.mekonginstitute.portal.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.department.Departments;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;

@PortalTest
class ProjectFormsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    ProjectService projects;

    @Autowired
    Departments departments;

    @Autowired
    JdbcTemplate jdbc;

    private MockHttpServletRequestBuilder newProject(String code, String... overrides) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        values.put("code", code);
        values.put("title", "Regional training on trade facilitation");
        values.put("departmentId", String.valueOf(departments.all().get(0).getId()));
        values.put("status", "PIPELINE");
        values.put("startDate", "2025-01-01");
        values.put("endDate", "2025-12-31");
        for (int i = 0; i < overrides.length; i += 2) {
            values.put(overrides[i], overrides[i + 1]);
        }
        MockHttpServletRequestBuilder request =
                post("/projects").with(users.staff()).with(csrf()).param("countries", "KH", "VN");
        values.forEach(request::param);
        return request;
    }

    @Test
    void staffCreateAProject() throws Exception {
        String code = "MI-TIF-" + TestData.unique();
        mvc.perform(newProject(code.toLowerCase())).andExpect(redirectedUrlPattern("/projects/*"));
        Project saved = projects.listPage(filter(code)).page().getContent().stream()
                .findFirst()
                .map(row -> projects.get(row.id()))
                .orElseThrow();
        assertThat(saved.getCode()).isEqualTo(code);
        assertThat(saved.getCountries()).containsExactly("KH", "VN");
        assertThat(saved.getCreatedBy()).isEqualTo(TestUsers.STAFF);
    }

    @Test
    void aCodeMustMatchThePatternAndBeUnique() throws Exception {
        mvc.perform(newProject("MI ACMECS!"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "Pattern"))
                .andExpect(content().string(containsString("value=\"MI ACMECS!\"")))
                .andExpect(content().string(containsString("value=\"Regional training on trade facilitation\"")));
        mvc.perform(newProject("AB")).andExpect(model().attributeHasFieldErrors("form", "code"));
        Project existing = data.project();
        mvc.perform(newProject(existing.getCode()))
                .andExpect(model().attributeHasFieldErrors("form", "code"))
                .andExpect(content().string(containsString("already used by")));
    }

    @Test
    void aFieldSaysItsLimitWrittenInEnglishWhateverTheBrowsersLanguage() throws Exception {
        mvc.perform(newProject("MI-" + TestData.unique(), "title", "t".repeat(501), "goal", "g".repeat(5001))
                        .locale(Locale.forLanguageTag("vi-VN")))
                .andExpect(model().attributeHasFieldErrorCode("form", "goal", "Size"))
                .andExpect(content().string(containsString("At most 500 characters.")))
                .andExpect(content().string(containsString("At most 5,000 characters.")));
    }

    @Test
    void theEndDateCannotBeBeforeTheStartDate() throws Exception {
        mvc.perform(newProject("MI-" + TestData.unique(), "endDate", "2024-06-30"))
                .andExpect(model().attributeHasFieldErrorCode("form", "endDate", "beforeStart"))
                .andExpect(content().string(containsString("The end date cannot be before the start date.")));
        mvc.perform(newProject("MI-" + TestData.unique(), "startDate", "31/12/2024"))
                .andExpect(model().attributeHasFieldErrorCode("form", "startDate", "typeMismatch"))
                .andExpect(content().string(containsString("Enter a date as YYYY-MM-DD")));
    }

    @Test
    void theDatabaseRefusesALowerCaseCodeAndAnEndBeforeTheStart() {
        long department = departments.all().get(0).getId();
        assertThatThrownBy(() -> jdbc.update(
                        "insert into project (code, title, department_id, status, start_date, end_date)"
                                + " values ('lower-case', 't', ?, 'ONGOING', '2024-01-01', '2024-02-01')",
                        department))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.update(
                        "insert into project (code, title, department_id, status, start_date, end_date)"
                                + " values ('MI-BACKWARDS', 't', ?, 'ONGOING', '2024-03-01', '2024-02-01')",
                        department))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anAmountMustBePositiveWithAtMostTheCurrencysDecimals() throws Exception {
        Project project = data.project();
        Organisation donor = data.donor();
        String url = "/projects/" + project.getId() + "/funding";
        mvc.perform(post(url)
                        .with(users.staff())
                        .with(csrf())
                        .param("donorId", donor.getId().toString())
                        .param("amount", "0")
                        .param("currency", "USD"))
                .andExpect(model().attributeHasFieldErrors("fundingForm", "amount"))
                .andExpect(content().string(containsString("more than zero")));
        mvc.perform(post(url)
                        .with(users.staff())
                        .with(csrf())
                        .param("donorId", donor.getId().toString())
                        .param("amount", "1500.5")
                        .param("currency", "JPY"))
                .andExpect(model().attributeHasFieldErrors("fundingForm", "amount"))
                .andExpect(content().string(containsString("JPY amounts have no decimal places.")))
                .andExpect(content().string(containsString("value=\"1500.5\"")));
        mvc.perform(post(url)
                        .with(users.staff())
                        .with(csrf())
                        .param("donorId", donor.getId().toString())
                        .param("amount", "10.123")
                        .param("currency", "USD"))
                .andExpect(content().string(containsString("USD amounts have at most 2 decimal places.")));
        mvc.perform(post(url)
                        .with(users.staff())
                        .with(csrf())
                        .param("donorId", donor.getId().toString())
                        .param("amount", "lots")
                        .param("currency", "XYZ"))
                .andExpect(model().attributeHasFieldErrors("fundingForm", "amount"));
        mvc.perform(post(url)
                        .with(users.staff())
                        .with(csrf())
                        .param("donorId", donor.getId().toString())
                        .param("amount", "100")
                        .param("currency", "XYZ"))
                .andExpect(model().attributeHasFieldErrors("fundingForm", "currency"));
        assertThat(projects.details(project.getId()).funding()).isEmpty();

        mvc.perform(post(url)
                        .with(users.staff())
                        .with(csrf())
                        .param("donorId", donor.getId().toString())
                        .param("amount", "1,250,000.25")
                        .param("currency", "USD"))
                .andExpect(redirectedUrlPattern("/projects/*"));
        assertThat(projects.details(project.getId()).funding())
                .singleElement()
                .extracting(Funding::getAmount)
                .satisfies(a -> assertThat(a).isEqualByComparingTo("1250000.25"));
    }

    @Test
    void totalsAreKeptPerCurrencyWithExactDecimals() {
        Project project = data.project();
        Organisation donor = data.donor();
        data.fund(project, donor, "0.10", "USD");
        data.fund(project, donor, "0.20", "USD");
        data.fund(project, donor, "1000", "THB");
        ProjectDetails details = projects.details(project.getId());
        assertThat(details.fundingTotals()).containsOnlyKeys("THB", "USD");
        assertThat(details.fundingTotals().get("USD")).isEqualTo(new BigDecimal("0.3000"));
    }

    @Test
    void aPartnerIsAddedOnceForTheSameRole() throws Exception {
        Project project = data.project();
        Organisation partner = data.donor();
        String url = "/projects/" + project.getId() + "/partners";
        mvc.perform(post(url)
                        .with(users.staff())
                        .with(csrf())
                        .param("organisationId", partner.getId().toString())
                        .param("role", "HOST"))
                .andExpect(redirectedUrlPattern("/projects/*"));
        mvc.perform(post(url)
                        .with(users.staff())
                        .with(csrf())
                        .param("organisationId", partner.getId().toString())
                        .param("role", "HOST"))
                .andExpect(model().attributeHasFieldErrors("partnershipForm", "organisationId"))
                .andExpect(content().string(containsString("is already a host of this project")));
    }

    @Test
    void componentNumbersAreUniqueWithinAProject() throws Exception {
        Project project = data.project();
        String url = "/projects/" + project.getId() + "/components";
        mvc.perform(post(url)
                        .with(users.staff())
                        .with(csrf())
                        .param("number", "1")
                        .param("title", "Learning visits"))
                .andExpect(redirectedUrlPattern("/projects/*"));
        mvc.perform(post(url)
                        .with(users.staff())
                        .with(csrf())
                        .param("number", "1")
                        .param("title", "Training"))
                .andExpect(model().attributeHasFieldErrors("componentForm", "number"));
        mvc.perform(get("/projects/" + project.getId()).with(users.staff()))
                .andExpect(content().string(containsString("Component 1: Learning visits")));
    }

    @Test
    void deletingAProjectNeedsAManager() throws Exception {
        Project project = data.project();
        mvc.perform(post("/projects/" + project.getId() + "/delete")
                        .with(users.staff())
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/projects/" + project.getId() + "/delete").with(users.manager()))
                .andExpect(content().string(containsString("Delete for good")));
        mvc.perform(post("/projects/" + project.getId() + "/delete")
                        .with(users.manager())
                        .with(csrf()))
                .andExpect(redirectedUrl("/projects"));
        mvc.perform(get("/projects/" + project.getId()).with(users.staff()).accept("text/html"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theListFiltersByDonorCountryYearAndStatus() throws Exception {
        String tag = TestData.unique();
        Project early = data.project("OLD-" + tag, LocalDate.of(2008, 5, 1), LocalDate.of(2008, 12, 31));
        Project late = data.project("NEW-" + tag, LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31));
        Organisation donor = data.donor();
        data.fund(late, donor, "100", "USD");
        mvc.perform(get("/projects").param("q", tag).param("year", "2008").with(users.staff()))
                .andExpect(content().string(containsString(early.getCode())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(late.getCode()))));
        mvc.perform(get("/projects")
                        .param("q", tag)
                        .param("donor", donor.getId().toString())
                        .with(users.staff()))
                .andExpect(content().string(containsString(late.getCode())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(early.getCode()))));
        mvc.perform(get("/projects").param("q", tag).param("country", "MM").with(users.staff()))
                .andExpect(content().string(containsString("No projects match.")));
        mvc.perform(get("/projects")
                        .param("q", tag)
                        .param("status", "COMPLETED")
                        .with(users.staff()))
                .andExpect(content().string(containsString("No projects match.")));
    }

    private static ProjectFilter filter(String q) {
        ProjectFilter filter = new ProjectFilter();
        filter.setQ(q);
        return filter;
    }
}
