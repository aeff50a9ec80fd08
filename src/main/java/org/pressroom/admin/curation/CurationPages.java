package org.pressroom.admin.curation;

import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin pages of one kind of entry: a list searched by name, 50 a page, a form to create an entry and one to
 * edit it. A save made after someone else's shows the form again with a notice and their version, so that no change
 * is overwritten unseen. Subclasses map the pages under {@code /admin/PLURAL} and say how entries are found, checked
 * and stored; the templates are {@code admin/PLURAL/list} and {@code admin/PLURAL/form}.
 *
 * @param <E> the entry
 * @param <F> its form
 */
abstract class CurationPages<E, F extends CurationForm<F>> {

	private static final int PAGE_SIZE = 50;

	private final String singular;

	private final String plural;

	/**
	 * @param singular the model attribute of the entry edited ("country")
	 * @param plural the path below {@code /admin}, the templates' folder and the model attribute of the list
	 * ("countries")
	 */
	CurationPages(String singular, String plural) {
		this.singular = singular;
		this.plural = plural;
	}

	/** The entries whose name matches the pattern (lower case, SQL {@code like}). */
	abstract Page<E> search(String pattern, Pageable pageable);

	/** The entry with everything its form shows. */
	abstract Optional<E> find(Long id);

	abstract F blankForm();

	abstract F formOf(E entry);

	/** Rejects what the form cannot be saved with ({@code id} is null for a new entry). */
	abstract void check(F form, Long id, Errors errors);

	/** Creates the entry; its id. */
	abstract Long create(F form);

	/** Saves the form onto the entry, refusing with {@link ChangedMeanwhileException} an outdated one. */
	abstract void update(Long id, F form);

	/** The entry's version as stored now. */
	abstract long version(Long id);

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute(this.plural, search(Patterns.contains(q), PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return "admin/" + this.plural + "/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", blankForm());
		return form();
	}

	@PostMapping
	String save(@Valid @ModelAttribute("form") F form, BindingResult result, RedirectAttributes redirect) {
		check(form, null, result);
		if (result.hasErrors()) {
			return form();
		}
		Long id = create(form);
		redirect.addFlashAttribute("message", "curation.saved");
		return "redirect:/admin/" + this.plural + "/" + id + "/edit";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		E entry = find(id).orElseThrow(NotFoundException::new);
		model.addAttribute(this.singular, entry);
		model.addAttribute("form", formOf(entry));
		return form();
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") F form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute(this.singular, find(id).orElseThrow(NotFoundException::new));
		check(form, id, result);
		if (result.hasErrors()) {
			return form();
		}
		try {
			update(id, form);
		}
		catch (ChangedMeanwhileException ex) {
			return conflict(form, ex.currentVersion(), model);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return conflict(form, version(id), model);
		}
		redirect.addFlashAttribute("message", "curation.saved");
		return "redirect:/admin/" + this.plural + "/" + id + "/edit";
	}

	private String conflict(F form, long currentVersion, Model model) {
		model.addAttribute("form", form.withVersion(currentVersion));
		model.addAttribute("conflict", true);
		return form();
	}

	private String form() {
		return "admin/" + this.plural + "/form";
	}

}
