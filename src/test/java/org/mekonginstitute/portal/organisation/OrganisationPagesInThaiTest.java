package org.mekonginstitute.portal.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.support.PortalTest;
import org.mekonginstitute.portal.support.TestData;
import org.mekonginstitute.portal.support.TestUsers;
import org.mekonginstitute.portal.support.ThaiPages;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

/** Whoever reads the donor and partner register in Thai sees it in Thai, with Buddhist Era years. */
@PortalTest
class OrganisationPagesInThaiTest {

    @Autowired
    ThaiPages inThai;

    @Autowired
    TestUsers users;

    @Autowired
    TestData data;

    @Test
    void theRegisterAndAnOrganisationsPageSpeakThai() throws Exception {
        Organisation donor = data.donor();
        Project project =
                data.project("MI-TH-" + TestData.unique(), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        data.fund(project, donor, "5000", "USD");

        assertThat(inThai.page("/organisations?q=" + donor.getName().replace(" ", "%20"), users.admin()))
                .contains("<h1>ผู้ให้ทุนและภาคี</h1>", "ลงทะเบียนหน่วยงาน", "หน่วยงานผู้ให้ทุน");
        assertThat(inThai.page("/organisations/" + donor.getId(), users.admin()))
                .contains("โครงการที่ให้ทุนสนับสนุน", "เพิ่มผู้ติดต่อ", "2569");
        assertThat(inThai.page("/organisations/new", users.admin()))
                .contains("ลงทะเบียนหน่วยงาน", "องค์การระหว่างรัฐบาล");
        assertThat(inThai.page("/organisations/" + donor.getId() + "/delete", users.admin()))
                .contains("จึงไม่สามารถลบได้");
    }
}
