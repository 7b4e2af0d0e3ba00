package org.mekonginstitute.portal.activity;

import java.util.List;

/** The save was held back so the user can read these warnings and confirm. */
public class ActivityWarnings extends RuntimeException {

    private final List<String> warnings;

    ActivityWarnings(List<String> warnings) {
        super(String.join(" ", warnings));
        this.warnings = List.copyOf(warnings);
    }

    public List<String> warnings() {
        return warnings;
    }
}
