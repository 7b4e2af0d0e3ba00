package org.mekonginstitute.portal.reporting.donor;

import com.lowagie.text.Element;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.mekonginstitute.portal.shared.PdfText;
import org.mekonginstitute.portal.shared.Text;

import java.awt.Color;
import java.util.Set;

/** A table of the donor report's PDF, full width, with light rules and headings on a tinted row. */
final class PdfTable {

    private static final Color RULE = new Color(0xcf, 0xde, 0xde);
    private static final Color HEAD = new Color(0xee, 0xf4, 0xf4);

    private final PdfText text;
    private final PdfPTable table;

    /** A table with columns of these relative widths. */
    PdfTable(PdfText text, float... widths) {
        this.text = text;
        this.table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(2);
        table.setHeaderRows(0);
    }

    /** The column headings, by their message keys, in the reader's language; repeated on every page. */
    PdfTable headings(String... keys) {
        for (String key : keys) {
            PdfPCell cell = cell(Text.of(key), true, Element.ALIGN_LEFT);
            cell.setBackgroundColor(HEAD);
            table.addCell(cell);
        }
        table.setHeaderRows(1);
        return this;
    }

    /** One row; the columns listed in {@code right} hold figures and are aligned right. */
    PdfTable row(Set<Integer> right, String... values) {
        for (int i = 0; i < values.length; i++) {
            add(values[i], false, right.contains(i) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
        }
        return this;
    }

    /** A row of a label and figures aligned right, all in bold for a total. */
    PdfTable figures(String label, boolean total, String... figures) {
        add(label, total, Element.ALIGN_LEFT);
        for (String figure : figures) {
            add(figure, total, Element.ALIGN_RIGHT);
        }
        return this;
    }

    /** A label in bold and its value, without rules: one of the project's particulars. */
    PdfTable particular(String label, String value) {
        PdfPCell name = cell(label, true, Element.ALIGN_LEFT);
        name.setBorder(Rectangle.NO_BORDER);
        PdfPCell content = cell(value, false, Element.ALIGN_LEFT);
        content.setBorder(Rectangle.NO_BORDER);
        table.addCell(name);
        table.addCell(content);
        return this;
    }

    /** One cell, in bold or not, aligned left or right ({@link Element#ALIGN_LEFT}, {@link Element#ALIGN_RIGHT}). */
    PdfTable add(String value, boolean strong, int alignment) {
        table.addCell(cell(value, strong, alignment));
        return this;
    }

    PdfPTable element() {
        return table;
    }

    private PdfPCell cell(String value, boolean strong, int alignment) {
        PdfPCell cell = new PdfPCell(text.phrase(value, strong));
        cell.setHorizontalAlignment(alignment);
        cell.setBorderColor(RULE);
        cell.setPadding(3);
        cell.setPaddingBottom(5);
        return cell;
    }
}
