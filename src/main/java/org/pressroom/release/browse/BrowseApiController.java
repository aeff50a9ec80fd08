package org.pressroom.release.browse;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.pressroom.NotFoundException;
import org.pressroom.release.ApiPage;
import org.pressroom.release.Link;
import org.pressroom.release.ReleaseJson;
import org.pressroom.release.ReleaseJson.CountryRef;
import org.pressroom.release.ReleaseJson.MinisterRef;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only JSON API of ministers, countries and agreements, each with a page of its releases
 * ({@code ?page=&size=} as for {@code /api/releases}).
 */
@RestController
class BrowseApiController {

	private final Browsing browsing;

	BrowseApiController(Browsing browsing) {
		this.browsing = browsing;
	}

	@GetMapping("/api/ministers/{slug}")
	MinisterJson minister(@PathVariable String slug, Pageable pageable) {
		Browsing.MinisterPage page = this.browsing.minister(slug, pageable)
			.orElseThrow(() -> new NotFoundException("minister", slug));
		MinisterView minister = page.minister();
		return new MinisterJson(minister.slug(), minister.name(), country(minister.country()), minister.aliases(),
				minister.roles()
					.stream()
					.map((role) -> new RoleJson(role.title(), country(role.country()), role.from(), role.to()))
					.toList(),
				ApiPage.of(page.releases(), ReleaseJson.Item::of));
	}

	@GetMapping("/api/countries/{code}")
	CountryJson country(@PathVariable String code, Pageable pageable) {
		Optional<Browsing.CountryPage> found = code.matches("[A-Za-z]{2}") ? this.browsing.country(code, pageable)
				: Optional.empty();
		Browsing.CountryPage page = found.orElseThrow(() -> new NotFoundException("country", code));
		return new CountryJson(page.country().slug(), page.country().name(), page.aliases(),
				page.agreements()
					.stream()
					.map((a) -> new ReleaseJson.AgreementRef(a.slug(), a.title(), a.status().name()))
					.toList(),
				ApiPage.of(page.releases(), ReleaseJson.Item::of));
	}

	@GetMapping("/api/agreements/{slug}")
	AgreementJson agreement(@PathVariable String slug, Pageable pageable) {
		Browsing.AgreementPage page = this.browsing.agreement(slug, pageable)
			.orElseThrow(() -> new NotFoundException("agreement", slug));
		AgreementView agreement = page.agreement();
		return new AgreementJson(agreement.slug(), agreement.title(), agreement.aliases(), agreement.kind().name(),
				agreement.status().name(), agreement.negotiationsLaunched(), agreement.signedOn(), agreement.signed(),
				agreement.parties().stream().map(BrowseApiController::country).toList(),
				agreement.signatories().stream().map((s) -> new MinisterRef(s.slug(), s.name())).toList(),
				ApiPage.of(page.releases(), ReleaseJson.Item::of));
	}

	private static CountryRef country(Link country) {
		return (country != null) ? new CountryRef(country.slug(), country.name()) : null;
	}

	record MinisterJson(String slug, String name, CountryRef country, List<String> aliases, List<RoleJson> roles,
			ApiPage<ReleaseJson.Item> releases) {
	}

	record RoleJson(String title, CountryRef country, LocalDate from, LocalDate to) {
	}

	record CountryJson(String code, String name, List<String> aliases, List<ReleaseJson.AgreementRef> agreements,
			ApiPage<ReleaseJson.Item> releases) {
	}

	/** {@code signed}: the signature date as far as it is known ("November 2021"). */
	record AgreementJson(String slug, String title, List<String> aliases, String kind, String status,
			LocalDate negotiationsLaunched, LocalDate signedOn, String signed, List<CountryRef> parties, List<MinisterRef> signatories,
			ApiPage<ReleaseJson.Item> releases) {
	}

}
