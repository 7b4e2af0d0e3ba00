package org.mekonginstitute.portal.participant.csv;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the hourly removal of import previews older than a day ({@link ParticipantImportService#removeStale()}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ImportScheduling {}
