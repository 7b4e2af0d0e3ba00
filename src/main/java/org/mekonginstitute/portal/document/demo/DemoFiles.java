package org.mekonginstitute.portal.document.demo;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The demo's files, made as staff would have saved them: PDFs, a Word agenda, an Excel participant list and a
 * photo. Their text comes from the institute's public pages (see shared/seeds); the picture is drawn.
 */
final class DemoFiles {

    private DemoFiles() {}

    static byte[] pdf(String title, List<String> paragraphs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(title);
        document.addAuthor("Mekong Institute");
        document.open();
        document.add(new Paragraph(title, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 15)));
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10.5f);
        for (String text : paragraphs) {
            Paragraph paragraph = new Paragraph(text, body);
            paragraph.setSpacingBefore(8);
            document.add(paragraph);
        }
        document.close();
        return out.toByteArray();
    }

    static byte[] docx(String title, List<String> paragraphs) {
        try (XWPFDocument document = new XWPFDocument()) {
            XWPFRun heading = document.createParagraph().createRun();
            heading.setBold(true);
            heading.setFontSize(15);
            heading.setText(title);
            for (String text : paragraphs) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.createRun().setText(text);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] xlsx(String sheetName, List<List<String>> rows) {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            XSSFSheet sheet = book.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            for (int c = 0; c < 5; c++) {
                sheet.setColumnWidth(c, 28 * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A picture of a meeting room's screen with the session's title, as a phone would have taken it. */
    static byte[] photo(String caption, String subtitle) {
        BufferedImage image = new BufferedImage(1600, 1067, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(0x2e, 0x3a, 0x3f), 0, 1067, new Color(0x14, 0x1c, 0x20)));
        g.fillRect(0, 0, 1600, 1067);
        g.setColor(new Color(0xf4, 0xf1, 0xe8));
        g.fillRoundRect(220, 120, 1160, 620, 18, 18);
        g.setColor(new Color(0x0a, 0x4f, 0x4f));
        g.fillRect(220, 120, 1160, 90);
        g.setColor(Color.WHITE);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 40));
        g.drawString("Mekong Institute", 260, 180);
        g.setColor(new Color(0x1f, 0x2a, 0x30));
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.BOLD, 52));
        drawWrapped(g, caption, 280, 330, 1040, 64);
        g.setFont(new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, 34));
        g.drawString(subtitle, 280, 660);
        g.setColor(new Color(0x55, 0x4a, 0x3c));
        for (int seat = 0; seat < 9; seat++) {
            g.fillOval(130 + seat * 160, 860, 120, 150);
        }
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drawWrapped(Graphics2D g, String text, int x, int y, int width, int lineHeight) {
        StringBuilder line = new StringBuilder();
        int top = y;
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (g.getFontMetrics().stringWidth(candidate) > width && !line.isEmpty()) {
                g.drawString(line.toString(), x, top);
                top += lineHeight;
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        g.drawString(line.toString(), x, top);
    }
}
