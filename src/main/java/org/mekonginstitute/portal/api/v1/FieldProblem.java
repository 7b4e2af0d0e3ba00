package org.mekonginstitute.portal.api.v1;

/**
 * One problem with a request, beside the field it belongs to, as the pages show it beside the field.
 *
 * @param field the field (or query parameter) in the request; null for a problem of the request as a whole
 */
public record FieldProblem(String field, String message) {}
