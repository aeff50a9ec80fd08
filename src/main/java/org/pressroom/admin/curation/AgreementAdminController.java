package org.pressroom.admin.curation;

import java.util.Optional;

import org.pressroom.admin.release.NameLookup;
import org.pressroom.agreement.Agreement;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Curation of agreements: other names, kind, status, parties, signatories and dates; and merging two that are the
 * same agreement.
 */
@Controller
@RequestMapping("/admin/agreements")
class AgreementAdminController extends CurationPages<Agreement, AgreementForm> {

	private final EntryCurator curator;

	private final AgreementCuration agreements;

	private final MergePicker mergePicker;

	AgreementAdminController(EntryCurator curator, AgreementCuration agreements, NameLookup names) {
		super("agreement", "agreements");
		this.curator = curator;
		this.agreements = agreements;
		this.mergePicker = new MergePicker("agreements", (name) -> names.agreement(name).map(Agreement::getId));
	}

	/** The merge page: pick the two agreements by title or alias, see what will move, then confirm. */
	@GetMapping("/merge")
	String merge(@RequestParam(required = false) String keep, @RequestParam(required = false) String duplicate,
			Model model) {
		this.mergePicker.pick(keep, duplicate, model).ifPresent((pair) -> {
			Agreement kept = this.agreements.findWithPartiesById(pair.keptId()).orElseThrow();
			Agreement dup = this.agreements.findWithPartiesById(pair.duplicateId()).orElseThrow();
			MergePicker.summary(entry(kept), entry(dup), model);
		});
		return "admin/merge";
	}

	@PostMapping("/merge")
	String doMerge(@RequestParam Long keepId, @RequestParam Long duplicateId, RedirectAttributes redirect) {
		if (keepId.equals(duplicateId)) {
			return "redirect:/admin/agreements/merge";
		}
		Agreement kept = this.curator.merge(keepId, duplicateId);
		redirect.addFlashAttribute("message", "curation.agreements.merged");
		return "redirect:/admin/agreements/" + kept.getId() + "/edit";
	}

	private MergePicker.Entry entry(Agreement agreement) {
		return new MergePicker.Entry(agreement.getId(), agreement.getTitle(), agreement.getAliases(),
				this.agreements.countReleases(agreement.getId()));
	}

	@Override
	Page<Agreement> search(String pattern, Pageable pageable) {
		return this.agreements.search(pattern, pageable);
	}

	@Override
	Optional<Agreement> find(Long id) {
		return this.agreements.findWithPartiesById(id);
	}

	@Override
	AgreementForm blankForm() {
		return AgreementForm.blank();
	}

	@Override
	AgreementForm formOf(Agreement agreement) {
		return AgreementForm.of(agreement);
	}

	@Override
	void check(AgreementForm form, Long id, Errors errors) {
		this.curator.check(form, id, errors);
	}

	@Override
	Long create(AgreementForm form) {
		return this.curator.create(form).getId();
	}

	@Override
	void update(Long id, AgreementForm form) {
		this.curator.update(id, form);
	}

	@Override
	long version(Long id) {
		return this.agreements.findById(id).orElseThrow().getVersion();
	}

}
