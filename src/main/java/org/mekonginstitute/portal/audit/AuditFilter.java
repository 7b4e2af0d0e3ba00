package org.mekonginstitute.portal.audit;

import lombok.Getter;
import lombok.Setter;

import java.time.LocalDate;

/** The audit list's filters, as they stand in the address bar. */
@Getter
@Setter
public class AuditFilter {

    private String actor;
    private AuditRecordType type;

    private LocalDate from;
    private LocalDate to;

    private int page = 1;
}
