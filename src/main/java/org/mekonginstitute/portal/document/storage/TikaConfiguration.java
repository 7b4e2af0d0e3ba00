package org.mekonginstitute.portal.document.storage;

import org.apache.tika.config.TikaConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Apache Tika's default detectors and type registry, loaded once, when the first file is checked. */
@Configuration(proxyBeanMethods = false)
class TikaConfiguration {

    @Bean
    FileCheck fileCheck() {
        return new FileCheck(TikaConfig::getDefaultConfig);
    }
}
