package org.mekonginstitute.portal.participant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.springframework.beans.BeanUtils;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An action plan as typed: one participant, or several for a country team. */
@Getter
@Setter
public class ActionPlanForm implements Serializable {

    @NotBlank(message = "{participant.plan.title.required}")
    @Size(max = 300)
    private String title;

    private String country;

    @Size(max = 10000)
    private String description;

    private LocalDate targetDate;

    @NotNull(message = "{participant.form.status.required}")
    private ActionPlanStatus status = ActionPlanStatus.NOT_STARTED;

    @NotEmpty(message = "{participant.plan.members.required}")
    private List<Long> participantIds = new ArrayList<>();

    private long version;

    public void setParticipantIds(List<Long> ids) {
        this.participantIds = ids == null
                ? new ArrayList<>()
                : new ArrayList<>(
                        ids.stream().filter(Objects::nonNull).distinct().toList());
    }

    /** What the form says, for the service. */
    public ActionPlanDetails toDetails() {
        return new ActionPlanDetails(title, country, description, targetDate, status, new ArrayList<>(participantIds));
    }

    public static ActionPlanForm of(ActionPlan plan) {
        ActionPlanForm form = new ActionPlanForm();
        BeanUtils.copyProperties(plan, form);
        form.participantIds = new ArrayList<>(
                plan.getMembers().stream().map(Participant::getId).toList());
        return form;
    }
}
