package org.mekonginstitute.portal.reporting.reach;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.shared.Downloads;
import org.mekonginstitute.portal.shared.NotFoundException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/** The reach report across departments (managers): its tables on a printable page, and each as CSV or XLSX. */
@Controller
@RequestMapping("/reports")
@PreAuthorize("hasRole('MANAGER')")
@RequiredArgsConstructor
class ReportController {

    private final ReportService reports;
    private final ReportExports exports;
    private final Clock clock;

    @GetMapping
    String page(@ModelAttribute("filter") ReportFilter filter, BindingResult errors, Model model) {
        ReportService.Page page = reports.page(filter, errors);
        model.addAttribute("choices", page.choices());
        model.addAttribute("described", page.described());
        model.addAttribute("reach", page.reach());
        model.addAttribute("tables", page.tables());
        model.addAttribute("today", LocalDate.now(clock));
        return "reporting/reports";
    }

    @GetMapping("/{table}.csv")
    ResponseEntity<byte[]> csv(
            @PathVariable String table, @ModelAttribute("filter") ReportFilter filter, BindingResult errors) {
        return export(table, filter, errors, "csv");
    }

    @GetMapping("/{table}.xlsx")
    ResponseEntity<byte[]> xlsx(
            @PathVariable String table, @ModelAttribute("filter") ReportFilter filter, BindingResult errors) {
        return export(table, filter, errors, "xlsx");
    }

    /** A filter that cannot be read goes back to the page, which says what is wrong with it. */
    private ResponseEntity<byte[]> export(String slug, ReportFilter filter, BindingResult errors, String extension) {
        ReachTable kind = ReachTable.bySlug(slug)
                .orElseThrow(() -> new NotFoundException(ReachTable.class.getSimpleName(), slug));
        ReportService.Export export = reports.export(kind, filter, errors);
        if (export == null) {
            return ResponseEntity.status(HttpStatus.SEE_OTHER)
                    .location(backToThePage())
                    .build();
        }
        ReportService.Described described = export.described();
        ReportTable report = export.table();
        boolean csv = extension.equals("csv");
        byte[] body = csv ? exports.csv(report) : exports.xlsx(report, described.text());
        return Downloads.file(
                        csv ? Downloads.CSV : Downloads.XLSX,
                        ContentDisposition.attachment()
                                .filename(ReportService.fileName(kind, described, extension), StandardCharsets.UTF_8)
                                .build())
                .body(body);
    }

    /** The page with the same filter, so it can show what is wrong with it. */
    private static URI backToThePage() {
        String query = ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery();
        try {
            return URI.create("/reports" + (query == null ? "" : "?" + query));
        } catch (IllegalArgumentException unreadable) {
            return URI.create("/reports");
        }
    }
}
