package org.pressroom.release;

/**
 * Whether the public may see a release yet.
 */
public enum ReleaseStatus {

	DRAFT, SCHEDULED, PUBLISHED

}
