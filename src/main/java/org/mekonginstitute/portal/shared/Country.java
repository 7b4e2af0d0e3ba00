package org.mekonginstitute.portal.shared;

/** A country by its ISO 3166-1 alpha-2 code and its name in one language (see {@link Countries}). */
public record Country(String code, String name, boolean mekong) {}
