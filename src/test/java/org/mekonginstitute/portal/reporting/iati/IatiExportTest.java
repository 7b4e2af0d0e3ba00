package org.mekonginstitute.portal.reporting.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.organisation.OrganisationType;
import org.mekonginstitute.portal.project.PartnershipRole;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The IATI export: every file valid against the official 2.03 schema, with the codes the export promises. */
@PortalTest
class IatiExportTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDemoProjectIsExportedAsValidIati() throws Exception {
        long ais = jdbc.queryForObject("select id from project where code = 'MI-AIS-2024'", Long.class);
        Document xml = export("/projects/" + ais + "/iati.xml", "iati-MI-AIS-2024.xml");

        assertThat(text(xml, "//iati-activity/iati-identifier")).containsExactly("XI-IATI-MI-MI-AIS-2024");
        assertThat(text(xml, "//reporting-org/@ref")).containsExactly("XI-IATI-MI");
        assertThat(text(xml, "//activity-status/@code")).containsExactly("2");
        assertThat(text(xml, "//sector[@vocabulary='1']/@code")).containsExactly("15110");
        assertThat(text(xml, "//participating-org[@role='1']/narrative"))
                .containsExactly("Ministry of Foreign Affairs of Thailand");
        assertThat(text(xml, "//participating-org[@role='4']/narrative")).contains("Mekong Institute");
        assertThat(text(xml, "//participating-org[@role='2']/narrative"))
                .containsExactly("Ministry of Foreign Affairs of Thailand");
        assertThat(text(xml, "//recipient-country/@code")).containsExactly("KH", "LA", "MM", "TH", "VN");
        assertThat(sum(text(xml, "//recipient-country/@percentage"))).isEqualByComparingTo("100");
        assertThat(text(xml, "//activity-date/@type")).contains("1", "2", "3").doesNotContain("4");
        assertThat(text(xml, "//iati-activity/@default-currency")).containsExactly("THB");
        assertThat(text(xml, "//transaction[transaction-type/@code='11']/value"))
                .containsExactly("9000000");
    }

    @Test
    void aProjectWithSeveralDonorsAndCurrenciesIsExportedAsValidIati() throws Exception {
        Project project =
                data.project("P-IATI-" + TestData.unique(), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31));
        jdbc.update(
                "update project set countries = '{TH,LA,KH}', goal = 'Better <policies> & practice' where id = ?",
                project.getId());
        Organisation first = data.organisation("Donor Ümlaut & Co " + TestData.unique(), OrganisationType.DONOR_AGENCY);
        Organisation second = data.organisation("Foundation " + TestData.unique(), OrganisationType.FOUNDATION);
        Organisation counterpart =
                data.organisation("Ministry " + TestData.unique(), OrganisationType.GOVERNMENT_AGENCY);
        Organisation network = data.organisation("Network " + TestData.unique(), OrganisationType.NETWORK);
        data.fund(project, first, "100000", "USD");
        data.fund(project, first, "50000.50", "EUR");
        data.fund(project, second, "3000000", "THB");
        data.partner(project, counterpart, PartnershipRole.GOVERNMENT_COUNTERPART);
        data.partner(project, network, PartnershipRole.CO_ORGANISER);

        Document xml = export("/projects/" + project.getId() + "/iati.xml", "iati-" + project.getCode() + ".xml");

        assertThat(text(xml, "//iati-activity/@default-currency")).isEmpty();
        assertThat(text(xml, "//budget/value/@currency")).containsExactly("USD", "EUR", "THB");
        assertThat(text(xml, "//transaction/value")).containsExactly("100000", "50000.5", "3000000");
        assertThat(text(xml, "//transaction/transaction-type/@code"))
                .containsOnly("11")
                .hasSize(3);
        assertThat(text(xml, "//transaction/provider-org/narrative"))
                .containsExactly(first.getName(), first.getName(), second.getName());
        assertThat(text(xml, "//participating-org[@role='1']/narrative"))
                .containsExactly(first.getName(), second.getName());
        assertThat(text(xml, "//participating-org[@role='1']/@type")).containsExactly("10", "60");
        assertThat(text(xml, "//participating-org[@role='2']/narrative")).containsExactly(counterpart.getName());
        assertThat(text(xml, "//participating-org[@role='4']/narrative"))
                .containsExactly("Mekong Institute", network.getName());
        assertThat(text(xml, "//recipient-country/@percentage")).containsExactly("33.34", "33.33", "33.33");
        assertThat(text(xml, "//description[@type='2']/narrative")).containsExactly("Better <policies> & practice");
        assertThat(text(xml, "//sector/@code")).containsExactly("43081");
    }

    @Test
    void aProjectWithABudgetIsExportedWithBudgetsByYearAndItsExpenditureAsValidIati() throws Exception {
        long ais = jdbc.queryForObject("select id from project where code = 'MI-AIS-2024'", Long.class);
        Document xml = export("/projects/" + ais + "/iati.xml", "iati-MI-AIS-2024.xml");

        // The demo budget: one per calendar year, cut to the project's dates (2 Feb 2024 – 1 Feb 2027).
        assertThat(text(xml, "//budget/period-start/@iso-date"))
                .containsExactly("2024-02-02", "2025-01-01", "2026-01-01", "2027-01-01");
        assertThat(text(xml, "//budget/period-end/@iso-date"))
                .containsExactly("2024-12-31", "2025-12-31", "2026-12-31", "2027-02-01");
        assertThat(text(xml, "//budget/value/@currency")).containsOnly("THB");
        assertThat(sum(text(xml, "//budget/value")))
                .isEqualByComparingTo(jdbc.queryForObject(
                        "select sum(amount) from budget_line where project_id = ?", BigDecimal.class, ais));
        List<String> spent = text(xml, "//transaction[transaction-type/@code='4']/value");
        assertThat(spent).hasSize(8).contains("2450", "5800.5", "96000");
        assertThat(text(xml, "//transaction[transaction-type/@code='4']/value/@currency"))
                .containsOnly("USD", "THB");
        assertThat(text(xml, "//transaction[transaction-type/@code='4']/description/narrative"))
                .contains("Travel: Regional consultation on the ACMECS project pipeline");
        assertThat(new String(
                        mvc.perform(get("/projects/" + ais + "/iati.xml").with(users.manager()))
                                .andReturn()
                                .getResponse()
                                .getContentAsByteArray(),
                        java.nio.charset.StandardCharsets.UTF_8))
                .as("payees are not published")
                .doesNotContain("Amari Watergate");
    }

    @Test
    void allOngoingProjectsAreExportedInOneValidFileForManagers() throws Exception {
        Project ongoing = data.project();
        Document xml = export("/reports/iati.xml", null);
        List<String> identifiers = text(xml, "//iati-activity/iati-identifier");
        assertThat(identifiers)
                .contains("XI-IATI-MI-MI-AIS-2024", "XI-IATI-MI-" + ongoing.getCode())
                .doesNotContain("XI-IATI-MI-MI-ACMECS-2023");
        assertThat(text(xml, "//activity-status/@code")).containsOnly("2");
        assertThat(identifiers)
                .hasSize(jdbc.queryForObject("select count(*) from project where status = 'ONGOING'", Integer.class));
    }

    @Test
    void staffCannotExportEveryProjectAndAnUnknownProjectIsNotFound() throws Exception {
        mvc.perform(get("/reports/iati.xml").with(users.staff())).andExpect(status().isForbidden());
        mvc.perform(get("/projects/987654321/iati.xml").with(users.staff())).andExpect(status().isNotFound());
    }

    @Test
    void theSchemaCheckRefusesAFileThatBreaksIt() {
        String broken = "<iati-activities version=\"2.03\"><iati-activity><title/></iati-activity></iati-activities>";
        assertThatThrownBy(() ->
                        schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(broken.getBytes()))))
                .isInstanceOf(SAXException.class);
    }

    @Test
    void recipientCountrySharesAlwaysAddUpToAHundred() {
        for (int n = 1; n <= 12; n++) {
            assertThat(sum(IatiExport.shares(n).stream()
                            .map(BigDecimal::toPlainString)
                            .toList()))
                    .isEqualByComparingTo("100");
        }
    }

    private Document export(String url, String fileName) throws Exception {
        MvcResult result = mvc.perform(get(url).with(users.manager()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/xml")))
                .andExpect(header().string(
                                "Content-Disposition",
                                containsString(fileName == null ? "iati-ongoing-projects-" : fileName)))
                .andReturn();
        byte[] body = result.getResponse().getContentAsByteArray();
        schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(body)));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    static Schema schema() throws SAXException {
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(IatiExportTest.class.getResource("/iati/iati-activities-schema.xsd"));
    }

    private static List<String> text(Document xml, String path) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(path, xml, XPathConstants.NODESET);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            values.add(nodes.item(i).getTextContent());
        }
        return values;
    }

    private static BigDecimal sum(List<String> values) {
        return values.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
