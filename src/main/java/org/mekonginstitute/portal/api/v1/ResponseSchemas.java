package org.mekonginstitute.portal.api.v1;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Says in the OpenAPI document what every answer holds: each field of a response is always present (the API writes
 * nulls rather than leaving fields out), and may be null unless it is a number, truth value or list that never is.
 * In a request, a field that may be null may also be left out. Generated clients and the contract test rely on it.
 */
@Component
class ResponseSchemas implements OpenApiCustomizer {

    /** The records the API answers and reads, with the names springdoc gives their schemas. */
    private static final List<Class<?>> RECORDS = List.of(
            ActivityDetail.class,
            ActivityRequest.class,
            ActivitySummary.class,
            AttendanceRequest.class,
            CalendarEntry.class,
            CursorPage.class,
            EnrolmentCreated.class,
            EnrolmentJson.class,
            EnrolmentRequest.class,
            IndicatorJson.class,
            IndicatorJson.ReportedValue.class,
            OrganisationDetail.class,
            OrganisationDetail.Contact.class,
            OrganisationRef.class,
            OrganisationSummary.class,
            ParticipantDetail.class,
            ParticipantRequest.class,
            ParticipantSummary.class,
            ProjectDetail.class,
            ProjectDetail.Component.class,
            ProjectDetail.FundingLine.class,
            ProjectDetail.Partner.class,
            ProjectSummary.class,
            ReachJson.class,
            ReachJson.Figures.class,
            ReachJson.Row.class,
            ReachJson.TypeRow.class,
            ReachJson.Year.class,
            StaffMember.class);

    /** The answers every call may get besides its own: each an {@code application/problem+json} problem. */
    private static final Map<String, String> READ_PROBLEMS = Map.of(
            "400", "A query parameter cannot be used (errors name it)",
            "401", "No token, or one that opens nothing (unknown, expired, revoked)",
            "403", "The token's owner's role does not allow this",
            "404", "No such record",
            "429", "Too many calls with this token: Retry-After says when to try again");

    private static final Map<String, String> WRITE_PROBLEMS = Map.of(
            "403", "A read-only token, or the owner's role does not allow this",
            "409", "Refused as it stands (a probable duplicate, a record that can no longer change)",
            "412", "Changed by someone else since it was read (If-Match)",
            "422", "Fields that need correcting (errors), or warnings to confirm",
            "428", "If-Match is missing");

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
        problems(openApi);
        Map<String, Class<?>> byName = new HashMap<>();
        RECORDS.forEach(type -> byName.put(type.getSimpleName(), type));
        @SuppressWarnings("rawtypes")
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        schemas.forEach((name, schema) -> {
            Class<?> type = byName.get(name.startsWith("CursorPage") ? "CursorPage" : name);
            if (type != null && schema.getProperties() != null) {
                describe(type, schema);
            }
        });
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void describe(Class<?> type, Schema schema) {
        boolean request = type.getSimpleName().endsWith("Request");
        List<String> required = new ArrayList<>();
        Map<String, Schema> properties = schema.getProperties();
        for (RecordComponent component : fields(type)) {
            Schema property = properties.get(component.getName());
            if (property == null) {
                continue;
            }
            boolean neverNull = component.getType().isPrimitive() || List.class.isAssignableFrom(component.getType());
            if (!neverNull) {
                properties.put(component.getName(), nullable(property));
            }
            if (!request
                    || (schema.getRequired() != null && schema.getRequired().contains(component.getName()))) {
                required.add(component.getName());
            }
        }
        schema.setRequired(required.isEmpty() ? null : required);
    }

    /** The record's fields as the JSON writes them: those of an unwrapped record in its place. */
    private static List<RecordComponent> fields(Class<?> type) {
        List<RecordComponent> fields = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            if (component.getAccessor().isAnnotationPresent(JsonUnwrapped.class)) {
                fields.addAll(fields(component.getType()));
            } else {
                fields.add(component);
            }
        }
        return fields;
    }

    /** The problem schema, and the problems each operation may answer. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void problems(io.swagger.v3.oas.models.OpenAPI openApi) {
        Schema problem = new io.swagger.v3.oas.models.media.ObjectSchema()
                .description("A problem (RFC 9457)")
                .addProperty("type", new io.swagger.v3.oas.models.media.StringSchema())
                .addProperty("title", new io.swagger.v3.oas.models.media.StringSchema())
                .addProperty("status", new io.swagger.v3.oas.models.media.IntegerSchema())
                .addProperty("detail", new io.swagger.v3.oas.models.media.StringSchema())
                .addProperty("instance", new io.swagger.v3.oas.models.media.StringSchema())
                .addProperty(
                        "errors",
                        new io.swagger.v3.oas.models.media.ArraySchema()
                                .items(new Schema<>().$ref("#/components/schemas/FieldProblem")))
                .addProperty(
                        "warnings",
                        new io.swagger.v3.oas.models.media.ArraySchema()
                                .items(new io.swagger.v3.oas.models.media.StringSchema()))
                .addProperty("matches", new io.swagger.v3.oas.models.media.ArraySchema().items(new Schema<>()))
                .addProperty("reference", new io.swagger.v3.oas.models.media.StringSchema());
        problem.setRequired(List.of("status", "title"));
        Schema field = new io.swagger.v3.oas.models.media.ObjectSchema()
                .addProperty(
                        "field",
                        nullable(new io.swagger.v3.oas.models.media.StringSchema()
                                .description("The field or parameter; null for the request as a whole")))
                .addProperty("message", new io.swagger.v3.oas.models.media.StringSchema());
        field.setRequired(List.of("field", "message"));
        openApi.getComponents().addSchemas("Problem", problem).addSchemas("FieldProblem", field);
        openApi.getPaths()
                .values()
                .forEach(path -> path.readOperationsMap().forEach((method, operation) -> {
                    Map<String, String> problems = new java.util.TreeMap<>(READ_PROBLEMS);
                    if (method != io.swagger.v3.oas.models.PathItem.HttpMethod.GET) {
                        problems.putAll(WRITE_PROBLEMS);
                    } else {
                        operation
                                .getResponses()
                                .addApiResponse(
                                        "304",
                                        new io.swagger.v3.oas.models.responses.ApiResponse()
                                                .description("Not changed since the ETag sent in If-None-Match"));
                    }
                    problems.forEach((status, description) -> operation
                            .getResponses()
                            .addApiResponse(
                                    status,
                                    new io.swagger.v3.oas.models.responses.ApiResponse()
                                            .description(description)
                                            .content(new io.swagger.v3.oas.models.media.Content()
                                                    .addMediaType(
                                                            "application/problem+json",
                                                            new io.swagger.v3.oas.models.media.MediaType()
                                                                    .schema(new Schema<>()
                                                                            .$ref("#/components/schemas/Problem"))))));
                }));
    }

    /** The property's own schema, or null: {@code anyOf} keeps its enum, format or reference intact. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema property) {
        if (property.getAnyOf() != null) {
            return property;
        }
        Schema wrapped = new Schema<>();
        wrapped.setDescription(property.getDescription());
        property.setDescription(null);
        Schema none = new Schema<>();
        none.addType("null");
        wrapped.setAnyOf(List.of(property, none));
        return wrapped;
    }
}
