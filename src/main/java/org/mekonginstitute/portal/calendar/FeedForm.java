package org.mekonginstitute.portal.calendar;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.activity.ActivityType;
import org.mekonginstitute.portal.shared.Text;

import java.io.Serializable;

/** A new personal feed: a name to tell it apart (suggested in the reader's language), and optionally filters. */
@Getter
@Setter
class FeedForm implements Serializable {

    @NotBlank(message = "{calendar.feeds.name.required}")
    @Size(max = 120)
    private String name = Text.of("calendar.feeds.defaultName");

    /** A project's code (project/picker). */
    private String project;

    private Long department;
    private ActivityType type;
    private String country;

    /** What was typed, as the feed asked for. */
    NewFeed toNewFeed() {
        return new NewFeed(name, project, department, type, country);
    }
}
