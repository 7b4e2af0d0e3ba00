package org.mekonginstitute.portal.reporting.reach;

import lombok.Getter;
import lombok.RequiredArgsConstructor;
import lombok.experimental.Accessors;
import org.mekonginstitute.portal.reporting.reach.Reach.Figures;
import org.mekonginstitute.portal.reporting.reach.ReportTable.Column;
import org.mekonginstitute.portal.reporting.reach.ReportTable.Line;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/** The reach report's tables: how each lays a {@link Reach} out in columns and lines. */
@Getter
@Accessors(fluent = true)
@RequiredArgsConstructor
enum ReachTable {
    BY_YEAR("by-year-country-gender", "Reach by year, country and gender") {
        @Override
        ReportTable of(Reach reach) {
            List<Line> lines = new ArrayList<>();
            for (Reach.YearRow year : reach.byYear()) {
                year.countries().forEach(c -> lines.add(line(Line.Level.DETAIL, c.figures(), year.year(), c.label())));
                lines.add(line(Line.Level.SUBTOTAL, year.figures(), year.year(), "All countries"));
            }
            if (reach.byYear().size() > 1) {
                reach.byCountry().forEach(c -> lines.add(line(Line.Level.DETAIL, c.figures(), "All years", c.label())));
            }
            lines.add(line(Line.Level.TOTAL, reach.total(), "All years", "All countries"));
            return new ReportTable(this, columns(text("Year"), text("Country")), List.copyOf(lines));
        }
    },

    BY_ORGANISATION_TYPE("by-organisation-type", "Reach by organisation type and gender") {
        @Override
        ReportTable of(Reach reach) {
            List<Line> lines = new ArrayList<>();
            reach.byOrganisationType().forEach(r -> lines.add(line(Line.Level.DETAIL, r.figures(), r.label())));
            lines.add(line(Line.Level.TOTAL, reach.total(), "All organisation types"));
            return new ReportTable(this, columns(text("Organisation type")), List.copyOf(lines));
        }
    },

    BY_ACTIVITY_TYPE("by-activity-type", "Reach by activity type and gender") {
        @Override
        ReportTable of(Reach reach) {
            List<Line> lines = new ArrayList<>();
            reach.byActivityType()
                    .forEach(r -> lines.add(line(Line.Level.DETAIL, r.figures(), r.label(), r.activities())));
            lines.add(line(Line.Level.TOTAL, reach.total(), "All activity types", reach.activities()));
            return new ReportTable(this, columns(text("Activity type"), number("Activities")), List.copyOf(lines));
        }
    };

    /** The figure columns every table ends with, in this order. */
    static final List<Column> FIGURES = List.of(
            number("Women"),
            number("Men"),
            number("Other"),
            number("Not stated"),
            number("People reached"),
            new Column("Share of women", Column.Kind.SHARE),
            number("Participations"));

    /** The table's name in addresses and file names, e.g. "by-organisation-type". */
    private final String slug;

    private final String title;

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
        return Stream.concat(Arrays.stream(labels), FIGURES.stream()).toList();
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
