package org.mekonginstitute.portal.evaluation.web;

import lombok.Getter;
import lombok.Setter;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** A participant's answers as posted: per item id, the answer chosen (counted from 0), the rating, or the words. */
@Getter
@Setter
public class AnswerForm implements Serializable {

    private Map<Long, String> answers = new HashMap<>();
}
