package org.mekonginstitute.portal.registration.model;

import java.security.SecureRandom;

/** Reference numbers of applications, such as R-7K3F9QX: short, read aloud or typed without mistakes. */
public final class References {

    /** No 0/O or 1/I/L, which are misread on the phone. */
    private static final String CHARACTERS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    private static final SecureRandom RANDOM = new SecureRandom();

    private References() {}

    /** A new random reference; the caller makes sure it is not taken (one in 27 billion). */
    public static String next() {
        StringBuilder code = new StringBuilder("R-");
        for (int i = 0; i < 7; i++) {
            code.append(CHARACTERS.charAt(RANDOM.nextInt(CHARACTERS.length())));
        }
        return code.toString();
    }
}
