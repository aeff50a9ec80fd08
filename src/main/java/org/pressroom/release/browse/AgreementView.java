package org.pressroom.release.browse;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.pressroom.agreement.Agreement;
import org.pressroom.agreement.AgreementKind;
import org.pressroom.agreement.AgreementStatus;
import org.pressroom.country.Country;
import org.pressroom.minister.Minister;
import org.pressroom.release.Link;

/**
 * An agreement as its page shows it: what it is, its other names, where it stands, who is party to it and who signed it.
 *
 * @param signed the signature date as far as it is known ("November 2021"), or null
 */
record AgreementView(String slug, String title, List<String> aliases, AgreementKind kind, AgreementStatus status,
		LocalDate negotiationsLaunched, LocalDate signedOn, String signed, List<Link> parties, List<Link> signatories) {

	/** From an agreement loaded with its aliases, parties and signatories. */
	static AgreementView of(Agreement agreement) {
		return new AgreementView(agreement.getSlug(), agreement.getTitle(),
				agreement.getAliases().stream().sorted().toList(), agreement.getKind(), agreement.getStatus(),
				agreement.getNegotiationsLaunched(), agreement.getSignedOn(), agreement.getSignedLabel(),
				agreement.getParties()
					.stream()
					.sorted(Comparator.comparing(Country::getName))
					.map(MinisterView::link)
					.toList(),
				agreement.getSignatories()
					.stream()
					.sorted(Comparator.comparing(Minister::getName))
					.map((minister) -> new Link(minister.getSlug(), minister.getName()))
					.toList());
	}

}
