package org.pressroom.release.browse;

import java.time.LocalDate;
import java.util.List;

import org.pressroom.country.Country;
import org.pressroom.minister.Minister;
import org.pressroom.release.Link;

/**
 * A minister as their page shows them: roles over time, oldest first.
 */
record MinisterView(String slug, String name, Link country, List<String> aliases, List<Role> roles) {

	/** An office held: {@code to} is null while it is held still. */
	record Role(String title, Link country, LocalDate from, LocalDate to) {
	}

	/** From a minister loaded with its country, aliases and roles. */
	static MinisterView of(Minister minister) {
		return new MinisterView(minister.getSlug(), minister.getName(), link(minister.getCountry()),
				minister.getAliases().stream().sorted().toList(),
				minister.getRoles()
					.stream()
					.map((role) -> new Role(role.getTitle(), link(role.getCountry()), role.getStartDate(),
							role.getEndDate()))
					.toList());
	}

	static Link link(Country country) {
		return (country != null) ? new Link(country.getSlug(), country.getName()) : null;
	}

}
