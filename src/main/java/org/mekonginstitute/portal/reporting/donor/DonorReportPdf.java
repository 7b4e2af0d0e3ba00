package org.mekonginstitute.portal.reporting.donor;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.project.DacSectors;
import org.mekonginstitute.portal.project.Funding;
import org.mekonginstitute.portal.project.Partnership;
import org.mekonginstitute.portal.project.Project;
import org.mekonginstitute.portal.reporting.indicator.IndicatorProgress;
import org.mekonginstitute.portal.reporting.reach.Reach;
import org.mekonginstitute.portal.shared.Countries;
import org.mekonginstitute.portal.shared.Currencies;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.PdfFonts;
import org.mekonginstitute.portal.shared.PdfText;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The donor report as an A4 PDF (OpenPDF), section by section as the page shows it. Every piece of text goes
 * through the embedded fonts ({@link PdfFonts}); only the characters used are embedded (subsets).
 */
@Component
@RequiredArgsConstructor
class DonorReportPdf {

    static final Color RIVER = new Color(0x0a, 0x4f, 0x4f);

    private final PdfFonts fonts;
    private final Dates dates;
    private final Countries countries;
    private final Currencies currencies;
    private final DacSectors sectors;
    private final FinancePdfSection finance;

    byte[] render(DonorReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            Project project = report.project().project();
            document.addTitle(Text.of("reporting.donor.title") + " · " + project.getCode());
            document.addAuthor(report.preparedBy());
            document.addCreator(Text.of("portal.name"));
            document.open();
            PdfText text = fonts.forDocument();
            header(document, text, report, project);
            projectSection(document, text, report, project);
            funding(document, text, report);
            finance.write(document, text, report.finance());
            activities(document, text, report);
            reach(document, text, report.reach());
            indicators(document, text, report.indicators());
            LearningSection.add(document, text, report.learning());
            plans(document, text, report);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("Could not write the donor report PDF", e);
        }
        return out.toByteArray();
    }

    private void header(Document document, PdfText text, DonorReport report, Project project) throws DocumentException {
        document.add(text.paragraph(
                Text.of("reporting.donor.kicker").toUpperCase(LocaleContextHolder.getLocale()), 8, true, RIVER));
        Paragraph title = text.paragraph(project.getTitle(), 16, true, Color.BLACK);
        title.setSpacingBefore(4);
        document.add(title);
        document.add(text.paragraph(
                Text.of("reporting.donor.prepared", dates.dateTime(report.preparedAt()), report.preparedBy()),
                9,
                false,
                Color.DARK_GRAY));
    }

    private void projectSection(Document document, PdfText text, DonorReport report, Project project)
            throws DocumentException {
        ReportText.heading(document, text, Text.of("reporting.donor.project"));
        List<Partnership> partners = report.project().partnerships();
        PdfTable table = new PdfTable(text, 1, 3)
                .particular(Text.of("reporting.donor.code"), project.getCode())
                .particular(
                        Text.of("reporting.donor.department"),
                        project.getDepartment().getName())
                .particular(
                        Text.of("reporting.donor.period"), dates.period(project.getStartDate(), project.getEndDate()))
                .particular(
                        Text.of("reporting.donor.status"), project.getStatus().label())
                .particular(
                        Text.of("reporting.donor.countries"),
                        project.getCountries().isEmpty() ? "—" : countries.names(new HashSet<>(project.getCountries())))
                .particular(Text.of("reporting.donor.sector"), sectors.label(project.getSectorCode()))
                .particular(
                        Text.of("reporting.donor.manager"),
                        project.getManager() == null
                                ? "—"
                                : project.getManager().getDisplayName())
                .particular(
                        Text.of("reporting.donor.partners"),
                        partners.isEmpty()
                                ? "—"
                                : partners.stream()
                                        .map(p -> p.getOrganisation().displayName() + " ("
                                                + p.getRole().label().toLowerCase() + ")")
                                        .collect(Collectors.joining("; ")));
        if (project.getGoal() != null) {
            table.particular(Text.of("reporting.donor.goal"), project.getGoal());
        }
        document.add(table.element());
    }

    private void funding(Document document, PdfText text, DonorReport report) throws DocumentException {
        List<Funding> lines = report.project().funding();
        if (!ReportText.section(document, text, "reporting.donor.funding", lines, "reporting.donor.funding.none")) {
            return;
        }
        PdfTable table = new PdfTable(text, 3, 2, 2, 2.4f)
                .headings(
                        "reporting.donor.donor",
                        "reporting.donor.amount",
                        "reporting.donor.agreement",
                        "reporting.donor.period");
        for (Funding f : lines) {
            table.row(
                    Set.of(1),
                    f.getDonor().displayName(),
                    currencies.format(f.getAmount(), f.getCurrency()),
                    f.getAgreementRef() == null ? "—" : f.getAgreementRef(),
                    dates.period(f.getPeriodStart(), f.getPeriodEnd()));
        }
        for (Map.Entry<String, BigDecimal> total :
                report.project().fundingTotals().entrySet()) {
            table.add(Text.of("reporting.donor.funding.total", total.getKey()), true, Element.ALIGN_LEFT)
                    .add(currencies.format(total.getValue(), total.getKey()), true, Element.ALIGN_RIGHT)
                    .add("", false, Element.ALIGN_LEFT)
                    .add("", false, Element.ALIGN_LEFT);
        }
        document.add(table.element());
    }

    private void activities(Document document, PdfText text, DonorReport report) throws DocumentException {
        ReportText.heading(document, text, Text.of("reporting.donor.held"));
        int held = report.held().size();
        String planned = String.valueOf(report.activitiesPlanned());
        String cancelled = String.valueOf(report.activitiesCancelled());
        ReportText.line(
                document,
                text,
                held == 1
                        ? Text.of("reporting.donor.held.one", planned, cancelled)
                        : Text.of("reporting.donor.held.many", String.valueOf(held), planned, cancelled));
        if (held == 0) {
            return;
        }
        PdfTable table = new PdfTable(text, 4, 2, 2.4f, 2.2f, 1.6f)
                .headings(
                        "reporting.donor.activity",
                        "reporting.donor.type",
                        "reporting.donor.dates",
                        "reporting.donor.place",
                        "reporting.donor.participants");
        for (DonorReport.HeldActivity a : report.held()) {
            table.row(
                    Set.of(4),
                    a.title(),
                    a.type().label(),
                    dates.period(a.start(), a.end()),
                    a.place(),
                    String.valueOf(a.participations()));
        }
        document.add(table.element());
    }

    private void reach(Document document, PdfText text, Reach reach) throws DocumentException {
        ReportText.heading(document, text, Text.of("reporting.donor.reach"));
        Reach.Figures total = reach.total();
        BigDecimal share = total.shareOfWomen();
        String people = String.valueOf(total.people());
        String women = String.valueOf(total.women());
        String men = String.valueOf(total.men());
        String participations = String.valueOf(total.participations());
        ReportText.line(
                document,
                text,
                share == null
                        ? Text.of("reporting.donor.reach.summary", people, women, men, participations)
                        : Text.of(
                                "reporting.donor.reach.summaryShare",
                                people,
                                women,
                                share.multiply(BigDecimal.valueOf(100))
                                        .setScale(1, RoundingMode.HALF_UP)
                                        .toString(),
                                men,
                                participations));
        if (reach.isEmpty()) {
            return;
        }
        PdfTable table = new PdfTable(text, 3, 1, 1, 1, 1.2f, 1.1f, 1.6f)
                .headings(
                        "reporting.country",
                        "reporting.women",
                        "reporting.men",
                        "reporting.other",
                        "reporting.notStated",
                        "reporting.donor.people",
                        "reporting.participations");
        for (Reach.Row row : reach.byCountry()) {
            figures(table, row.label(), row.figures(), false);
        }
        figures(table, Text.of("reporting.total"), total, true);
        document.add(table.element());
        document.add(text.paragraph(Text.of("reporting.donor.reach.note"), 7.5f, false, Color.DARK_GRAY));
    }

    private void indicators(Document document, PdfText text, List<IndicatorProgress> indicators)
            throws DocumentException {
        if (!ReportText.section(
                document, text, "reporting.donor.indicators", indicators, "reporting.donor.indicators.none")) {
            return;
        }
        PdfTable table = new PdfTable(text, 4, 1.5f, 1.5f, 1.5f, 2)
                .headings(
                        "reporting.donor.indicator",
                        "reporting.indicator.baseline",
                        "reporting.indicator.target",
                        "reporting.indicator.actual",
                        "reporting.donor.progress");
        for (IndicatorProgress p : indicators) {
            table.row(
                    Set.of(1, 2, 3),
                    p.indicator().getName(),
                    p.baselineText(),
                    p.targetText(),
                    p.actualText(),
                    p.progressText());
        }
        document.add(table.element());
    }

    private void plans(Document document, PdfText text, DonorReport report) throws DocumentException {
        if (!ReportText.section(
                document, text, "reporting.donor.plans", report.plans(), "reporting.donor.plans.none")) {
            return;
        }
        ReportText.line(
                document,
                text,
                report.planCounts().entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase())
                        .collect(Collectors.joining(" · ")));
        PdfTable table = new PdfTable(text, 3.2f, 1.4f, 3, 1.5f, 1.5f, 1.4f)
                .headings(
                        "reporting.donor.plan",
                        "reporting.country",
                        "reporting.donor.plan.who",
                        "reporting.donor.plan.targetDate",
                        "reporting.donor.plan.lastUpdate",
                        "reporting.donor.status");
        for (DonorReport.Plan p : report.plans()) {
            table.row(
                    Set.of(),
                    p.title(),
                    p.country() == null ? "—" : countries.name(p.country()),
                    p.members() == null ? "—" : p.members(),
                    dates.date(p.targetDate()),
                    dates.date(p.lastUpdate()),
                    p.status().label());
        }
        document.add(table.element());
    }

    /** People reached by gender, then people and participations, all figures aligned right. */
    private static void figures(PdfTable table, String label, Reach.Figures f, boolean total) {
        long[] values = {f.women(), f.men(), f.other(), f.undisclosed(), f.people(), f.participations()};
        table.figures(
                label, total, Arrays.stream(values).mapToObj(String::valueOf).toArray(String[]::new));
    }
}
