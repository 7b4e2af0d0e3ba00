package org.mekonginstitute.portal.document.storage;

import org.apache.tika.config.TikaConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Apache Tika's default detectors and type registry, loaded once. */
@Configuration(proxyBeanMethods = false)
class TikaConfiguration {

    @Bean
    FileCheck fileCheck() {
        TikaConfig tika = TikaConfig.getDefaultConfig();
        return new FileCheck(tika.getDetector(), tika.getMediaTypeRegistry());
    }
}
