package org.mekonginstitute.portal.shared;

import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The {@code <option>} elements of a long select (every donor that funds a project, every country), written as HTML
 * once and kept with the data they come from, rather than by a template loop with several expressions per option on
 * every page: on a large registry that loop was most of a list page's rendering time (bench/README.md). Values and
 * labels are escaped when the options are made; the chosen values are only compared with the options' values, never
 * written. The options with none chosen, what a filter shows until someone picks, are written only once.
 */
public final class SelectOptions {

    private final List<String> values;
    private final List<String> starts;
    private final List<String> rests;
    private final String noneChosen;

    private SelectOptions(List<String> values, List<String> starts, List<String> rests) {
        this.values = values;
        this.starts = starts;
        this.rests = rests;
        this.noneChosen = write(Set.of());
    }

    /** One option per item, in the items' order, with the value and the label the two functions give. */
    public static <T> SelectOptions of(Collection<T> items, Function<T, ?> value, Function<T, String> label) {
        List<String> values = new ArrayList<>(items.size());
        List<String> starts = new ArrayList<>(items.size());
        List<String> rests = new ArrayList<>(items.size());
        for (T item : items) {
            String text = String.valueOf(value.apply(item));
            values.add(text);
            starts.add("<option value=\"" + HtmlUtils.htmlEscape(text, "UTF-8") + "\"");
            rests.add(">" + HtmlUtils.htmlEscape(Objects.toString(label.apply(item), ""), "UTF-8") + "</option>");
        }
        return new SelectOptions(List.copyOf(values), List.copyOf(starts), List.copyOf(rests));
    }

    /** The options, the one whose value reads as {@code chosen} (a number, a text; null for none) selected. */
    public String html(Object chosen) {
        return chosen == null ? noneChosen : htmlChoosingAll(Set.of(chosen.toString()));
    }

    /** The options of a multiple choice, those whose values are among {@code chosen} selected. */
    public String htmlChoosingAll(Collection<String> chosen) {
        return chosen.isEmpty() || values.stream().noneMatch(chosen::contains) ? noneChosen : write(chosen);
    }

    private String write(Collection<String> chosen) {
        StringBuilder html = new StringBuilder(values.size() * 48);
        for (int i = 0; i < values.size(); i++) {
            html.append(starts.get(i));
            if (chosen.contains(values.get(i))) {
                html.append(" selected");
            }
            html.append(rests.get(i));
        }
        return html.toString();
    }

    public int size() {
        return values.size();
    }
}
