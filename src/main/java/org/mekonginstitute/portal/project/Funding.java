package org.mekonginstitute.portal.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.mekonginstitute.portal.organisation.Organisation;
import org.mekonginstitute.portal.shared.PlainText;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Money a donor gives a project under one agreement: an exact amount in one currency. */
@Getter
@Entity
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Funding extends ProjectPart {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Organisation donor;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(nullable = false, length = 3)
    private String currency;

    private String agreementRef;

    private LocalDate periodStart;

    private LocalDate periodEnd;

    Funding(Project project, Organisation donor, FundingTerms terms) {
        super(project);
        apply(donor, terms);
    }

    void apply(Organisation donor, FundingTerms terms) {
        this.donor = donor;
        this.amount = terms.amount();
        this.currency = terms.currency();
        this.agreementRef = PlainText.strippedOrNull(terms.agreementRef());
        this.periodStart = terms.periodStart();
        this.periodEnd = terms.periodEnd();
    }
}
