/**
 * The learning side of an activity: a test taken before and after it and an end-of-activity evaluation, answered
 * online through personal links or the room's QR code, their results, and certificates of completion that anyone
 * can verify.
 */
@ApplicationModule(
        displayName = "Evaluation and certificates",
        allowedDependencies = {"activity", "audit", "participant", "project", "reporting", "system", "user"})
package org.mekonginstitute.portal.evaluation;

import org.springframework.modulith.ApplicationModule;
