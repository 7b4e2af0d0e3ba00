package org.mekonginstitute.portal.registration.apply;

/** A public form sent more often than its rate limit allows: refused with 429 until the hour has passed. */
class TooManySubmissions extends RuntimeException {

    TooManySubmissions(String message) {
        super(message);
    }
}
