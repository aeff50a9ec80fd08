package org.pressroom.admin.curation;

import java.util.Optional;

import org.pressroom.country.Country;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Curation of countries: names and the aliases texts use for them.
 */
@Controller
@RequestMapping("/admin/countries")
class CountryAdminController extends CurationPages<Country, CountryForm> {

	private final EntryCurator curator;

	private final CountryCuration countries;

	CountryAdminController(EntryCurator curator, CountryCuration countries) {
		super("country", "countries");
		this.curator = curator;
		this.countries = countries;
	}

	@Override
	Page<Country> search(String pattern, Pageable pageable) {
		return this.countries.search(pattern, pageable);
	}

	@Override
	Optional<Country> find(Long id) {
		return this.countries.findWithAliasesById(id);
	}

	@Override
	CountryForm blankForm() {
		return CountryForm.blank();
	}

	@Override
	CountryForm formOf(Country country) {
		return CountryForm.of(country);
	}

	@Override
	void check(CountryForm form, Long id, Errors errors) {
		this.curator.check(form, id, errors);
	}

	@Override
	Long create(CountryForm form) {
		return this.curator.create(form).getId();
	}

	@Override
	void update(Long id, CountryForm form) {
		this.curator.update(id, form);
	}

	@Override
	long version(Long id) {
		return this.countries.findById(id).orElseThrow().getVersion();
	}

}
