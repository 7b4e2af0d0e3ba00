package org.mekonginstitute.portal.shared;

import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The {@code <option>} elements of a long select (every donor that funds a project, say), written as HTML once and
 * kept with the data they come from, rather than by a template loop with several expressions per option on every
 * page: on a large registry that loop was most of a list page's rendering time (bench/README.md). Values and labels
 * are escaped when the options are made; the chosen value is only compared with the options' values, never written.
 */
public final class SelectOptions {

    private final List<String> values;
    private final List<String> starts;
    private final List<String> rests;
    private final int length;

    private SelectOptions(List<String> values, List<String> starts, List<String> rests) {
        this.values = values;
        this.starts = starts;
        this.rests = rests;
        this.length = starts.stream().mapToInt(String::length).sum()
                + rests.stream().mapToInt(String::length).sum();
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
        String selected = chosen == null ? null : chosen.toString();
        StringBuilder html = new StringBuilder(length + 16);
        for (int i = 0; i < values.size(); i++) {
            html.append(starts.get(i));
            if (values.get(i).equals(selected)) {
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
