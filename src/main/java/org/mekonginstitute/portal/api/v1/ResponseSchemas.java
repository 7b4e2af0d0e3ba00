package org.mekonginstitute.portal.api.v1;

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

    @Override
    public void customise(io.swagger.v3.oas.models.OpenAPI openApi) {
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
        for (RecordComponent component : type.getRecordComponents()) {
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
