package org.mekonginstitute.portal.reporting.donor;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import org.mekonginstitute.portal.reporting.LearningFigures;
import org.mekonginstitute.portal.shared.PdfText;
import org.mekonginstitute.portal.shared.Text;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/** The donor report PDF's section on evaluation and certificates: what each activity taught and how it was rated. */
final class LearningSection {

    private LearningSection() {}

    static void add(Document document, PdfText text, List<LearningFigures.ActivityLearning> learning)
            throws DocumentException {
        if (!ReportText.section(
                document, text, "reporting.donor.learning", learning, "reporting.donor.learning.none")) {
            return;
        }
        PdfTable table = new PdfTable(text, 4, 1.3f, 1.3f, 1.3f, 1.2f, 1.5f, 1.4f)
                .headings(
                        "reporting.donor.activity",
                        "reporting.donor.learning.pairs",
                        "reporting.donor.learning.pre",
                        "reporting.donor.learning.post",
                        "reporting.donor.learning.gain",
                        "reporting.donor.learning.rated",
                        "reporting.donor.learning.certificates");
        for (LearningFigures.ActivityLearning a : learning) {
            table.row(
                    Set.of(1, 2, 3, 4, 5, 6),
                    a.title(),
                    String.valueOf(a.pairs()),
                    orDash(a.meanPre()),
                    orDash(a.meanPost()),
                    orDash(a.gain()),
                    a.satisfiedShare() == null
                            ? "—"
                            : Text.of(
                                    "reporting.donor.learning.share",
                                    a.satisfiedShare().toString(),
                                    String.valueOf(a.rated())),
                    String.valueOf(a.certificates()));
        }
        document.add(table.element());
    }

    private static String orDash(BigDecimal value) {
        return value == null ? "—" : value.toPlainString();
    }
}
