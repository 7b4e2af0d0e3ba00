package org.mekonginstitute.portal.api.v1;

/** A query parameter or header the API cannot use: answered 400 with the parameter named. */
class BadParameter extends RuntimeException {

    private final String parameter;

    BadParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
