package org.pressroom.admin.curation;

/**
 * Someone saved the entry after the admin opened it; saving would silently overwrite their change.
 */
class ChangedMeanwhileException extends RuntimeException {

	private final long currentVersion;

	ChangedMeanwhileException(long currentVersion) {
		super("Changed meanwhile");
		this.currentVersion = currentVersion;
	}

	long currentVersion() {
		return this.currentVersion;
	}

	static void refuseOutdated(String formVersion, long current) {
		if (formVersion == null || !formVersion.equals(String.valueOf(current))) {
			throw new ChangedMeanwhileException(current);
		}
	}

}
