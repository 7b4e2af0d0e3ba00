package org.mekonginstitute.portal.evaluation.questionnaire;

/** A questionnaire whose items can be copied: a template, or another activity's test or evaluation. */
public record CopySource(long id, String label, boolean template) {}
