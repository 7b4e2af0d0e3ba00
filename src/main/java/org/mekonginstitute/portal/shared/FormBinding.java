package org.mekonginstitute.portal.shared;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/** How typed values become form fields everywhere: amounts may carry thousands separators, as people write them. */
@ControllerAdvice
class FormBinding {

    @InitBinder
    void amounts(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                String plain = text == null ? "" : text.strip().replace(",", "").replace(" ", "").replace("\u00a0", "");
                setValue(plain.isEmpty() ? null : new BigDecimal(plain));
            }

            @Override
            public String getAsText() {
                return getValue() instanceof BigDecimal amount ? amount.toPlainString() : "";
            }
        });
    }
}
