package org.mekonginstitute.portal.evaluation.results;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.activity.Activity;
import org.mekonginstitute.portal.activity.ActivityService;
import org.mekonginstitute.portal.shared.Downloads;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** An activity's results: the page with its charts and tables, and the same figures as CSV and XLSX. */
@Controller
@RequestMapping("/activities/{id}")
@RequiredArgsConstructor
class ResultsController {

    private final ActivityService activities;
    private final ResultsQueries results;

    @GetMapping("/results")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("activity", activities.get(id));
        model.addAttribute("results", results.of(id));
        model.addAttribute("rounds", org.mekonginstitute.portal.evaluation.questionnaire.Round.values());
        return "evaluation/results";
    }

    @GetMapping("/results.csv")
    ResponseEntity<byte[]> csv(@PathVariable long id) {
        Activity activity = activities.get(id);
        return file(activity, "csv", Downloads.CSV, ResultsExport.csv(results.of(id)));
    }

    @GetMapping("/results.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id) {
        Activity activity = activities.get(id);
        return file(activity, "xlsx", Downloads.XLSX, ResultsExport.xlsx(results.of(id)));
    }

    private static ResponseEntity<byte[]> file(Activity activity, String extension, MediaType type, byte[] body) {
        return Downloads.file(
                        type,
                        ContentDisposition.attachment()
                                .filename("results-activity-" + activity.getId() + "." + extension)
                                .build())
                .body(body);
    }
}
