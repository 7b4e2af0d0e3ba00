package org.mekonginstitute.portal.shared;

import org.springframework.beans.PropertyAccessException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;

/**
 * How typed values become form fields everywhere: amounts may carry thousands separators, as people write them;
 * text with characters the portal does not store (see {@link PlainText}) is refused beside its field, with what was
 * typed kept in the form.
 */
@ControllerAdvice
class FormBinding {

    @InitBinder
    void amounts(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                String plain = text == null
                        ? ""
                        : text.strip().replace(",", "").replace(" ", "").replace("\u00a0", "");
                setValue(plain.isEmpty() ? null : new BigDecimal(plain));
            }

            @Override
            public String getAsText() {
                return getValue() instanceof BigDecimal amount ? amount.toPlainString() : "";
            }
        });
    }

    /**
     * Every text field of a form object or filter. A single request parameter has no field to show a message
     * beside, so the service that takes it checks it with {@link PlainText} and answers as its page does. Lists
     * of choices (countries) are converted without editors; their services check them against the list.
     */
    @InitBinder
    void text(WebDataBinder binder) {
        if (binder.getTarget() == null && binder.getTargetType() == null) {
            return;
        }
        binder.registerCustomEditor(String.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                PlainText.problem(text).ifPresent(problem -> {
                    throw new UnstorableText(problem);
                });
                setValue(text);
            }

            @Override
            public String getAsText() {
                return getValue() == null ? "" : getValue().toString();
            }
        });
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException failure, BindingResult result) {
                if (failure.getRootCause() instanceof UnstorableText unstorable) {
                    String field = failure.getPropertyName();
                    result.addError(new FieldError(
                            result.getObjectName(),
                            field,
                            failure.getValue(),
                            true,
                            result.resolveMessageCodes("unstorableText", field),
                            null,
                            unstorable.getMessage()));
                } else {
                    super.processPropertyAccessException(failure, result);
                }
            }
        });
    }

    /** Text with a character {@link PlainText} refuses; its message is the one shown beside the field. */
    static class UnstorableText extends IllegalArgumentException {
        UnstorableText(String message) {
            super(message);
        }
    }
}
