package org.mekonginstitute.portal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;

/**
 * Pages as a reader whose browser asks for Thai gets them: found, declared Thai, and with no message missing from
 * the bundles.
 */
@Component
public class ThaiPages {

    /** Asked for when a page is opened: portals started without MockMvc (several instances at once) have none. */
    private final ObjectProvider<MockMvc> mvc;

    ThaiPages(ObjectProvider<MockMvc> mvc) {
        this.mvc = mvc;
    }

    /** The page at {@code url} as {@code user} reads it in Thai. */
    public String page(String url, RequestPostProcessor user) throws Exception {
        return page(get(url), user);
    }

    /**
     * The page {@code request} answers with as {@code user} reads it in Thai: one asked for with parameters, or a
     * form shown again with its problems after a refused post.
     */
    public String page(AbstractMockHttpServletRequestBuilder<?> request, RequestPostProcessor user) throws Exception {
        String html = mvc.getObject()
                .perform(request.with(user).header("Accept-Language", "th-TH,th;q=0.9,en;q=0.5"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).as("a message missing in Thai").doesNotContain("??").contains("lang=\"th\"");
        return html;
    }
}
