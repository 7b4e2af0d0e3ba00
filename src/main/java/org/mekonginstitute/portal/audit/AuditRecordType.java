package org.mekonginstitute.portal.audit;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.mekonginstitute.portal.shared.Labelled;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of record the audit trail covers: their table, where their page is, and how people call them (from the
 * bundles, under {@code AuditRecordType.VALUE}).
 */
@Accessors(fluent = true)
@RequiredArgsConstructor
public enum AuditRecordType implements Labelled {
    ORGANISATION("organisation", "/organisations/"),
    CONTACT_PERSON("contact_person", null),
    DEPARTMENT("department", null),
    PROJECT("project", "/projects/"),
    FUNDING("funding", null),
    PARTNERSHIP("partnership", null),
    COMPONENT("project_component", null),
    ACTIVITY("activity", "/activities/"),
    ACTIVITY_STAFF("activity_staff", null),
    PARTICIPANT("participant", "/participants/"),
    ENROLMENT("enrolment", null),
    ACTION_PLAN("action_plan", "/action-plans/"),
    ACTION_PLAN_MEMBER("action_plan_member", null),
    ACTION_PLAN_UPDATE("action_plan_update", null),
    INDICATOR("indicator", null),
    INDICATOR_VALUE("indicator_value", null),
    USER("user_account", "/admin/users/"),
    // Documents and money
    DOCUMENT("document", "/documents/"),
    DOCUMENT_FILE("document_file", null),
    PROJECT_BUDGET("project_budget", null),
    BUDGET_LINE("budget_line", null),
    ACTIVITY_BUDGET("activity_budget", null),
    ACTIVITY_BUDGET_LINE("activity_budget_line", null),
    EXPENDITURE("expenditure", null),
    EXCHANGE_RATE("exchange_rate", null),
    // Evaluation and certificates
    QUESTIONNAIRE("questionnaire", null),
    QUESTIONNAIRE_ITEM("questionnaire_item", null),
    CERTIFICATE_RULE("certificate_rule", null),
    CERTIFICATE("certificate", null);

    @Getter
    private final String table;

    private final String page;

    /** The record's own page, when it has one. */
    public String pageOf(long id) {
        return page == null ? null : page + id;
    }

    public static Optional<AuditRecordType> ofTable(String table) {
        return Arrays.stream(values()).filter(t -> t.table.equals(table)).findFirst();
    }

    /** Types whose history has its own page (/history/{slug}/{id}). */
    public static Optional<AuditRecordType> ofSlug(String slug) {
        return Arrays.stream(values())
                .filter(t -> t.page != null)
                .filter(t -> t.slug().equals(slug))
                .findFirst();
    }

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }
}
