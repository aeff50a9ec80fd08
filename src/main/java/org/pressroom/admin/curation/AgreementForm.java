package org.pressroom.admin.curation;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.pressroom.agreement.Agreement;
import org.pressroom.agreement.DatePrecision;

/**
 * The agreement form. Aliases, parties (countries) and signatories (ministers) are names one a line; dates are ISO dates,
 * and the signature's precision says whether only its month or year is known.
 */
record AgreementForm(@NotBlank @Size(max = 500) String title, @Size(max = 20_000) String aliases,
		@NotNull @Pattern(regexp = "AGREEMENT|JOINT_DECLARATION|MEMORANDUM_OF_UNDERSTANDING|TREATY") String kind,
		@NotNull @Pattern(regexp = "PROPOSED|UNDER_NEGOTIATION|SIGNED|IN_FORCE|ENDED") String status,
		@Size(max = 20_000) String parties, @Size(max = 20_000) String signatories,
		@Size(max = 20) String negotiationsLaunched, @Size(max = 20) String signedOn,
		@Pattern(regexp = "|DAY|MONTH|YEAR") String signedPrecision, @Pattern(regexp = "\\d{0,18}") String version)
		implements CurationForm<AgreementForm> {

	static AgreementForm blank() {
		return new AgreementForm("", "", "AGREEMENT", "UNDER_NEGOTIATION", "", "", "", "", "DAY", "");
	}

	static AgreementForm of(Agreement agreement) {
		return new AgreementForm(agreement.getTitle(), Lines.join(agreement.getAliases()),
				agreement.getKind().name(), agreement.getStatus().name(),
				Lines.join(agreement.getParties().stream().map((c) -> c.getName()).sorted().toList()),
				Lines.join(agreement.getSignatories().stream().map((m) -> m.getName()).sorted().toList()),
				text(agreement.getNegotiationsLaunched()), text(agreement.getSignedOn()),
				(agreement.getSignedPrecision() != null) ? agreement.getSignedPrecision().name() : "DAY",
				String.valueOf(agreement.getVersion()));
	}

	@Override
	public AgreementForm withVersion(long newVersion) {
		return new AgreementForm(this.title, this.aliases, this.kind, this.status, this.parties, this.signatories,
				this.negotiationsLaunched, this.signedOn, this.signedPrecision, String.valueOf(newVersion));
	}

	/** The date typed, or empty when blank; call only after {@link #isDate} said yes. */
	static Optional<LocalDate> date(String text) {
		return (text == null || text.isBlank()) ? Optional.empty() : Optional.of(LocalDate.parse(text.strip()));
	}

	static boolean isDate(String text) {
		if (text == null || text.isBlank()) {
			return true;
		}
		try {
			LocalDate.parse(text.strip());
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	DatePrecision precision() {
		return (this.signedPrecision == null || this.signedPrecision.isBlank()) ? DatePrecision.DAY
				: DatePrecision.valueOf(this.signedPrecision);
	}

	private static String text(LocalDate date) {
		return (date != null) ? date.toString() : "";
	}

}
