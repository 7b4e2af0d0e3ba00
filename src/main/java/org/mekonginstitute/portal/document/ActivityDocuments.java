package org.mekonginstitute.portal.document;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.ActivityDependents;
import org.mekonginstitute.portal.document.storage.DocumentRecords;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.stereotype.Component;

/** Tells the activity feature about an activity's documents, which keep it from deletion (they are its record). */
@Component
@RequiredArgsConstructor
class ActivityDocuments implements ActivityDependents {

    private final DocumentRecords records;

    @Override
    public String describe(long activityId) {
        long count = records.count(RecordType.ACTIVITY, activityId);
        return count == 0 ? null : Text.of("document.activity.held", String.valueOf(count));
    }
}
