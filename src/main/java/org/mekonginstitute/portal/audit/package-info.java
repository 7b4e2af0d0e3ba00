/** Who changed what and when: every record people edit carries its version and editors, and the database keeps a field-by-field trail. */
@ApplicationModule(
        displayName = "Audit trail",
        allowedDependencies = {"system"})
package org.mekonginstitute.portal.audit;

import org.springframework.modulith.ApplicationModule;
