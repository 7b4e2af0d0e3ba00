package org.mekonginstitute.portal.shared;

import org.springframework.beans.BeanUtils;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.beans.PropertyDescriptor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a user is shown when someone else saved first: who, when, and each field where their unsaved values
 * differ from what is now stored, so they can apply their changes again by hand.
 */
public record EditConflict(String changedBy, Instant changedAt, List<Difference> differences) {

    private static final Set<String> IGNORED = Set.of("class", "version", "id");

    /** Where the bundles name the fields: {@code common.conflict.field.title} and so on. */
    private static final String FIELD_NAMES = "common.conflict.field";

    public record Difference(String field, String yours, String current) {}

    /**
     * After a refused save: carries the user's unsaved form and who changed the record to the form page, which
     * then shows the current values (see {@link #describe}).
     */
    public static String redirect(String formUrl, Object yours, StaleEditException stale, RedirectAttributes flash) {
        flash.addFlashAttribute("yours", yours);
        flash.addFlashAttribute("stale", stale.info());
        return "redirect:" + formUrl;
    }

    /**
     * Opens an edit form filled from the record as it is now, as the model attribute {@code name}; back from a
     * refused save (see {@link #redirect}), with the conflict beside it.
     */
    public static void editForm(Model model, String name, Object current, UserDirectory users) {
        model.addAttribute(name, current);
        describe(model, current, users);
    }

    /** On the form page after {@link #redirect}: puts the conflict, with the differing fields, in the model. */
    public static void describe(Model model, Object current, UserDirectory users) {
        Object yours = model.getAttribute("yours");
        if (yours != null
                && yours.getClass() == current.getClass()
                && model.getAttribute("stale") instanceof StaleEditException.Info stale) {
            model.addAttribute("conflict", between(yours, current, stale, users));
        }
    }

    /** Compares the submitted form with a form filled from the current record, property by property. */
    static EditConflict between(Object yours, Object current, StaleEditException.Info stale, UserDirectory users) {
        List<Difference> differences = new ArrayList<>();
        for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(yours.getClass())) {
            if (IGNORED.contains(property.getName()) || property.getReadMethod() == null) {
                continue;
            }
            try {
                Object mine = property.getReadMethod().invoke(yours);
                Object theirs = property.getReadMethod().invoke(current);
                if (!Objects.equals(normalise(mine), normalise(theirs))) {
                    differences.add(
                            new Difference(label(yours.getClass(), property.getName()), text(mine), text(theirs)));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot compare " + property.getName(), e);
            }
        }
        return new EditConflict(users.displayName(stale.changedBy()), stale.changedAt(), differences);
    }

    private static Object normalise(Object value) {
        if (value instanceof String s) {
            return s.isBlank() ? null : s.strip();
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? null : Set.copyOf(c);
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.stripTrailingZeros();
        }
        return value;
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Labelled labelled) {
            return labelled.label();
        }
        if (value instanceof Boolean yes) {
            return Text.of(yes ? "common.yes" : "common.no");
        }
        if (value instanceof Collection<?> c) {
            return String.join(", ", c.stream().map(EditConflict::text).toList());
        }
        if (value instanceof java.math.BigDecimal d) {
            return d.toPlainString();
        }
        return value.toString();
    }

    /**
     * A field's name in the reader's language: {@code common.conflict.field.<Form>.<property>} where one word means
     * different things on different forms (a participant's title), else {@code common.conflict.field.<property>}; a
     * property the bundles do not name yet reads as its words: "agreementRef" reads "Agreement ref".
     */
    static String label(Class<?> form, String property) {
        String spaced = property.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
        String words = Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
        java.util.Locale locale = LocaleContextHolder.getLocale();
        String named = Text.MESSAGES.getMessage(FIELD_NAMES + "." + property, null, words, locale);
        return Text.MESSAGES.getMessage(FIELD_NAMES + "." + form.getSimpleName() + "." + property, null, named, locale);
    }
}
