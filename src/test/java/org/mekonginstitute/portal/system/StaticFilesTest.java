package org.mekonginstitute.portal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.webjars.WebJarVersionLocator;

/**
 * Static files: looked up before the pages' routes, addressed by their content's hash, kept a year by browsers,
 * and served from memory with the very bytes of the file in the jar.
 */
@PortalTest
class StaticFilesTest {

    @Autowired
    @Qualifier("resourceHandlerMapping")
    HandlerMapping staticFiles;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping pages;

    @Autowired
    @Qualifier("mvcResourceUrlProvider")
    ResourceUrlProvider addresses;

    @Autowired
    MockMvc mvc;

    @Test
    void staticFilesComeBeforeThePagesRoutes() {
        assertThat(((Ordered) staticFiles).getOrder()).isLessThan(pages.getOrder());
    }

    @Test
    void aVersionedFileIsServedWithItsBytesAndKeptForAYear() throws Exception {
        String address = addresses.getForLookupPath("/assets/css/portal.css");
        assertThat(address).matches("/assets/css/portal-[0-9a-f]{32}\\.css");
        byte[] file = new ClassPathResource("static/assets/css/portal.css").getContentAsByteArray();
        mvc.perform(get("/login")).andExpect(content().string(containsString("href=\"" + address + "\"")));

        for (int time = 0; time < 2; time++) {
            mvc.perform(get(address))
                    .andExpect(status().isOk())
                    .andExpect(header().string(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public"))
                    .andExpect(header().longValue(HttpHeaders.CONTENT_LENGTH, file.length))
                    .andExpect(content().bytes(file));
        }
    }

    @Test
    void aBrowserThatHasTheFileIsToldItIsUnchanged() throws Exception {
        String address = addresses.getForLookupPath("/assets/js/portal.js");
        MvcResult first = mvc.perform(get(address)).andExpect(status().isOk()).andReturn();
        String modified = first.getResponse().getHeader(HttpHeaders.LAST_MODIFIED);
        assertThat(first.getResponse().getHeader(HttpHeaders.ETAG))
                .contains(address.replaceAll(".*-([0-9a-f]{32})\\.js", "$1"));
        assertThat(modified).isNotBlank();

        mvc.perform(get(address).header(HttpHeaders.IF_MODIFIED_SINCE, modified))
                .andExpect(status().isNotModified());
    }

    @Test
    void libraryFilesAreFoundWithoutTheirVersion() throws Exception {
        String inJar = new WebJarVersionLocator().fullPath("bootstrap", "dist/css/bootstrap.min.css");
        byte[] file = new ClassPathResource(inJar).getContentAsByteArray();

        mvc.perform(get("/webjars/bootstrap/dist/css/bootstrap.min.css"))
                .andExpect(status().isOk())
                .andExpect(content().bytes(file));
    }

    @Test
    void onlyFilesOfThePortalAreServed() throws Exception {
        mvc.perform(get("/assets/css/nothing-here.css")).andExpect(status().isNotFound());
        mvc.perform(get("/assets/../application.properties")).andExpect(status().is4xxClientError());
    }
}
