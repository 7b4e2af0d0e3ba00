package org.mekonginstitute.portal.reporting.donor;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.Dates;
import org.mekonginstitute.portal.shared.Downloads;
import org.mekonginstitute.portal.user.PortalUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

import java.time.LocalDate;

/** A project's donor report: a page that prints cleanly, and the same report as a PDF to send. */
@Controller
@RequestMapping("/projects/{id}")
@RequiredArgsConstructor
class DonorReportController {

    private final DonorReportService reports;
    private final DonorReportPdf pdf;

    @GetMapping("/donor-report")
    String page(@PathVariable long id, @AuthenticationPrincipal PortalUser user, Model model) {
        DonorReport report = reports.of(id, user.displayName());
        model.addAttribute("report", report);
        model.addAttribute("project", report.project().project());
        return "reporting/donor-report";
    }

    @GetMapping("/donor-report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @AuthenticationPrincipal PortalUser user) {
        DonorReport report = reports.of(id, user.displayName());
        String name = "donor-report-" + report.project().project().getCode() + "-"
                + LocalDate.ofInstant(report.preparedAt(), Dates.HOME_ZONE) + ".pdf";
        return Downloads.file(
                        MediaType.APPLICATION_PDF,
                        ContentDisposition.attachment().filename(name).build())
                .body(pdf.render(report));
    }
}
