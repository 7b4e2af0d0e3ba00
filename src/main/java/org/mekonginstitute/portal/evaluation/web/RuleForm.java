package org.mekonginstitute.portal.evaluation.web;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.evaluation.certificate.CertificateRule;

import java.io.Serializable;
import java.math.BigDecimal;

/** The certificate rule as the form sends it. */
@Getter
@Setter
public class RuleForm implements Serializable {

    @NotNull(message = "{evaluation.rule.minAttendance.required}")
    @Min(value = 0, message = "{evaluation.rule.range}")
    @Max(value = 100, message = "{evaluation.rule.range}")
    private Integer minAttendance;

    @DecimalMin(value = "0", message = "{evaluation.rule.range}")
    @DecimalMax(value = "100", message = "{evaluation.rule.range}")
    @Digits(integer = 3, fraction = 2, message = "{evaluation.rule.passMark.digits}")
    private BigDecimal passMark;

    private long version;

    static RuleForm of(CertificateRule rule) {
        RuleForm form = new RuleForm();
        form.setMinAttendance(rule.getMinAttendance());
        form.setPassMark(rule.getPassMark());
        form.setVersion(rule.getVersion());
        return form;
    }
}
