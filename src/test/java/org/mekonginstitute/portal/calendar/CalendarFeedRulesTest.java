package org.mekonginstitute.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.activity.ActivityType;

import java.time.Instant;

/** A personal feed's own rules, without the portal around it: what it keeps of the request, and revoking it. */
class CalendarFeedRulesTest {

    private static final Instant CREATED = Instant.parse("2026-11-01T03:00:00Z");

    @Test
    void aFeedKeepsItsNameWithoutSurroundingSpacesAndNoBlankCountry() {
        NewFeed asked = new NewFeed("  Outlook at the office ", "MI-AIS-2024", 3L, ActivityType.TRAINING, " ");
        CalendarFeed feed = new CalendarFeed(7, asked.name(), "hash", asked.filters(42L), CREATED);

        assertThat(feed.getName()).isEqualTo("Outlook at the office");
        assertThat(feed.getProjectId()).isEqualTo(42L);
        assertThat(feed.getDepartmentId()).isEqualTo(3L);
        assertThat(feed.getType()).isEqualTo(ActivityType.TRAINING);
        assertThat(feed.getCountry()).isNull();
    }

    @Test
    void aFeedRevokedAgainKeepsTheTimeItWasFirstRevoked() {
        CalendarFeed feed = new CalendarFeed(7, "Phone", "hash", new FeedFilters(null, null, null, "TH"), CREATED);
        assertThat(feed.isRevoked()).isFalse();

        Instant first = CREATED.plusSeconds(3600);
        feed.revoke(first);
        feed.revoke(first.plusSeconds(60));

        assertThat(feed.isRevoked()).isTrue();
        assertThat(feed.getRevokedAt()).isEqualTo(first);
    }

    @Test
    void aFeedShowsWhatTheCalendarShowsWithItsFilters() {
        CalendarFilter filter = new FeedFilters(42L, 3L, ActivityType.WORKSHOP, "VN").calendarFilter();

        assertThat(filter.getProjectId()).isEqualTo(42L);
        assertThat(filter.getProject()).isNull();
        assertThat(filter.getDepartment()).isEqualTo(3L);
        assertThat(filter.getType()).isEqualTo(ActivityType.WORKSHOP);
        assertThat(filter.getCountry()).isEqualTo("VN");
        assertThat(filter.getStatus()).isNull();
        assertThat(filter.isDrafts()).isFalse();
    }
}
