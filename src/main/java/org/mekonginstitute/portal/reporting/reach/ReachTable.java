package org.mekonginstitute.portal.reporting.reach;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.mekonginstitute.portal.reporting.reach.Reach.Figures;
import org.mekonginstitute.portal.reporting.reach.ReportTable.Column;
import org.mekonginstitute.portal.reporting.reach.ReportTable.Line;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.Text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The reach report's tables: how each lays a {@link Reach} out in columns and lines, headed in the reader's language
 * (years too: Thai readers count them in the Buddhist Era).
 */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
enum ReachTable {
    BY_YEAR("by-year-country-gender") {
        @Override
        ReportTable of(Reach reach) {
            String allYears = Text.of("reporting.allYears");
            String allCountries = Text.of("reporting.allCountries");
            List<Line> lines = new ArrayList<>();
            for (Reach.YearRow year : reach.byYear()) {
                Integer shown = Dates.yearNumber(year.year());
                year.countries().forEach(c -> lines.add(line(Line.Level.DETAIL, c.figures(), shown, c.label())));
                lines.add(line(Line.Level.SUBTOTAL, year.figures(), shown, allCountries));
            }
            if (reach.byYear().size() > 1) {
                reach.byCountry().forEach(c -> lines.add(line(Line.Level.DETAIL, c.figures(), allYears, c.label())));
            }
            lines.add(line(Line.Level.TOTAL, reach.total(), allYears, allCountries));
            return new ReportTable(
                    this,
                    columns(text(Text.of("reporting.year")), text(Text.of("reporting.country"))),
                    List.copyOf(lines));
        }
    },

    BY_ORGANISATION_TYPE("by-organisation-type") {
        @Override
        ReportTable of(Reach reach) {
            List<Line> lines = new ArrayList<>();
            reach.byOrganisationType().forEach(r -> lines.add(line(Line.Level.DETAIL, r.figures(), r.label())));
            lines.add(line(Line.Level.TOTAL, reach.total(), Text.of("reporting.allOrganisationTypes")));
            return new ReportTable(this, columns(text(Text.of("reporting.organisationType"))), List.copyOf(lines));
        }
    },

    BY_ACTIVITY_TYPE("by-activity-type") {
        @Override
        ReportTable of(Reach reach) {
            List<Line> lines = new ArrayList<>();
            reach.byActivityType()
                    .forEach(r -> lines.add(line(Line.Level.DETAIL, r.figures(), r.label(), r.activities())));
            lines.add(line(Line.Level.TOTAL, reach.total(), Text.of("reporting.allActivityTypes"), reach.activities()));
            return new ReportTable(
                    this,
                    columns(text(Text.of("reporting.activityType")), number(Text.of("reporting.activities"))),
                    List.copyOf(lines));
        }
    };

    /** The table's name in addresses and file names, e.g. "by-organisation-type". */
    private final String slug;

    /** The table's title in the reader's language, e.g. "Reach by organisation type and gender". */
    public String title() {
        return Text.of("reporting.table.%s".formatted(slug));
    }

    /** The figure columns every table ends with, in this order, headed in the reader's language. */
    static List<Column> figures() {
        return List.of(
                number(Text.of("reporting.women")),
                number(Text.of("reporting.men")),
                number(Text.of("reporting.other")),
                number(Text.of("reporting.notStated")),
                number(Text.of("reporting.peopleReached")),
                new Column(Text.of("reporting.shareOfWomen"), Column.Kind.SHARE),
                number(Text.of("reporting.participations")));
    }

    /** The table's lines for this reach. */
    abstract ReportTable of(Reach reach);

    public static Optional<ReachTable> bySlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }

    private static Column text(String heading) {
        return new Column(heading, Column.Kind.TEXT);
    }

    private static Column number(String heading) {
        return new Column(heading, Column.Kind.NUMBER);
    }

    private static List<Column> columns(Column... labels) {
        return Stream.concat(Arrays.stream(labels), figures().stream()).toList();
    }

    /** The labels, then the figures: women, men, other, not stated, people, share of women, participations. */
    private static Line line(Line.Level level, Figures f, Object... labels) {
        List<Object> values = new ArrayList<>(Arrays.asList(labels));
        values.addAll(Arrays.asList(
                f.women(), f.men(), f.other(), f.undisclosed(), f.people(), f.shareOfWomen(), f.participations()));
        return new Line(
                Collections.unmodifiableList(values),
                values.stream().map(ReachTable::shown).toList(),
                level);
    }

    /** A value as the page shows it: "1,234", "48.1%", "—" for none, labels as they are. */
    static String shown(Object value) {
        if (value == null) {
            return "—";
        }
        if (value instanceof BigDecimal share) {
            return percent(share).toPlainString() + "%";
        }
        if (value instanceof Long number) {
            return String.format(Locale.ENGLISH, "%,d", number);
        }
        return value.toString();
    }

    /** A share as a percentage with one decimal: 0.4815 is 48.2. */
    static BigDecimal percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
    }
}
