package org.mekonginstitute.portal.finance.web;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.finance.ExchangeRates;
import org.mekonginstitute.portal.shared.Flash;
import org.mekonginstitute.portal.shared.FormSubmission;
import org.mekonginstitute.portal.shared.ListFilter;
import org.mekonginstitute.portal.shared.PageForms;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Monthly exchange rates: the list, a month's rate entered (or entered again), and a rate removed. */
@Controller
@RequiredArgsConstructor
class ExchangeRateController {

    private final ExchangeRates rates;

    @GetMapping("/exchange-rates")
    String list(
            @RequestParam(name = "currency", required = false) String currency,
            @RequestParam(name = "page", defaultValue = "1") String page,
            Model model) {
        PageForms.blankUnlessTyped(model, "form", RateForm::new);
        model.addAttribute("currency", currency);
        model.addAttribute("page", rates.list(currency, ListFilter.pageNumber(page, 100_000) - 1));
        return "finance/exchange-rates";
    }

    @PostMapping("/exchange-rates")
    String save(
            @Valid @ModelAttribute("form") RateForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        return new FormSubmission(form, errors, flash)
                .save(
                        () -> {
                            boolean replaced = rates.save(
                                    form.getMonth(), form.getCurrency(), form.getToCurrency(), form.getRate());
                            flash.addFlashAttribute(
                                    "saved",
                                    Text.of(
                                            replaced ? "finance.rates.replaced" : "finance.rates.saved",
                                            form.getCurrency(),
                                            form.getRate().toPlainString(),
                                            form.getToCurrency(),
                                            form.getMonth().toString()));
                            return "redirect:/exchange-rates";
                        },
                        () -> list(null, "1", model));
    }

    @PostMapping("/exchange-rates/{id}/delete")
    String remove(@PathVariable long id, RedirectAttributes flash) {
        rates.remove(id);
        return Flash.saved(flash, Text.of("finance.rates.removed"), "/exchange-rates");
    }
}
