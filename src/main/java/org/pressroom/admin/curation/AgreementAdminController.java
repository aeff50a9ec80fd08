package org.pressroom.admin.curation;

import jakarta.validation.Valid;

import org.pressroom.agreement.Agreement;
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
 * Curation of agreements: kind, status, parties, signatories and dates.
 */
@Controller
@RequestMapping("/admin/agreements")
class AgreementAdminController {

	private static final String FORM = "admin/agreements/form";

	private final EntryCurator curator;

	private final AgreementCuration agreements;

	AgreementAdminController(EntryCurator curator, AgreementCuration agreements) {
		this.curator = curator;
		this.agreements = agreements;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("agreements", this.agreements.search(Patterns.contains(q), PageRequest.of(Math.max(page, 0), 50)));
		return "admin/agreements/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", AgreementForm.blank());
		return FORM;
	}

	@PostMapping
	String save(@Valid @ModelAttribute("form") AgreementForm form, BindingResult result, RedirectAttributes redirect) {
		this.curator.check(form, result);
		if (result.hasErrors()) {
			return FORM;
		}
		Agreement agreement = this.curator.create(form);
		redirect.addFlashAttribute("message", "curation.saved");
		return "redirect:/admin/agreements/" + agreement.getId() + "/edit";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		Agreement agreement = this.agreements.findWithPartiesById(id).orElseThrow(NotFoundException::new);
		model.addAttribute("agreement", agreement);
		model.addAttribute("form", AgreementForm.of(agreement));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") AgreementForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("agreement", this.agreements.findWithPartiesById(id).orElseThrow(NotFoundException::new));
		this.curator.check(form, result);
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
			model.addAttribute("form", form.withVersion(this.agreements.findById(id).orElseThrow().getVersion()));
			model.addAttribute("conflict", true);
			return FORM;
		}
		redirect.addFlashAttribute("message", "curation.saved");
		return "redirect:/admin/agreements/" + id + "/edit";
	}

}
