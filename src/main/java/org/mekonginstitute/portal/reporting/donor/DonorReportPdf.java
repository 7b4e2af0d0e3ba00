package org.mekonginstitute.portal.reporting.donor;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
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
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The donor report as an A4 PDF (OpenPDF). Every piece of text goes through a font selector over the embedded
 * fonts in {@code resources/fonts}, so that names in Vietnamese, Thai, Lao, Khmer, Myanmar and Chinese render:
 * each character is set in the first font that has it. Only the characters used are embedded (subsets).
 */
@Component
@RequiredArgsConstructor
class DonorReportPdf {

    /** In the order the selector tries them: Latin and Vietnamese first, Chinese last. */
    private static final List<String> FONTS =
            List.of("NotoSans", "NotoSansThai", "NotoSansLao", "NotoSansKhmer", "NotoSansMyanmar");

    private static final String CJK = "DroidSansFallback";
    private static final Color RIVER = new Color(0x0a, 0x4f, 0x4f);
    private static final Color RULE = new Color(0xcf, 0xde, 0xde);
    private static final Color HEAD = new Color(0xee, 0xf4, 0xf4);

    private final Dates dates;
    private final Countries countries;
    private final Currencies currencies;
    private final DacSectors sectors;

    /** The font files, read once; a BaseFont is made per document because it gathers that document's subset. */
    private final Map<String, byte[]> fontFiles = loadFonts();

    byte[] render(DonorReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 42, 42, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            Project project = report.project().project();
            document.addTitle("Donor report · " + project.getCode());
            document.addAuthor(report.preparedBy());
            document.addCreator("Mekong Capacity Portal");
            document.open();
            Text text = new Text(fonts(false), fonts(true));
            header(document, text, report, project);
            projectSection(document, text, report, project);
            funding(document, text, report);
            activities(document, text, report);
            reach(document, text, report.reach());
            indicators(document, text, report.indicators());
            plans(document, text, report);
            document.close();
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Could not write the donor report PDF", e);
        }
        return out.toByteArray();
    }

    private void header(Document document, Text text, DonorReport report, Project project) throws DocumentException {
        document.add(text.paragraph("MEKONG INSTITUTE · DONOR REPORT", 8, true, RIVER));
        Paragraph title = text.paragraph(project.getTitle(), 16, true, Color.BLACK);
        title.setSpacingBefore(4);
        document.add(title);
        document.add(text.paragraph(
                "Prepared " + dates.dateTime(report.preparedAt()) + " by " + report.preparedBy(),
                9,
                false,
                Color.DARK_GRAY));
    }

    private void projectSection(Document document, Text text, DonorReport report, Project project)
            throws DocumentException {
        heading(document, text, "Project");
        PdfPTable table = table(new float[] {1, 3});
        row(table, text, "Code", project.getCode());
        row(table, text, "Department", project.getDepartment().getName());
        row(table, text, "Period", dates.period(project.getStartDate(), project.getEndDate()));
        row(table, text, "Status", project.getStatus().label());
        row(
                table,
                text,
                "Countries",
                project.getCountries().isEmpty() ? "—" : countries.names(new HashSet<>(project.getCountries())));
        row(table, text, "Sector", sectors.label(project.getSectorCode()));
        row(
                table,
                text,
                "Project manager",
                project.getManager() == null ? "—" : project.getManager().getDisplayName());
        List<Partnership> partners = report.project().partnerships();
        row(
                table,
                text,
                "Partners",
                partners.isEmpty()
                        ? "—"
                        : partners.stream()
                                .map(p -> p.getOrganisation().displayName() + " ("
                                        + p.getRole().label().toLowerCase() + ")")
                                .collect(Collectors.joining("; ")));
        if (project.getGoal() != null) {
            row(table, text, "Goal", project.getGoal());
        }
        document.add(table);
    }

    private void funding(Document document, Text text, DonorReport report) throws DocumentException {
        heading(document, text, "Funding");
        List<Funding> lines = report.project().funding();
        if (lines.isEmpty()) {
            document.add(text.paragraph("No funding lines recorded.", 9, false, Color.DARK_GRAY));
            return;
        }
        PdfPTable table = table(new float[] {3, 2, 2, 2.4f});
        headings(table, text, "Donor", "Amount", "Agreement", "Period");
        for (Funding f : lines) {
            cells(
                    table,
                    text,
                    Set.of(1),
                    f.getDonor().displayName(),
                    currencies.format(f.getAmount(), f.getCurrency()),
                    f.getAgreementRef() == null ? "—" : f.getAgreementRef(),
                    dates.period(f.getPeriodStart(), f.getPeriodEnd()));
        }
        for (Map.Entry<String, BigDecimal> total :
                report.project().fundingTotals().entrySet()) {
            table.addCell(cell(text.phrase("Total " + total.getKey(), true), Element.ALIGN_LEFT));
            table.addCell(
                    cell(text.phrase(currencies.format(total.getValue(), total.getKey()), true), Element.ALIGN_RIGHT));
            table.addCell(cell(text.phrase("", false), Element.ALIGN_LEFT));
            table.addCell(cell(text.phrase("", false), Element.ALIGN_LEFT));
        }
        document.add(table);
    }

    private void activities(Document document, Text text, DonorReport report) throws DocumentException {
        heading(document, text, "Activities held");
        int held = report.held().size();
        document.add(text.paragraph(
                held + (held == 1 ? " activity" : " activities") + " held; " + report.activitiesPlanned()
                        + " more planned or under way; " + report.activitiesCancelled() + " cancelled.",
                9,
                false,
                Color.BLACK));
        if (held == 0) {
            return;
        }
        PdfPTable table = table(new float[] {4, 2, 2.4f, 2.2f, 1.6f});
        headings(table, text, "Activity", "Type", "Dates", "Place", "Participants");
        for (DonorReport.HeldActivity a : report.held()) {
            cells(
                    table,
                    text,
                    Set.of(4),
                    a.title(),
                    a.type().label(),
                    dates.period(a.start(), a.end()),
                    a.place(),
                    String.valueOf(a.participations()));
        }
        document.add(table);
    }

    private void reach(Document document, Text text, Reach reach) throws DocumentException {
        heading(document, text, "Participants reached");
        Reach.Figures total = reach.total();
        BigDecimal share = total.shareOfWomen();
        document.add(text.paragraph(
                total.people() + " people reached, " + total.women() + " women"
                        + (share == null
                                ? ""
                                : " (" + share.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)
                                        + "%)")
                        + " and " + total.men() + " men, in " + total.participations() + " participations.",
                9,
                false,
                Color.BLACK));
        if (reach.isEmpty()) {
            return;
        }
        PdfPTable table = table(new float[] {3, 1, 1, 1, 1.2f, 1.1f, 1.6f});
        headings(table, text, "Country", "Women", "Men", "Other", "Not stated", "People", "Participations");
        for (Reach.Row row : reach.byCountry()) {
            figures(table, text, row.label(), row.figures(), false);
        }
        figures(table, text, "Total", total, true);
        document.add(table);
        document.add(text.paragraph(
                "A person attending several activities counts once as a person and once per activity "
                        + "as a participation; only participants trained count, not resource persons, facilitators or observers.",
                7.5f,
                false,
                Color.DARK_GRAY));
    }

    private void indicators(Document document, Text text, List<IndicatorProgress> indicators) throws DocumentException {
        heading(document, text, "Indicators against targets");
        if (indicators.isEmpty()) {
            document.add(text.paragraph("No indicators defined for this project.", 9, false, Color.DARK_GRAY));
            return;
        }
        PdfPTable table = table(new float[] {4, 1.5f, 1.5f, 1.5f, 2});
        headings(table, text, "Indicator", "Baseline", "Target", "Actual", "Progress");
        for (IndicatorProgress p : indicators) {
            cells(
                    table,
                    text,
                    Set.of(1, 2, 3),
                    p.indicator().getName(),
                    p.baselineText(),
                    p.targetText(),
                    p.actualText(),
                    p.progressText());
        }
        document.add(table);
    }

    private void plans(Document document, Text text, DonorReport report) throws DocumentException {
        heading(document, text, "Action plans");
        if (report.plans().isEmpty()) {
            document.add(text.paragraph("No action plans in this project's activities.", 9, false, Color.DARK_GRAY));
            return;
        }
        document.add(text.paragraph(
                report.planCounts().entrySet().stream()
                        .map(e -> e.getValue() + " " + e.getKey().label().toLowerCase())
                        .collect(Collectors.joining(" · ")),
                9,
                false,
                Color.BLACK));
        PdfPTable table = table(new float[] {3.2f, 1.4f, 3, 1.5f, 1.5f, 1.4f});
        headings(table, text, "Action plan", "Country", "Who", "Target date", "Last update", "Status");
        for (DonorReport.Plan p : report.plans()) {
            cells(
                    table,
                    text,
                    Set.of(),
                    p.title(),
                    p.country() == null ? "—" : countries.name(p.country()),
                    p.members() == null ? "—" : p.members(),
                    dates.date(p.targetDate()),
                    dates.date(p.lastUpdate()),
                    p.status().label());
        }
        document.add(table);
    }

    private static void figures(PdfPTable table, Text text, String label, Reach.Figures f, boolean bold) {
        table.addCell(cell(text.phrase(label, bold), Element.ALIGN_LEFT));
        for (long value : new long[] {f.women(), f.men(), f.other(), f.undisclosed(), f.people(), f.participations()}) {
            table.addCell(cell(text.phrase(String.valueOf(value), bold), Element.ALIGN_RIGHT));
        }
    }

    private static void heading(Document document, Text text, String title) throws DocumentException {
        Paragraph heading = text.paragraph(title, 12, true, RIVER);
        heading.setSpacingBefore(14);
        heading.setSpacingAfter(4);
        document.add(heading);
    }

    private static PdfPTable table(float[] widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setHeaderRows(0);
        return table;
    }

    private static void headings(PdfPTable table, Text text, String... titles) {
        for (String title : titles) {
            PdfPCell cell = cell(text.phrase(title, true), Element.ALIGN_LEFT);
            cell.setBackgroundColor(HEAD);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
    }

    /** One row of a table; the columns listed in {@code right} hold figures and are aligned right. */
    private static void cells(PdfPTable table, Text text, Set<Integer> right, String... values) {
        for (int i = 0; i < values.length; i++) {
            table.addCell(
                    cell(text.phrase(values[i], false), right.contains(i) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
        }
    }

    private static void row(PdfPTable table, Text text, String label, String value) {
        PdfPCell name = cell(text.phrase(label, true), Element.ALIGN_LEFT);
        name.setBorder(Rectangle.NO_BORDER);
        PdfPCell content = cell(text.phrase(value, false), Element.ALIGN_LEFT);
        content.setBorder(Rectangle.NO_BORDER);
        table.addCell(name);
        table.addCell(content);
    }

    private static PdfPCell cell(Phrase phrase, int alignment) {
        PdfPCell cell = new PdfPCell(phrase);
        cell.setHorizontalAlignment(alignment);
        cell.setBorderColor(RULE);
        cell.setPadding(3);
        cell.setPaddingBottom(5);
        return cell;
    }

    /** The fonts for one document, regular or bold (Chinese has no bold: the regular serves). */
    private List<BaseFont> fonts(boolean bold) throws DocumentException, IOException {
        List<String> names = new java.util.ArrayList<>(
                FONTS.stream().map(f -> f + (bold ? "-Bold" : "-Regular")).toList());
        names.add(CJK);
        List<BaseFont> fonts = new java.util.ArrayList<>();
        for (String name : names) {
            fonts.add(BaseFont.createFont(
                    name + ".ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, fontFiles.get(name), null));
        }
        return fonts;
    }

    private static Map<String, byte[]> loadFonts() {
        List<String> files = new java.util.ArrayList<>();
        FONTS.forEach(f -> {
            files.add(f + "-Regular");
            files.add(f + "-Bold");
        });
        files.add(CJK);
        return files.stream().collect(Collectors.toUnmodifiableMap(Function.identity(), name -> {
            try (InputStream in = new ClassPathResource("fonts/" + name + ".ttf").getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("Font missing from the classpath: fonts/" + name + ".ttf", e);
            }
        }));
    }

    /** Phrases and paragraphs in the right font for each character. */
    private static final class Text {
        private final List<BaseFont> regular;
        private final List<BaseFont> bold;

        Text(List<BaseFont> regular, List<BaseFont> bold) {
            this.regular = regular;
            this.bold = bold;
        }

        Phrase phrase(String value, boolean strong) {
            return phrase(value, 8.5f, strong, Color.BLACK);
        }

        Phrase phrase(String value, float size, boolean strong, Color colour) {
            List<BaseFont> fonts = strong ? bold : regular;
            if (value.isEmpty()) {
                // an empty cell still names an embedded font, never the PDF's built-in Helvetica
                return new Phrase(new Chunk("", new Font(fonts.get(0), size, Font.NORMAL, colour)));
            }
            FontSelector selector = new FontSelector();
            for (BaseFont font : fonts) {
                selector.addFont(new Font(font, size, Font.NORMAL, colour));
            }
            Phrase phrase = selector.process(value);
            phrase.setFont(new Font(fonts.get(0), size, Font.NORMAL, colour));
            return phrase;
        }

        Paragraph paragraph(String value, float size, boolean strong, Color colour) {
            Phrase phrase = phrase(value, size, strong, colour);
            Paragraph paragraph = new Paragraph(phrase);
            paragraph.setFont(phrase.getFont());
            paragraph.setLeading(size * 1.35f);
            return paragraph;
        }
    }
}
