/**
 * Money: a project's budget by year, component and category in its budget currency; each activity's planned budget
 * and what was spent, in any currency with its rate; monthly exchange rates; the financial summary that the project
 * page, the donor report and the IATI export show. Amounts are exact decimals, rounded only when shown.
 */
@ApplicationModule(
        displayName = "Budgets and expenditure",
        allowedDependencies = {"activity", "document", "project", "system", "user"})
package org.mekonginstitute.portal.finance;

import org.springframework.modulith.ApplicationModule;
