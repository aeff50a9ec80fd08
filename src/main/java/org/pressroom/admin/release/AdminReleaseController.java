package org.pressroom.admin.release;

import java.util.List;

import jakarta.validation.Valid;

import org.pressroom.admin.audit.AuditLog;
import org.pressroom.release.PressRelease;
import org.pressroom.release.ReleaseStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
 * The release dashboard and form: list with search and filters, create, edit (with preview and change note),
 * delete.
 */
@Controller
@RequestMapping("/admin/releases")
class AdminReleaseController {

	static final int PAGE_SIZE = 25;

	static final List<String> TYPES = List.of("press release", "statement", "speech", "news story", "readout");

	private final ReleaseEditor editor;

	private final AdminReleaseRepository releases;

	private final ReleasePreview preview;

	AdminReleaseController(ReleaseEditor editor, AdminReleaseRepository releases, ReleasePreview preview) {
		this.editor = editor;
		this.releases = releases;
		this.preview = preview;
	}

	@ModelAttribute("statuses")
	ReleaseStatus[] statuses() {
		return ReleaseStatus.values();
	}

	@ModelAttribute("types")
	List<String> types() {
		return TYPES;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) ReleaseStatus status,
			@RequestParam(required = false) String type, @RequestParam(required = false) String country,
			@RequestParam(defaultValue = "0") int page, Model model) {
		ReleaseFilter filter = new ReleaseFilter(q, status, type, country);
		PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
				Sort.by(Sort.Order.desc("updatedAt"), Sort.Order.desc("id")));
		Page<PressRelease> results = this.releases.findAll(filter.specification(), request);
		model.addAttribute("filter", filter);
		model.addAttribute("releases", results);
		return "admin/releases/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", ReleaseForm.blank(ReleaseEditor.today()));
		return "admin/releases/form";
	}

	@PostMapping(params = "preview")
	String previewNew(@ModelAttribute("form") ReleaseForm form, BindingResult result, Model model) {
		model.addAttribute("previewHtml", this.preview.render(form.body()));
		return "admin/releases/form";
	}

	@PostMapping
	String save(@Valid @ModelAttribute("form") ReleaseForm form, BindingResult result, RedirectAttributes redirect) {
		this.editor.check(form, result);
		if (result.hasErrors()) {
			return "admin/releases/form";
		}
		PressRelease release = this.editor.create(form, AuditLog.currentActor());
		redirect.addFlashAttribute("message", "saved");
		return "redirect:/admin/releases/" + release.getId() + "/edit";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		PressRelease release = this.editor.find(id).orElseThrow(ReleaseNotFoundException::new);
		model.addAttribute("release", release);
		model.addAttribute("form", ReleaseForm.of(release));
		return "admin/releases/form";
	}

	@PostMapping(path = "/{id}", params = "preview")
	String previewEdit(@PathVariable Long id, @ModelAttribute("form") ReleaseForm form, BindingResult result,
			Model model) {
		model.addAttribute("release", this.editor.find(id).orElseThrow(ReleaseNotFoundException::new));
		model.addAttribute("previewHtml", this.preview.render(form.body()));
		return "admin/releases/form";
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") ReleaseForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		PressRelease current = this.editor.find(id).orElseThrow(ReleaseNotFoundException::new);
		model.addAttribute("release", current);
		this.editor.check(form, result);
		if (result.hasErrors()) {
			return "admin/releases/form";
		}
		try {
			this.editor.update(id, form, AuditLog.currentActor());
		}
		catch (ReleaseChangedException ex) {
			return conflict(form, ex.currentVersion(), ex.changedBy(), model);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			PressRelease latest = this.editor.find(id).orElseThrow(ReleaseNotFoundException::new);
			return conflict(form, latest.getVersion(), "another admin", model);
		}
		redirect.addFlashAttribute("message", "saved");
		return "redirect:/admin/releases/" + id + "/edit";
	}

	/**
	 * Shows the admin's own input again with the news that someone else saved meanwhile. The form now carries the
	 * current version: saving again is a deliberate choice made after seeing the message, and the history keeps
	 * both versions.
	 */
	private String conflict(ReleaseForm form, long currentVersion, String changedBy, Model model) {
		model.addAttribute("form", form.withVersion(currentVersion));
		model.addAttribute("conflictBy", changedBy);
		return "admin/releases/form";
	}

	@GetMapping("/{id}/delete")
	String confirmDelete(@PathVariable Long id, Model model) {
		model.addAttribute("release", this.editor.find(id).orElseThrow(ReleaseNotFoundException::new));
		return "admin/releases/delete";
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable Long id, @RequestParam(required = false) Long version, Model model,
			RedirectAttributes redirect) {
		try {
			PressRelease deleted = this.editor.delete(id, version, AuditLog.currentActor());
			redirect.addFlashAttribute("message", "deleted");
			redirect.addFlashAttribute("deletedTitle", deleted.getTitle());
			return "redirect:/admin/releases";
		}
		catch (ReleaseChangedException | ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("release", this.editor.find(id).orElseThrow(ReleaseNotFoundException::new));
			model.addAttribute("conflict", true);
			return "admin/releases/delete";
		}
	}

	@GetMapping("/{id}/history")
	String history(@PathVariable Long id, Model model) {
		PressRelease release = this.editor.find(id).orElseThrow(ReleaseNotFoundException::new);
		model.addAttribute("release", release);
		model.addAttribute("changes", ReleaseHistory.of(this.editor.versions(id)));
		return "admin/releases/history";
	}

}
