package org.pressroom.agreement;

/**
 * Where an agreement stands.
 */
public enum AgreementStatus {

	PROPOSED("proposed"), UNDER_NEGOTIATION("under negotiation"), SIGNED("signed"), IN_FORCE("in force"),
	ENDED("ended");

	private final String label;

	AgreementStatus(String label) {
		this.label = label;
	}

	public String getLabel() {
		return this.label;
	}

}
