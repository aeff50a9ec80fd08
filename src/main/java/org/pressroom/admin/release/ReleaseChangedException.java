package org.pressroom.admin.release;

/**
 * Someone saved the release after the admin opened it: saving now would silently overwrite their change.
 */
class ReleaseChangedException extends RuntimeException {

	private final long currentVersion;

	private final String changedBy;

	ReleaseChangedException(long currentVersion, String changedBy) {
		super("The release was changed meanwhile");
		this.currentVersion = currentVersion;
		this.changedBy = changedBy;
	}

	long currentVersion() {
		return this.currentVersion;
	}

	String changedBy() {
		return this.changedBy;
	}

}
