package org.pressroom.admin.release;

import java.util.List;
import java.util.Locale;

import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Suggestions for the pickers of the release form: {@code GET /admin/lookup/ministers?q=verl} answers
 * {@code ["Annelies Verlinden"]}. Only for signed-in admins, like everything under {@code /admin}.
 */
@RestController
class LookupController {

	private static final Limit SUGGESTIONS = Limit.of(10);

	private final NameLookup names;

	LookupController(NameLookup names) {
		this.names = names;
	}

	@GetMapping("/admin/lookup/{kind}")
	List<String> suggest(@PathVariable String kind, @RequestParam(defaultValue = "") String q) {
		NameLookup.Kind parsed;
		try {
			parsed = NameLookup.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No such list");
		}
		if (q.isBlank() || q.length() > 200) {
			return List.of();
		}
		return this.names.suggest(parsed, q, SUGGESTIONS);
	}

}
