package org.pressroom;

/**
 * Something a URL names does not exist (or is not public): answered with the 404 page, or a JSON error under
 * {@code /api/}. The message is looked up as {@code error.notFound.<kind>} with the missing key as argument.
 */
public class NotFoundException extends RuntimeException {

	private final String kind;

	private final String key;

	/**
	 * @param kind what was looked for: {@code release}, {@code minister}, {@code country}, ...
	 * @param key the slug or code that matched nothing
	 */
	public NotFoundException(String kind, String key) {
		super("No " + kind + " " + key);
		this.kind = kind;
		this.key = key;
	}

	public String getKind() {
		return this.kind;
	}

	public String getKey() {
		return this.key;
	}

}
