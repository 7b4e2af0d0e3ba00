package org.mekonginstitute.portal.notification.mail;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the retries of notices not sent yet ({@link NoticeDelivery}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NoticeScheduling {}
