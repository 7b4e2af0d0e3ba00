package org.mekonginstitute.portal.participant;

/**
 * Two records of one person were merged: whatever other modules keep of {@code removedId} must now point to
 * {@code keptId}. Published inside the merge's transaction, before the removed record is deleted.
 */
public record ParticipantsMerged(long keptId, long removedId) {}
