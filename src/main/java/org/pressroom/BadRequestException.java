package org.pressroom;

/**
 * A request the site cannot answer because of a value it was given: answered with the 400 page, or a JSON error
 * under {@code /api/}. The message is looked up in {@code messages.properties} by its code.
 */
public class BadRequestException extends RuntimeException {

	private final String code;

	private final transient Object[] arguments;

	public BadRequestException(String code, Object... arguments) {
		super(code);
		this.code = code;
		this.arguments = arguments;
	}

	public String getCode() {
		return this.code;
	}

	public Object[] getArguments() {
		return this.arguments.clone();
	}

}
