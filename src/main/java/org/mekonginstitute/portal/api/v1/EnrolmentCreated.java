package org.mekonginstitute.portal.api.v1;

import java.util.List;

/**
 * The new enrolment, with what is worth a second look (the person is in another activity on overlapping dates, more
 * people are enrolled than the target): flagged, not refused, as on the pages.
 */
public record EnrolmentCreated(EnrolmentJson enrolment, List<String> warnings) {}
