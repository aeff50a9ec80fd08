package org.pressroom.admin.release;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;

import org.pressroom.release.PressRelease;
import org.pressroom.release.ReleaseStatus;

/**
 * The release form. Linked ministers, countries, agreements and topics are names, one a line, resolved to the
 * archive's entries when saved (countries also by ISO code), so the form works without JavaScript; the pickers
 * only help type them. Dates, status and version are kept as typed (strings) so that input which does not parse
 * is shown again with its error instead of being lost; {@link ReleaseEditor#check} reports it.
 *
 * @param version the version the admin started editing from, to detect someone else's save meanwhile
 * @param changeNote why the admin changed the release, shown in its history
 */
public record ReleaseForm(
		@NotBlank @Size(max = 500) String title,
		@Size(max = 5000) String summary,
		// the byte limit of 1 MB is checked by ReleaseFormChecks: Bean Validation counts characters
		@NotBlank String body,
		@NotBlank String published,
		@Size(max = 300) String issuer,
		@Size(max = 100) String country,
		@Size(max = 100) String type,
		@Pattern(regexp = "|[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*") String language,
		@Size(max = 2000) @URL(regexp = "(?i)(https?:.*)?") String sourceUrl,
		@Size(max = 20_000) String ministers,
		@Size(max = 20_000) String countries,
		@Size(max = 20_000) String agreements,
		@Size(max = 20_000) String topics,
		@NotNull @Pattern(regexp = "DRAFT|SCHEDULED|PUBLISHED") String status,
		@Size(max = 40) String publishAt,
		@Pattern(regexp = "\\d{0,18}") String version,
		@Size(max = 1000) String changeNote) {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	/** A new release's form: a draft dated today. */
	static ReleaseForm blank(LocalDate today) {
		return new ReleaseForm("", "", "", today.toString(), "", "", "press release", "en", "", "", "", "", "",
				ReleaseStatus.DRAFT.name(), "", "", "");
	}

	static ReleaseForm of(PressRelease release) {
		return new ReleaseForm(release.getTitle(), release.getSummary(), release.getBody(),
				release.getPublished().toString(),
				release.getIssuer(), (release.getIssuingCountry() != null) ? release.getIssuingCountry().getCode() : "",
				release.getType(), release.getLanguage(), release.getSourceUrl(),
				lines(release.getMinisters().stream().map((m) -> m.getName()).toList()),
				lines(release.getCountries().stream().map((c) -> c.getName()).toList()),
				lines(release.getAgreements().stream().map((a) -> a.getTitle()).toList()),
				lines(release.getTopics().stream().map((t) -> t.getName()).toList()), release.getStatus().name(),
				(release.getPublishAt() != null) ? release.getPublishAt().format(DATE_TIME) : "",
				String.valueOf(release.getVersion()), "");
	}

	/** The same input, to be saved over the given version (after the admin saw the conflict). */
	ReleaseForm withVersion(long newVersion) {
		return new ReleaseForm(this.title, this.summary, this.body, this.published, this.issuer, this.country,
				this.type, this.language, this.sourceUrl, this.ministers, this.countries, this.agreements, this.topics,
				this.status, this.publishAt, String.valueOf(newVersion), this.changeNote);
	}

	Optional<LocalDate> publishedDate() {
		if (this.published == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(this.published.strip()));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	Optional<LocalDateTime> publishAtTime() {
		if (this.publishAt == null || this.publishAt.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDateTime.parse(this.publishAt.strip()));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	ReleaseStatus statusValue() {
		return ReleaseStatus.valueOf(this.status);
	}

	Long versionValue() {
		return (this.version == null || this.version.isBlank()) ? null : Long.valueOf(this.version);
	}

	static List<String> names(String lines) {
		if (lines == null) {
			return List.of();
		}
		return Arrays.stream(lines.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).distinct()
			.toList();
	}

	private static String lines(Collection<String> names) {
		return names.stream().sorted().collect(Collectors.joining("\n"));
	}

}
