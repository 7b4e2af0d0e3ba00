package org.mekonginstitute.portal.document.web;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.document.DocumentSearch;
import org.mekonginstitute.portal.shared.ListFilter;
import org.mekonginstitute.portal.shared.PlainText;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Optional;

/** The document search: a word or phrase, in any of the region's scripts, and the documents that hold it. */
@Controller
@RequiredArgsConstructor
class SearchController {

    private static final int MAX_QUERY = 200;
    private static final int MAX_PAGE = 10_000;

    private final DocumentSearch search;

    @GetMapping("/documents/search")
    String search(
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "page", defaultValue = "1") String page,
            Model model) {
        model.addAttribute("q", query == null ? "" : query);
        if (query == null || query.isBlank()) {
            return "document/search";
        }
        Optional<String> problem = PlainText.problem(query);
        if (problem.isEmpty() && query.strip().length() > MAX_QUERY) {
            problem = Optional.of(Text.of("document.search.tooLong", String.valueOf(MAX_QUERY)));
        }
        if (problem.isPresent()) {
            model.addAttribute("queryProblem", problem.get());
            return "document/search";
        }
        model.addAttribute("page", search.search(query, ListFilter.pageNumber(page, MAX_PAGE) - 1));
        return "document/search";
    }
}
