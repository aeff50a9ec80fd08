package org.pressroom.ingest;

import java.time.LocalDate;
import java.util.List;

import org.pressroom.country.CountryRepository;
import org.pressroom.minister.Minister;
import org.pressroom.minister.MinisterRole;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the test archive into a known state: countries only (as after the migrations), plus curated ministers.
 */
@Component
class Archive {

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final CountryRepository countries;

	private final jakarta.persistence.EntityManager entityManager;

	Archive(JdbcTemplate jdbc, TransactionTemplate transactions, CountryRepository countries,
			jakarta.persistence.EntityManager entityManager) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.countries = countries;
		this.entityManager = entityManager;
	}

	/** Empties everything but the countries. */
	void countriesOnly() {
		for (String table : List.of("release_warning", "release_quote", "release_minister", "release_country",
				"release_agreement", "release_topic", "press_release", "agreement_party", "agreement_signatory",
				"agreement", "minister_alias", "minister_role", "minister", "topic")) {
			this.jdbc.update("delete from " + table);
		}
	}

	/** The four people of the seed release, by name only: no aliases, so every misspelling must be matched. */
	void curatedMinisters() {
		this.transactions.executeWithoutResult((tx) -> {
			minister("Priti Patel", "GB", "Home Secretary", LocalDate.of(2019, 7, 24));
			minister("Annelies Verlinden", "BE", "Minister of the Interior", LocalDate.of(2020, 10, 1));
			minister("Boris Johnson", "GB", "Prime Minister", LocalDate.of(2019, 7, 24));
			minister("Alexander De Croo", "BE", "Prime Minister", LocalDate.of(2020, 10, 1));
		});
	}

	private void minister(String name, String code, String role, LocalDate from) {
		Minister minister = new Minister(org.pressroom.Slugs.of(name), name);
		minister.setCountry(this.countries.findByCode(code).orElseThrow());
		minister.getRoles().add(new MinisterRole(role, minister.getCountry(), from, null));
		this.entityManager.persist(minister);
	}

	long count(String table) {
		return this.jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

}
