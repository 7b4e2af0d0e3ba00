package org.mekonginstitute.portal.document;

import com.lowagie.text.Document;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** Files for the document tests: a PDF with given text, a picture; and waiting for their text to be read. */
public final class TestFiles {

    private TestFiles() {}

    public static byte[] pdf(String... paragraphs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        for (String paragraph : paragraphs) {
            document.add(new Paragraph(paragraph));
        }
        document.close();
        return out.toByteArray();
    }

    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0a, 0x4f, 0x4f));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits (at most a minute) until the background reading of every version of these documents has finished. */
    public static void awaitText(JdbcTemplate jdbc, List<Long> documentIds) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            Integer waiting = jdbc.queryForObject(
                    "select count(*) from document_file where document_id = any (?) and text_status in"
                            + " ('PENDING', 'WORKING')",
                    Integer.class,
                    (Object) documentIds.toArray(Long[]::new));
            if (waiting != null && waiting == 0) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The text of documents " + documentIds + " was not read within a minute");
    }
}
