package org.mekonginstitute.portal.api.v1;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Locale;

/**
 * The API answers in English, whatever language its token's owner reads the pages in or the caller's
 * {@code Accept-Language} asks for: its answers are read by programs, and their messages (the same the pages show
 * beside their fields, from the bundles) are documented for their programmers in English. The language holds for
 * the handler, its validation and its problem details; the request's own resolution is restored afterwards.
 */
@Configuration(proxyBeanMethods = false)
class ApiLanguage implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new English()).addPathPatterns("/api/v1/**");
    }

    private static final class English implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            LocaleContextHolder.setLocale(Locale.ENGLISH);
            return true;
        }
    }
}
