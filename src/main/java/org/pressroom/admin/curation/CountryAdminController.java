package org.pressroom.admin.curation;

import jakarta.validation.Valid;

import org.pressroom.country.Country;
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
 * Curation of countries: names and the aliases texts use for them.
 */
@Controller
@RequestMapping("/admin/countries")
class CountryAdminController {

	private static final String FORM = "admin/countries/form";

	private final EntryCurator curator;

	private final CountryCuration countries;

	CountryAdminController(EntryCurator curator, CountryCuration countries) {
		this.curator = curator;
		this.countries = countries;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("countries", this.countries.search(Patterns.contains(q), PageRequest.of(Math.max(page, 0), 50)));
		return "admin/countries/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", CountryForm.blank());
		return FORM;
	}

	@PostMapping
	String save(@Valid @ModelAttribute("form") CountryForm form, BindingResult result, RedirectAttributes redirect) {
		this.curator.check(form, null, result);
		if (result.hasErrors()) {
			return FORM;
		}
		Country country = this.curator.create(form);
		redirect.addFlashAttribute("message", "curation.saved");
		return "redirect:/admin/countries/" + country.getId() + "/edit";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		Country country = this.countries.findWithAliasesById(id).orElseThrow(NotFoundException::new);
		model.addAttribute("country", country);
		model.addAttribute("form", CountryForm.of(country));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") CountryForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("country", this.countries.findWithAliasesById(id).orElseThrow(NotFoundException::new));
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
			model.addAttribute("form", form.withVersion(this.countries.findById(id).orElseThrow().getVersion()));
			model.addAttribute("conflict", true);
			return FORM;
		}
		redirect.addFlashAttribute("message", "curation.saved");
		return "redirect:/admin/countries/" + id + "/edit";
	}

}
