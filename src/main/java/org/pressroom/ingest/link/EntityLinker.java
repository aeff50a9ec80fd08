package org.pressroom.ingest.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import org.pressroom.agreement.Agreement;
import org.pressroom.agreement.AgreementStatus;

/**
 * Links a release to what its text names: ministers (known ones by name, alias or a slightly misspelt name; people
 * with a ministerial title who are not known yet are created unreviewed), the countries it is about
 * ({@link CountrySalience}), agreements (matched to known
 * ones, else created, with the status and signatories the text gives) and the speakers of its quotes.
 */
public final class EntityLinker {

	private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

	private static final int MAX_SPEAKER = 200;

	private final NameDirectory names;

	private final MinisterFinder ministerFinder;

	public EntityLinker(NameDirectory names) {
		this.names = names;
		this.ministerFinder = new MinisterFinder(names);
	}

	/**
	 * @param extract whether to link what the text names (else only the speakers of quotes, to known ministers)
	 */
	public Links link(String title, String body, LocalDate published, boolean extract) {
		return link(TextAnalysis.of(title, body, this.names), published, extract);
	}

	/** Links what an analysed text names. */
	public Links link(TextAnalysis analysis, LocalDate published, boolean extract) {
		String text = analysis.text();
		List<Words.Word> words = analysis.words();
		List<MinisterFinder.Mention> mentions = new ArrayList<>(analysis.titled());
		mentions.addAll(this.ministerFinder.knownNames(text, words));
		Map<MinisterFinder.Mention, Long> people = resolve(mentions, extract);
		// every country named, for matching agreements; the release's own are only those it is about
		Set<Long> countries = new LinkedHashSet<>();
		Set<Long> salient = new LinkedHashSet<>();
		List<Long> agreements = new ArrayList<>();
		if (extract) {
			Set<Long> ofPeople = new LinkedHashSet<>();
			mentions.stream()
				.filter((mention) -> mention.country() != null && people.containsKey(mention))
				.forEach((mention) -> ofPeople.add(mention.country()));
			analysis.countryMentions().forEach((mention) -> countries.add(mention.country()));
			countries.addAll(ofPeople);
			salient.addAll(CountrySalience.of(analysis, ofPeople));
			for (int i = 0; i < analysis.agreements().size(); i++) {
				Long agreement = agreement(analysis.agreements().get(i), analysis.agreementCountries().get(i),
						countries, mentions, people, published);
				if (agreement != null && !agreements.contains(agreement)) {
					agreements.add(agreement);
				}
			}
		}
		List<QuoteLink> quotes = new ArrayList<>();
		for (QuoteFinder.Found quote : analysis.quotes()) {
			int end = quote.position() + quote.speakerLine().length();
			Long minister = mentions.stream()
				.filter((mention) -> mention.start() >= quote.position() && mention.end() <= end)
				.map(people::get)
				.filter((id) -> id != null)
				.findFirst()
				.orElse(null);
			String speaker = (minister != null) ? this.names.ministerName(minister) : quote.speakerLine();
			quotes.add(new QuoteLink(truncate(speaker), minister, quote.text()));
		}
		Set<Long> ministers = new LinkedHashSet<>();
		if (extract) {
			mentions.stream().map(people::get).filter((id) -> id != null).forEach(ministers::add);
		}
		quotes.stream().map(QuoteLink::minister).filter((id) -> id != null).forEach(ministers::add);
		return new Links(ministers, salient, agreements, quotes);
	}

	/** Full names first (known, misspelt, or new), then family names alone ("Minister Verlinden"). */
	private Map<MinisterFinder.Mention, Long> resolve(List<MinisterFinder.Mention> mentions, boolean create) {
		Map<MinisterFinder.Mention, Long> people = new HashMap<>();
		Map<String, Long> byName = new HashMap<>();
		Set<String> read = new HashSet<>();
		// names outside headlines first: "Foreign Minister Wang Yi" in the text says who the headline's "Wang Yi"
		// is before the headline's guess by a family name at its start (the "Wang" of a known Yunjong Wang) can
		List<MinisterFinder.Mention> textFirst = new ArrayList<>(mentions);
		textFirst.sort(Comparator.comparing(MinisterFinder.Mention::headline));
		for (MinisterFinder.Mention mention : textFirst) {
			if (!mention.fullName() && mention.titled()) {
				continue;
			}
			Long id = byName.computeIfAbsent(NameDirectory.key(mention.name()), (key) -> this.names
				.ministerId(mention.name())
				.or(() -> this.names.similarMinister(mention.name()))
				.or(() -> knownStart(mention))
				.or(() -> longerNameInText(mention.name(), people.values()))
				.orElseGet(() -> (create && mention.titled() && mention.fullName() && !mention.headline())
						? this.names.createMinister(mention.name(), mention.country()) : null));
			if (id != null) {
				people.put(mention, id);
				if (mention.fullName() && read.add(mention.name())) {
					this.names.read(id, mention.name());
				}
			}
		}
		Set<Long> inText = new LinkedHashSet<>(people.values());
		for (MinisterFinder.Mention mention : mentions) {
			if (mention.fullName() || !mention.titled()) {
				continue;
			}
			Long id = familyNameInText(mention.familyName(), inText);
			if (id == null) {
				id = this.names.ministerId(mention.name()).orElse(null);
			}
			if (id == null) {
				Set<Long> known = this.names.ministersByFamilyName(mention.familyName());
				id = (known.size() == 1) ? known.iterator().next() : null;
			}
			if (id != null) {
				people.put(mention, id);
			}
		}
		return people;
	}

	/**
	 * The known minister a name runs on from ("Joe Biden Announces"), or in a headline the one with the family name
	 * it starts with ("President Biden Announces New Actions"). Elsewhere a first word alike a known family name is
	 * most often a given name: "James Kvaal" is not Letitia James.
	 */
	private Optional<Long> knownStart(MinisterFinder.Mention mention) {
		String[] words = mention.name().split(" ");
		for (int n = words.length - 1; n >= 2; n--) {
			Optional<Long> id = this.names.ministerId(String.join(" ", Arrays.copyOf(words, n)));
			if (id.isPresent()) {
				return id;
			}
		}
		Set<Long> known = mention.headline() ? this.names.ministersByFamilyName(words[0]) : Set.of();
		return (known.size() == 1) ? Optional.of(known.iterator().next()) : Optional.empty();
	}

	/**
	 * The person the same text has already named with more words after this name: "President Hassan Sheikh" after
	 * "President Hassan Sheikh Mohamud".
	 */
	private Optional<Long> longerNameInText(String name, Collection<Long> inText) {
		String start = NameDirectory.key(name) + " ";
		return inText.stream()
			.filter((id) -> NameDirectory.key(this.names.ministerName(id)).startsWith(start))
			.findFirst();
	}

	/**
	 * The person the same text names in full whose family name this is: the last word of their name or, failing
	 * that, the first, for names written family name first ("President Lee Jae Myung" … "President Lee").
	 */
	private Long familyNameInText(String familyName, Set<Long> inText) {
		String key = NameDirectory.key(familyName);
		Long familyNameFirst = null;
		for (Long id : inText) {
			String name = NameDirectory.key(this.names.ministerName(id));
			String last = name.substring(name.lastIndexOf(' ') + 1);
			if (SIMILARITY.apply(key, last) >= 0.9) {
				return id;
			}
			if (familyNameFirst == null && name.startsWith(key + " ")) {
				familyNameFirst = id;
			}
		}
		return familyNameFirst;
	}

	private Long agreement(AgreementFinder.Found found, Set<Long> inParagraph, Set<Long> releaseCountries,
			List<MinisterFinder.Mention> mentions, Map<MinisterFinder.Mention, Long> people, LocalDate published) {
		// a named agreement may be between any of the release's countries; one described ("a memorandum of
		// understanding") or named as many pairs name theirs ("Mutual Defense Treaty") is the one between the
		// countries its paragraph names
		Set<Long> candidates = new LinkedHashSet<>(inParagraph);
		String title = found.title();
		boolean sharedName = found.named() && this.names.isSharedName(title);
		if (!found.named()) {
			if (inParagraph.size() != 2) {
				// without exactly two countries named, nothing tells this memorandum or trade agreement from the others
				return null;
			}
			title = unnamedTitle(title, inParagraph);
		}
		else if (!sharedName) {
			candidates.addAll(releaseCountries);
		}
		Long id = this.names.similarAgreement(title, candidates).orElse(null);
		if (id == null && sharedName) {
			// a name that many pairs give their own agreement: this one is between the two countries its sentence
			// signs it or its paragraph names, and named with them
			Set<Long> pair = partiesNamed(found, title);
			pair = (pair.size() == 2) ? pair : inParagraph;
			if (pair.size() == 2) {
				title = unnamedTitle(title, pair);
				id = this.names.similarAgreement(title, candidates).orElse(null);
			}
			else if (this.names.knowsAgreementCalled(title)) {
				// another pair's, and nothing tells which pair's this one is
				return null;
			}
		}
		// "the Good Friday Agreement (also known as the Belfast Agreement)": either name may be the known one
		String otherName = found.alias();
		if (id == null && otherName != null) {
			id = this.names.similarAgreement(otherName, candidates).orElse(null);
			otherName = (id != null) ? title : otherName;
		}
		Agreement agreement;
		if (id != null) {
			agreement = this.names.agreementById(id);
		}
		else {
			agreement = this.names.createAgreement(title, found.kind(), AgreementStatus.PROPOSED,
					found.named() ? Set.of() : inParagraph);
		}
		if (otherName != null) {
			this.names.addAgreementAlias(agreement, otherName);
		}
		AgreementFinder.Status status = found.status();
		if (agreement.getStatus() != AgreementStatus.ENDED
				&& status.status().ordinal() > agreement.getStatus().ordinal()) {
			agreement.setStatus(status.status());
		}
		if (status.signedOn() != null && agreement.getSignedOn() == null) {
			agreement.setSigned(status.signedOn(), status.precision());
		}
		if (status.launched() && agreement.getNegotiationsLaunched() == null) {
			agreement.setNegotiationsLaunched(published);
		}
		if (status.signedBy() >= 0 && agreement.getSignatories().isEmpty()) {
			int from = found.sentenceStart() + status.signedBy();
			int to = found.sentenceStart() + found.sentence().length();
			mentions.stream()
				.filter((mention) -> mention.start() >= from && mention.end() <= to && people.containsKey(mention))
				.forEach((mention) -> agreement.getSignatories().add(this.names.ministerReference(people.get(mention))));
		}
		Set<Long> parties = agreement.getParties().isEmpty()
				? (found.named() ? partiesNamed(found, title) : inParagraph) : Set.of();
		if (!parties.isEmpty()) {
			parties.forEach((party) -> agreement.getParties().add(this.names.countryReference(party)));
			this.names.setAgreementParties(agreement.getId(), parties);
		}
		return agreement.getId();
	}

	/**
	 * The parties of a named agreement, where the text says who they are: the countries its title names
	 * ("U.S.-Norway Memorandum of Understanding"), or else the two its sentence names where that sentence signs or
	 * negotiates it ("the United Nations, North Korea, and China signed the Korean Armistice Agreement"). Not the
	 * countries around it: the paragraph that names the North Atlantic Treaty may be about Afghanistan and Russia.
	 */
	private Set<Long> partiesNamed(AgreementFinder.Found found, String title) {
		Set<Long> inTitle = CountryFinder.find(this.names, Words.dashesAsSpaces(title));
		if (inTitle.size() >= 2) {
			return inTitle;
		}
		Set<Long> inSentence = (found.status().status() != AgreementStatus.PROPOSED)
				? CountryFinder.find(this.names, found.sentence()) : Set.of();
		return (inSentence.size() == 2) ? inSentence : Set.of();
	}

	/** "police cooperation agreement" between Belgium and the UK: "Belgium–United Kingdom Police Cooperation Agreement". */
	private String unnamedTitle(String phrase, Set<Long> parties) {
		StringBuilder title = new StringBuilder();
		parties.forEach((party) -> title.append((title.length() > 0) ? "–" : "").append(this.names.countryName(party)));
		title.append(' ');
		for (String word : phrase.split(" ")) {
			boolean glue = word.equals("of") || word.equals("on") || word.equals("and") || word.equals("for");
			title.append(glue ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1)).append(' ');
		}
		return title.toString().strip();
	}

	private static String truncate(String speaker) {
		return (speaker.length() <= MAX_SPEAKER) ? speaker : speaker.substring(0, MAX_SPEAKER - 1) + "…";
	}

	/**
	 * What a release's text links to, by id, and its quotes.
	 */
	public record Links(Set<Long> ministers, Set<Long> countries, List<Long> agreements, List<QuoteLink> quotes) {

		/** Nothing linked. */
		public static final Links NONE = new Links(Set.of(), Set.of(), List.of(), List.of());

	}

	/**
	 * A quote and who said it: a minister when the speaker is known.
	 */
	public record QuoteLink(String speaker, Long minister, String text) {
	}

}
