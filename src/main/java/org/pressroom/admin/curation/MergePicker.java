package org.pressroom.admin.curation;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.ui.Model;

/**
 * The first step of the merge pages (admin/merge.html): the two entries an admin picked by name, or why they cannot
 * be merged (a name no entry has, or both names of one entry).
 *
 * @param <E> ministers or agreements
 */
final class MergePicker<E> {

	private final String kind;

	private final Function<String, Optional<E>> byName;

	private final Function<E, Long> id;

	/**
	 * @param kind the entries' part of the admin URLs, "ministers" or "agreements"
	 * @param byName finds an entry by its name or an alias
	 * @param id the entry's id
	 */
	MergePicker(String kind, Function<String, Optional<E>> byName, Function<E, Long> id) {
		this.kind = kind;
		this.byName = byName;
		this.id = id;
	}

	/**
	 * Puts the form and its errors into the model.
	 * @return the entry to keep and the duplicate, when both are known and not the same
	 */
	Optional<Pair<E>> pick(String keep, String duplicate, Model model) {
		Optional<E> kept = find(keep);
		Optional<E> dup = find(duplicate);
		boolean same = kept.isPresent() && dup.isPresent() && this.id.apply(kept.get()).equals(this.id.apply(dup.get()));
		model.addAttribute("kind", this.kind);
		model.addAttribute("keep", keep);
		model.addAttribute("duplicate", duplicate);
		model.addAttribute("keepError", isGiven(keep) && kept.isEmpty());
		model.addAttribute("duplicateError", isGiven(duplicate) && dup.isEmpty());
		model.addAttribute("sameError", same);
		return (kept.isPresent() && dup.isPresent() && !same) ? Optional.of(new Pair<>(kept.get(), dup.get()))
				: Optional.empty();
	}

	/** Puts what the merge will do into the model, for the admin to confirm. */
	static void summary(Entry kept, Entry duplicate, Model model) {
		model.addAttribute("kept", kept);
		model.addAttribute("dup", duplicate);
	}

	private Optional<E> find(String name) {
		return isGiven(name) ? this.byName.apply(name) : Optional.empty();
	}

	private static boolean isGiven(String name) {
		return name != null && !name.isBlank();
	}

	record Pair<E>(E kept, E duplicate) {
	}

	/** An entry as the merge page shows it: its name, the aliases it has and how many releases link to it. */
	record Entry(Long id, String name, Collection<String> aliases, long releases) {
	}

}
