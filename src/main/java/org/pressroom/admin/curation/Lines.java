package org.pressroom.admin.curation;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lists typed one item a line, as the curation forms take aliases, parties and roles.
 */
final class Lines {

	private Lines() {
	}

	static List<String> of(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).distinct()
			.toList();
	}

	static String join(Collection<String> items) {
		return items.stream().collect(Collectors.joining("\n"));
	}

}
