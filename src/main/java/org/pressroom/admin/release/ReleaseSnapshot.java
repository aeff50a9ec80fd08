package org.pressroom.admin.release;

import java.util.Collection;
import java.util.Objects;
import java.util.stream.Collectors;

import org.pressroom.release.PressRelease;

/**
 * What a version keeps of a release: title, summary, body and the other fields as "Label: value" lines.
 */
record ReleaseSnapshot(String title, String summary, String body, String details) {

	static ReleaseSnapshot of(PressRelease release) {
		String details = String.join("\n", "Status: " + release.getStatus(),
				"Publish at: " + text(release.getPublishAt()), "Published: " + release.getPublished(),
				"Issuer: " + text(release.getIssuer()),
				"Country: " + ((release.getIssuingCountry() != null) ? release.getIssuingCountry().getCode() : ""),
				"Type: " + text(release.getType()), "Language: " + text(release.getLanguage()),
				"Source URL: " + text(release.getSourceUrl()),
				"Ministers: " + names(release.getMinisters().stream().map((m) -> m.getName()).toList()),
				"Countries: " + names(release.getCountries().stream().map((c) -> c.getCode()).toList()),
				"Agreements: " + names(release.getAgreements().stream().map((a) -> a.getTitle()).toList()),
				"Topics: " + names(release.getTopics().stream().map((t) -> t.getName()).toList()));
		return new ReleaseSnapshot(release.getTitle(), text(release.getSummary()), release.getBody(), details);
	}

	private static String text(Object value) {
		return (value != null) ? value.toString() : "";
	}

	private static String names(Collection<String> names) {
		return names.stream().sorted().collect(Collectors.joining("; "));
	}

	boolean sameAs(ReleaseSnapshot other) {
		return Objects.equals(this, other);
	}

}
