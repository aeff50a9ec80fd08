package org.pressroom.admin.curation;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.ui.Model;

/**
 * The first step of the merge pages (admin/merge.html): the two entries an admin picked by name, or why they cannot
 * be merged (a name no entry has, or both names of one entry).
 */
final class MergePicker {

	private final String kind;

	private final Function<String, Optional<Long>> idByName;

	/**
	 * @param kind the entries' part of the admin URLs, "ministers" or "agreements"
	 * @param idByName finds an entry's id by its name or an alias
	 */
	MergePicker(String kind, Function<String, Optional<Long>> idByName) {
		this.kind = kind;
		this.idByName = idByName;
	}

	/**
	 * Puts the form and its errors into the model.
	 * @return the ids of the entry to keep and of the duplicate, when both are known and not the same
	 */
	Optional<Pair> pick(String keep, String duplicate, Model model) {
		Optional<Long> kept = find(keep);
		Optional<Long> dup = find(duplicate);
		boolean same = kept.isPresent() && kept.equals(dup);
		model.addAttribute("kind", this.kind);
		model.addAttribute("keep", keep);
		model.addAttribute("duplicate", duplicate);
		model.addAttribute("keepError", isGiven(keep) && kept.isEmpty());
		model.addAttribute("duplicateError", isGiven(duplicate) && dup.isEmpty());
		model.addAttribute("sameError", same);
		return (kept.isPresent() && dup.isPresent() && !same) ? Optional.of(new Pair(kept.get(), dup.get()))
				: Optional.empty();
	}

	/** Puts what the merge will do into the model, for the admin to confirm. */
	static void summary(Entry kept, Entry duplicate, Model model) {
		model.addAttribute("kept", kept);
		model.addAttribute("dup", duplicate);
	}

	private Optional<Long> find(String name) {
		return isGiven(name) ? this.idByName.apply(name) : Optional.empty();
	}

	private static boolean isGiven(String name) {
		return name != null && !name.isBlank();
	}

	record Pair(Long keptId, Long duplicateId) {
	}

	/** An entry as the merge page shows it: its name, the aliases it has and how many releases link to it. */
	record Entry(Long id, String name, Collection<String> aliases, long releases) {
	}

}
