package org.pressroom.agreement;

/**
 * What sort of instrument an agreement is.
 */
public enum AgreementKind {

	AGREEMENT("agreement"), JOINT_DECLARATION("joint declaration"),
	MEMORANDUM_OF_UNDERSTANDING("memorandum of understanding"), TREATY("treaty");

	private final String label;

	AgreementKind(String label) {
		this.label = label;
	}

	public String getLabel() {
		return this.label;
	}

}
