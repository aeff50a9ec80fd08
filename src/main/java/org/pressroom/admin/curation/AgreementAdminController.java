package org.pressroom.admin.curation;

import java.util.Optional;

import org.pressroom.agreement.Agreement;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Curation of agreements: kind, status, parties, signatories and dates.
 */
@Controller
@RequestMapping("/admin/agreements")
class AgreementAdminController extends CurationPages<Agreement, AgreementForm> {

	private final EntryCurator curator;

	private final AgreementCuration agreements;

	AgreementAdminController(EntryCurator curator, AgreementCuration agreements) {
		super("agreement", "agreements");
		this.curator = curator;
		this.agreements = agreements;
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
		this.curator.check(form, errors);
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
