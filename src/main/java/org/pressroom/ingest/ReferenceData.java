package org.pressroom.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import org.pressroom.agreement.Agreement;
import org.pressroom.agreement.AgreementKind;
import org.pressroom.agreement.AgreementStatus;
import org.pressroom.agreement.DatePrecision;
import org.pressroom.country.Country;
import org.pressroom.ingest.link.NameDirectory;
import org.pressroom.minister.Minister;
import org.pressroom.minister.MinisterRole;
import org.springframework.core.io.Resource;

/**
 * Curated ministers (with roles and aliases), agreements and topics read from a YAML file, such as the sample
 * archive's {@code sample/reference.yaml}. Entries already in the archive are left as they are.
 */
final class ReferenceData {

	private final EntityManager entityManager;

	private final NameDirectory names;

	ReferenceData(EntityManager entityManager) {
		this.entityManager = entityManager;
		this.names = new NameDirectory(entityManager);
	}

	@SuppressWarnings("unchecked")
	void load(Resource resource) {
		Map<String, Object> yaml;
		try (InputStream in = resource.getInputStream()) {
			yaml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (Map<String, Object> entry : (List<Map<String, Object>>) yaml.getOrDefault("ministers", List.of())) {
			minister(entry);
		}
		for (Map<String, Object> entry : (List<Map<String, Object>>) yaml.getOrDefault("agreements", List.of())) {
			agreement(entry);
		}
		for (String topic : (List<String>) yaml.getOrDefault("topics", List.of())) {
			this.names.topic(topic);
		}
	}

	@SuppressWarnings("unchecked")
	private void minister(Map<String, Object> entry) {
		Minister minister = this.names.minister((String) entry.get("name"));
		if (minister.isReviewed()) {
			return; // known already
		}
		minister.setReviewed(true);
		minister.setCountry(country(entry.get("country")));
		minister.getAliases().addAll((List<String>) entry.getOrDefault("aliases", List.of()));
		for (Map<String, Object> role : (List<Map<String, Object>>) entry.getOrDefault("roles", List.of())) {
			minister.getRoles()
				.add(new MinisterRole((String) role.get("title"), country(role.get("country")), date(role.get("from")),
						date(role.get("to"))));
		}
		this.names.reload();
	}

	@SuppressWarnings("unchecked")
	private void agreement(Map<String, Object> entry) {
		Agreement agreement = this.names.agreement((String) entry.get("title"));
		if (agreement.getVersion() > 0 || !agreement.getParties().isEmpty()) {
			return; // curated already
		}
		((List<String>) entry.getOrDefault("aliases", List.of()))
			.forEach((alias) -> this.names.addAgreementAlias(agreement, alias));
		agreement.setKind(AgreementKind.valueOf((String) entry.get("kind")));
		agreement.setStatus(AgreementStatus.valueOf((String) entry.get("status")));
		agreement.setNegotiationsLaunched(date(entry.get("negotiations-launched")));
		Object signed = entry.get("signed");
		agreement.setSigned(date(signed), (signed instanceof String) ? DatePrecision.MONTH : DatePrecision.DAY);
		((List<String>) entry.getOrDefault("parties", List.of())).forEach((code) -> agreement.getParties().add(country(code)));
		((List<String>) entry.getOrDefault("signatories", List.of()))
			.forEach((name) -> agreement.getSignatories().add(this.names.minister(name)));
	}

	private Country country(Object code) {
		return (code != null) ? this.names.country((String) code).orElseThrow() : null;
	}

	/** YAML reads 2019-07-24 as a date and 2021-11 as a string (a month). */
	private static LocalDate date(Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof java.util.Date date) {
			return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
		}
		return YearMonth.parse((String) value).atDay(1);
	}

}
