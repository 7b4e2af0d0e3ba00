package org.mekonginstitute.portal.api.token;

import java.time.LocalDate;

/** A token as its owner asks for it: a name to recognise it by, the last day it works, and its scope. */
public record NewToken(String name, LocalDate expiresOn, TokenScope scope) {}
