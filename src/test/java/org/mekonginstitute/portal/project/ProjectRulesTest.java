package org.mekonginstitute.portal.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.shared.InUseException;

import java.time.LocalDate;

/** What a project itself guards: its partners, its components' numbers, and how it ends. No application starts. */
class ProjectRulesTest {

    private final Project project = new Project(
            ProjectOverview.builder()
                    .code("MI-AIS-2024")
                    .title("Back-Office Support to the Interim ACMECS Secretariat")
                    .status(ProjectStatus.ONGOING)
                    .startDate(LocalDate.of(2024, 2, 2))
                    .endDate(LocalDate.of(2027, 2, 1))
                    .build(),
            null,
            null);

    @Test
    void anOrganisationIsAPartnerOnceInEachRole() {
        Organisation ministry = organisation(7L, "Ministry of Foreign Affairs of Thailand (MFA)");
        Partnership host = project.addPartner(ministry, PartnershipRole.HOST);
        assertThat(host.getOrganisation()).isSameAs(ministry);
        assertThat(host.getProject()).isSameAs(project);
        assertThatThrownBy(() -> project.addPartner(organisation(7L, "MFA again"), PartnershipRole.HOST))
                .isInstanceOf(DuplicatePartException.class)
                .hasMessage("MFA again is already a host of this project.");
        assertThatCode(() -> project.addPartner(ministry, PartnershipRole.GOVERNMENT_COUNTERPART))
                .doesNotThrowAnyException();
        assertThatCode(() -> project.addPartner(organisation(8L, "DFAT"), PartnershipRole.HOST))
                .doesNotThrowAnyException();
    }

    @Test
    void componentNumbersAreUniqueWithinTheProject() {
        project.addComponent(new ComponentOutline(1, "Policy, planning and coordination support", null, 0));
        ProjectComponent second = project.addComponent(new ComponentOutline(2, "Communication", " Report ", 0));
        assertThat(second.getObjective()).isEqualTo("Report");
        assertThatThrownBy(() -> project.addComponent(new ComponentOutline(1, "Another first", null, 0)))
                .isInstanceOf(DuplicatePartException.class)
                .hasMessage("Component 1 already exists in this project.");
        assertThatThrownBy(() -> project.changeComponent(second, new ComponentOutline(1, "Renumbered", null, 0)))
                .hasMessage("Component 1 already exists in this project.");
        assertThat(second.getTitle()).isEqualTo("Communication");
        project.changeComponent(second, new ComponentOutline(2, "Communication and reporting", null, 0));
        assertThat(second.getTitle()).isEqualTo("Communication and reporting");
        project.changeComponent(second, new ComponentOutline(3, "Communication and reporting", null, 0));
        assertThat(second.getNumber()).isEqualTo(3);
    }

    @Test
    void aProjectWithActivitiesIsCancelledNotDeleted() {
        assertThatCode(() -> project.checkDeletable(0)).doesNotThrowAnyException();
        assertThatThrownBy(() -> project.checkDeletable(1))
                .isInstanceOf(InUseException.class)
                .hasMessage("MI-AIS-2024 has 1 activity and cannot be deleted."
                        + " Cancel the project instead: its history is kept.");
        assertThatThrownBy(() -> project.checkDeletable(3)).hasMessageStartingWith("MI-AIS-2024 has 3 activities");
        project.cancel();
        assertThat(project.getStatus()).isEqualTo(ProjectStatus.CANCELLED);
    }

    private static Organisation organisation(long id, String displayName) {
        Organisation organisation = mock(Organisation.class);
        when(organisation.getId()).thenReturn(id);
        when(organisation.displayName()).thenReturn(displayName);
        return organisation;
    }
}
