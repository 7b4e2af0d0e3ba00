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

    @NotNull(message = "Give the share of days, from 0 to 100.")
    @Min(value = 0, message = "From 0 to 100.")
    @Max(value = 100, message = "From 0 to 100.")
    private Integer minAttendance;

    @DecimalMin(value = "0", message = "From 0 to 100.")
    @DecimalMax(value = "100", message = "From 0 to 100.")
    @Digits(integer = 3, fraction = 2, message = "A score such as 70 or 72.5.")
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
