package org.mekonginstitute.portal.document;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.mekonginstitute.portal.shared.Labelled;
import org.mekonginstitute.portal.user.Role;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The kinds of record that hold documents: the column of the document table that points to them, where their
 * pages are, and who may add documents to them (those who may change the record: staff for projects, activities
 * and action plans, administrators for the register of organisations).
 */
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum RecordType implements Labelled {
    PROJECT("project_id", "/projects/", Role.STAFF),
    ACTIVITY("activity_id", "/activities/", Role.STAFF),
    ACTION_PLAN("action_plan_id", "/action-plans/", Role.STAFF),
    ORGANISATION("organisation_id", "/organisations/", Role.ADMIN);

    /** The document table's column that points to this kind of record (never from user input). */
    @Getter
    private final String column;

    private final String path;

    private final Role uploader;

    /** The kind whose pages are under {@code /<segment>/} ("projects", "action-plans" ...), or null. */
    public static RecordType ofPath(String segment) {
        for (RecordType type : values()) {
            if (type.path.equals("/" + segment + "/")) {
                return type;
            }
        }
        return null;
    }

    /** The kind of record a row of the document table belongs to: the one whose column is set. */
    public static RecordType ofDocument(ResultSet row) throws SQLException {
        for (RecordType type : values()) {
            if (row.getObject(type.column) != null) {
                return type;
            }
        }
        return ORGANISATION;
    }

    /** The record's own page. */
    public String pageOf(long id) {
        return path + id;
    }

    /** The record's documents page. */
    public String documentsOf(long id) {
        return path + id + "/documents";
    }

    /** Who may add documents and new versions. */
    public boolean mayUpload(Role role) {
        return role.includes(uploader);
    }

    /** Who may delete a document: managers, and for organisations administrators only. */
    public boolean mayDelete(Role role) {
        return role.includes(uploader == Role.ADMIN ? Role.ADMIN : Role.MANAGER);
    }
}
