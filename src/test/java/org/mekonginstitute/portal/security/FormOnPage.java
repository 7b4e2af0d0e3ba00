package org.mekonginstitute.portal.security;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A form as a browser would send it, read from a rendered page: where it goes, how, and its controls with the
 * values they were rendered with. Controls outside the form that name it ({@code form="id"}) belong to it; a
 * submit button with its own {@code formaction} makes a form of its own; an htmx input with {@code hx-get} is a
 * one-field GET form to that address, and one with {@code hx-post} a POST form to that address.
 */
record FormOnPage(
        String page, String method, String action, boolean multipart, boolean anonymous, List<Control> controls) {

    /** One named control; checkboxes and radio buttons sharing a name are one control with several options. */
    record Control(String name, String type, List<String> values, List<String> options, String min) {

        /** Controls whose value a person types (and an attacker replaces with anything). */
        boolean typed() {
            return TYPED.contains(type);
        }

        boolean csrf() {
            return name.equals("_csrf");
        }
    }

    private static final Set<String> TYPED = Set.of("text", "textarea", "search", "email", "url", "tel", "password");
    private static final Set<String> NOT_SENT = Set.of("button", "reset", "image");

    boolean get() {
        return method.equals("get");
    }

    String path() {
        int query = action.indexOf('?');
        return query < 0 ? action : action.substring(0, query);
    }

    /** Every form on a page rendered at {@code pageUrl}. */
    static List<FormOnPage> read(String pageUrl, Document document, boolean anonymous) {
        List<FormOnPage> forms = new ArrayList<>();
        for (Element form : document.select("form")) {
            List<Element> elements = new ArrayList<>(
                    form instanceof FormElement f ? f.elements() : form.select("input, select, textarea, button"));
            if (!form.id().isEmpty()) {
                document.getElementsByAttributeValue("form", form.id()).stream()
                        .filter(e -> !elements.contains(e))
                        .forEach(elements::add);
            }
            String method =
                    form.attr("method").isBlank() ? "get" : form.attr("method").toLowerCase(Locale.ROOT);
            boolean multipart = "multipart/form-data".equalsIgnoreCase(form.attr("enctype"));
            String action = local(
                    form.hasAttr("action") && !form.attr("action").isBlank()
                            ? form.absUrl("action")
                            : "http://localhost" + pageUrl);
            if (method.equals("get") && action != null && action.contains("?")) {
                action = action.substring(0, action.indexOf('?')); // a browser replaces the query with the fields
            }
            if (action == null) {
                continue;
            }
            forms.add(new FormOnPage(pageUrl, method, action, multipart, anonymous, controls(elements, null)));
            for (Element button : elements) {
                if (isSubmit(button) && button.hasAttr("formaction") && local(button.absUrl("formaction")) != null) {
                    forms.add(new FormOnPage(
                            pageUrl,
                            method,
                            local(button.absUrl("formaction")),
                            multipart,
                            anonymous,
                            controls(elements, button)));
                }
            }
        }
        // An htmx control that posts by itself sends its own value and, inside a form, the form's values too.
        for (Element input : document.select("input[hx-post][name], select[hx-post][name], textarea[hx-post][name]")) {
            String action = local(input.absUrl("hx-post"));
            Element form = input.closest("form");
            List<Element> elements = new ArrayList<>(form instanceof FormElement f ? f.elements() : List.of(input));
            if (action != null) {
                forms.add(new FormOnPage(pageUrl, "post", action, false, anonymous, controls(elements, null)));
            }
        }
        // One that gets by itself sends only its own value, inside a form or not (htmx adds a form's values to
        // requests other than GET).
        for (Element input : document.select("input[hx-get][name], select[hx-get][name], textarea[hx-get][name]")) {
            forms.add(new FormOnPage(
                    pageUrl, "get", local(input.absUrl("hx-get")), false, anonymous, controls(List.of(input), null)));
        }
        return forms;
    }

    /** A link on the page as a path with its query, or null when it leaves the portal. */
    static String local(String absolute) {
        if (absolute == null || absolute.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(absolute);
            if (!"localhost".equals(uri.getHost()) || uri.getPort() != -1) {
                return null;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    private static boolean isSubmit(Element element) {
        String type = element.attr("type").toLowerCase(Locale.ROOT);
        return element.normalName().equals("button")
                ? type.isEmpty() || type.equals("submit")
                : element.normalName().equals("input") && (type.equals("submit") || type.equals("image"));
    }

    /** The controls a submission sends; {@code pressed} is the button clicked (else the first named submit button). */
    private static List<Control> controls(List<Element> elements, Element pressed) {
        Map<String, Control> controls = new LinkedHashMap<>();
        Element button = pressed;
        for (Element element : elements) {
            String name = element.attr("name");
            if (element.hasAttr("disabled")) {
                continue;
            }
            if (isSubmit(element)) {
                if (button == null && !name.isEmpty()) {
                    button = element;
                }
                continue;
            }
            if (name.isEmpty()) {
                continue;
            }
            String tag = element.normalName();
            String declared = tag.equals("input") ? element.attr("type").toLowerCase(Locale.ROOT) : tag;
            String type = declared.isEmpty() ? "text" : declared;
            if (NOT_SENT.contains(type) || tag.equals("button")) {
                continue;
            }
            Control control = controls.computeIfAbsent(
                    name, n -> new Control(n, type, new ArrayList<>(), new ArrayList<>(), element.attr("min")));
            switch (type) {
                case "checkbox", "radio" -> {
                    String value = element.hasAttr("value") ? element.attr("value") : "on";
                    control.options().add(value);
                    if (element.hasAttr("checked")) {
                        control.values().add(value);
                    }
                }
                case "select" -> {
                    for (Element option : element.select("option")) {
                        String value = option.hasAttr("value") ? option.attr("value") : option.text();
                        control.options().add(value);
                        if (option.hasAttr("selected")) {
                            control.values().add(value);
                        }
                    }
                    if (!element.hasAttr("multiple")
                            && control.values().isEmpty()
                            && !control.options().isEmpty()) {
                        control.values().add(control.options().get(0));
                    }
                }
                case "file" -> control.values().add("");
                default -> control.values().add(element.val());
            }
        }
        if (button != null && !button.attr("name").isEmpty()) {
            String name = button.attr("name");
            controls.put(
                    name,
                    new Control(name, "submit", new ArrayList<>(List.of(button.attr("value"))), new ArrayList<>(), ""));
        }
        return List.copyOf(controls.values());
    }

    static Document parse(String pageUrl, String html) {
        return Jsoup.parse(html, "http://localhost" + pageUrl);
    }
}
