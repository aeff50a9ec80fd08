package org.pressroom.admin.curation;


import jakarta.validation.Valid;

import org.pressroom.admin.release.NameLookup;
import org.pressroom.minister.Minister;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Curation of ministers: the list (unconfirmed ones first), create, edit, confirm, and merge two that are the
 * same person.
 */
@Controller
@RequestMapping("/admin/ministers")
class MinisterAdminController {

	private static final int PAGE_SIZE = 50;

	private static final String FORM = "admin/ministers/form";

	private final MinisterCurator curator;

	private final MinisterCuration ministers;

	private final MergePicker mergePicker;

	MinisterAdminController(MinisterCurator curator, MinisterCuration ministers, NameLookup names) {
		this.curator = curator;
		this.ministers = ministers;
		this.mergePicker = new MergePicker("ministers", (name) -> names.minister(name).map(Minister::getId));
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean unreviewed,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("unreviewed", unreviewed);
		model.addAttribute("unreviewedCount", this.ministers.countByReviewedFalse());
		model.addAttribute("ministers",
				this.ministers.search(Patterns.contains(q), unreviewed, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		return "admin/ministers/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", MinisterForm.blank());
		return FORM;
	}

	@PostMapping
	String save(@Valid @ModelAttribute("form") MinisterForm form, BindingResult result, RedirectAttributes redirect) {
		this.curator.check(form, null, result);
		if (result.hasErrors()) {
			return FORM;
		}
		Minister minister = this.curator.create(form);
		redirect.addFlashAttribute("message", "curation.saved");
		return "redirect:/admin/ministers/" + minister.getId() + "/edit";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		Minister minister = this.curator.find(id).orElseThrow(NotFoundException::new);
		model.addAttribute("minister", minister);
		model.addAttribute("form", MinisterForm.of(minister));
		model.addAttribute("releaseCount", this.ministers.countReleases(id));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") MinisterForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Minister minister = this.curator.find(id).orElseThrow(NotFoundException::new);
		model.addAttribute("minister", minister);
		model.addAttribute("releaseCount", this.ministers.countReleases(id));
		this.curator.check(form, id, result);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.curator.update(id, form);
		}
		catch (ChangedMeanwhileException ex) {
			model.addAttribute("form", form.withVersion(ex.currentVersion()));
			model.addAttribute("conflict", true);
			return FORM;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("form", form.withVersion(this.curator.find(id).orElseThrow().getVersion()));
			model.addAttribute("conflict", true);
			return FORM;
		}
		redirect.addFlashAttribute("message", "curation.saved");
		return "redirect:/admin/ministers/" + id + "/edit";
	}

	@PostMapping("/{id}/confirm")
	String confirm(@PathVariable Long id, @RequestParam(required = false) String version,
			RedirectAttributes redirect) {
		try {
			Minister minister = this.curator.confirm(id, version);
			redirect.addFlashAttribute("message", "curation.confirmed");
			redirect.addFlashAttribute("name", minister.getName());
		}
		catch (ChangedMeanwhileException | ObjectOptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("error", "curation.changedMeanwhile");
		}
		return "redirect:/admin/ministers?unreviewed=true";
	}

	/** The merge page: pick the two ministers by name, see what will move, then confirm. */
	@GetMapping("/merge")
	String merge(@RequestParam(required = false) String keep, @RequestParam(required = false) String duplicate,
			Model model) {
		this.mergePicker.pick(keep, duplicate, model).ifPresent((pair) -> {
			Minister kept = this.curator.find(pair.keptId()).orElseThrow();
			Minister dup = this.curator.find(pair.duplicateId()).orElseThrow();
			MergePicker.summary(entry(kept), entry(dup), model);
			model.addAttribute("dupRoles", dup.getRoles().size());
		});
		return "admin/merge";
	}

	private MergePicker.Entry entry(Minister minister) {
		return new MergePicker.Entry(minister.getId(), minister.getName(), minister.getAliases(),
				this.ministers.countReleases(minister.getId()));
	}

	@PostMapping("/merge")
	String doMerge(@RequestParam Long keepId, @RequestParam Long duplicateId, RedirectAttributes redirect) {
		if (keepId.equals(duplicateId)) {
			return "redirect:/admin/ministers/merge";
		}
		Minister kept = this.curator.merge(keepId, duplicateId);
		redirect.addFlashAttribute("message", "curation.merged");
		return "redirect:/admin/ministers/" + kept.getId() + "/edit";
	}

}
