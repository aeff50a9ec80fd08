package org.pressroom.admin.curation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.pressroom.country.Country;

/**
 * The country form: ISO code (set once, when created), English name and aliases one a line.
 */
record CountryForm(@Pattern(regexp = "|[A-Za-z]{2}") String code, @NotBlank @Size(max = 200) String name,
		@Size(max = 20_000) String aliases, @Pattern(regexp = "\\d{0,18}") String version)
		implements CurationForm<CountryForm> {

	static CountryForm blank() {
		return new CountryForm("", "", "", "");
	}

	static CountryForm of(Country country) {
		return new CountryForm(country.getCode(), country.getName(), Lines.join(country.getAliases()),
				String.valueOf(country.getVersion()));
	}

	@Override
	public CountryForm withVersion(long newVersion) {
		return new CountryForm(this.code, this.name, this.aliases, String.valueOf(newVersion));
	}

}
