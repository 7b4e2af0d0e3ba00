package org.mekonginstitute.portal.api.token;

/** A token that opened the API: which one (for its rate limit), whose it is, and what it may do. */
public record Bearer(long tokenId, long ownerId, TokenScope scope) {}
