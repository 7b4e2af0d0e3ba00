package org.mekonginstitute.portal.finance.web;

import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.finance.ActivityFinance;
import org.mekonginstitute.portal.finance.ActivityMoneyService;
import org.mekonginstitute.portal.finance.BudgetCategory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** An activity's planned budget: the component it counts towards and an amount per category, blank for none. */
@Getter
@Setter
public class PlanForm implements Serializable {

    private Long componentId;

    private Map<String, BigDecimal> amounts = new LinkedHashMap<>();

    private long version = -1;

    static PlanForm of(ActivityFinance finance) {
        PlanForm form = new PlanForm();
        form.componentId = finance.componentId();
        form.version = finance.planVersion();
        for (BudgetCategory category : BudgetCategory.values()) {
            BigDecimal planned = finance.planned().get(category);
            form.amounts.put(category.name(), planned == null ? null : planned.stripTrailingZeros());
        }
        return form;
    }

    ActivityMoneyService.Plan toPlan() {
        Map<BudgetCategory, BigDecimal> planned = new EnumMap<>(BudgetCategory.class);
        for (BudgetCategory category : BudgetCategory.values()) {
            BigDecimal amount = amounts.get(category.name());
            if (amount != null) {
                planned.put(category, amount);
            }
        }
        return new ActivityMoneyService.Plan(componentId, planned, version);
    }
}
