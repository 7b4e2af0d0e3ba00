package org.mekonginstitute.portal.document;

import org.springframework.core.io.InputStreamSource;

/**
 * A file as it arrives: the name the uploader's computer gave it, its size, and its content, which can be read more
 * than once (to tell its type, then to store it) and is never held whole in memory.
 */
public record IncomingFile(String name, long size, InputStreamSource content) {}
