package org.pressroom.ingest.link;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import org.apache.commons.lang3.StringUtils;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import org.pressroom.Slugs;
import org.pressroom.agreement.Agreement;
import org.pressroom.agreement.AgreementKind;
import org.pressroom.agreement.AgreementStatus;
import org.pressroom.country.Country;
import org.pressroom.minister.Minister;
import org.pressroom.topic.Topic;

/**
 * The names of everything a release can link to, held in memory for the length of an import so that linking a
 * release costs no query. Finds ministers and countries by name or alias (ministers also by a name spelt slightly
 * wrong), countries also by ISO code, agreements also by a title worded differently, and creates what is not known
 * yet.
 */
public class NameDirectory {

	private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

	/** How alike two full names must be to be one person ("Alexander De Crowe", "Alexander De Croo"). */
	private static final double SAME_NAME = 0.93;

	/** ... and their family names ("De Crowe", "De Croo"). */
	private static final double SAME_FAMILY_NAME = 0.88;

	/** Words that say whose son or daughter follows: "bin" Salman. */
	private static final Set<String> PATRONYMICS = Set.of("bin", "bint", "ibn", "ben", "binti");

	/** Words of an agreement's title that do not tell it from another: "the", "bilateral", "new"... */
	private static final Set<String> FILLER = Set.of("the", "between", "and", "bilateral", "new");

	/**
	 * Words of the names that many pairs of countries give their own agreements: what they are about
	 * ("Mutual Defense Treaty", "Open Skies Agreement", "Trade and Investment Framework Agreement").
	 */
	private static final Set<String> SHARED_NAME_WORDS = Set.of("agricultural", "agriculture", "air", "amity",
			"assistance", "aviation", "chain", "civil", "commerce", "commercial", "comprehensive", "cooperation",
			"critical", "cultural", "customs", "cyber", "defence", "defense", "development", "double", "economic",
			"education", "energy", "enforcement", "enhanced", "extradition", "fisheries", "forces", "framework",
			"free", "health", "information", "investment", "law", "legal", "maritime", "military", "minerals",
			"mutual", "nuclear", "open", "partnership", "police", "procurement", "promotion", "property",
			"protection", "readmission", "reciprocal", "recognition", "relations", "research", "safeguards", "sales",
			"science", "scientific", "security", "services", "sharing", "shiprider", "skies", "social", "space",
			"status", "strategic", "supply", "tax", "taxation", "technology", "technological", "trade", "transport",
			"visa");

	/** Words that join an agreement's subject to its instrument: "Agreement on …", "Treaty of …". */
	private static final Set<String> CONNECTORS = Set.of("on", "of", "for", "to", "against", "in");

	/** Nicknames and the given names they are short for, as public figures are often called. */
	private static final Map<String, String> NICKNAMES = Map.ofEntries(Map.entry("joe", "joseph"),
			Map.entry("tony", "anthony"), Map.entry("jen", "jennifer"), Map.entry("jenny", "jennifer"),
			Map.entry("chuck", "charles"), Map.entry("charlie", "charles"), Map.entry("bibi", "benjamin"),
			Map.entry("ben", "benjamin"), Map.entry("teddy", "theodore"), Map.entry("ted", "edward"),
			Map.entry("liz", "elizabeth"), Map.entry("beth", "elizabeth"), Map.entry("bill", "william"),
			Map.entry("billy", "william"), Map.entry("will", "william"), Map.entry("jimmy", "james"),
			Map.entry("jim", "james"), Map.entry("mike", "michael"), Map.entry("bob", "robert"),
			Map.entry("bobby", "robert"), Map.entry("rob", "robert"), Map.entry("dick", "richard"),
			Map.entry("rick", "richard"), Map.entry("tom", "thomas"), Map.entry("nick", "nicholas"),
			Map.entry("alex", "alexander"), Map.entry("dan", "daniel"), Map.entry("danny", "daniel"),
			Map.entry("dave", "david"), Map.entry("andy", "andrew"), Map.entry("matt", "matthew"),
			Map.entry("steve", "stephen"), Map.entry("chris", "christopher"), Map.entry("kate", "katherine"),
			Map.entry("sam", "samuel"), Map.entry("pete", "peter"), Map.entry("tim", "timothy"),
			Map.entry("ron", "ronald"), Map.entry("jeff", "jeffrey"), Map.entry("greg", "gregory"),
			Map.entry("don", "donald"), Map.entry("marty", "martin"), Map.entry("fred", "frederick"),
			Map.entry("pat", "patrick"), Map.entry("jack", "john"), Map.entry("hank", "henry"),
			Map.entry("larry", "lawrence"), Map.entry("jerry", "gerald"), Map.entry("gerry", "gerald"),
			Map.entry("sue", "susan"), Map.entry("maggie", "margaret"), Map.entry("meg", "margaret"),
			Map.entry("deb", "deborah"), Map.entry("debbie", "deborah"), Map.entry("kathy", "kathleen"),
			Map.entry("vicky", "victoria"), Map.entry("becky", "rebecca"));

	private final EntityManager entityManager;

	private final Map<String, Long> countries = new HashMap<>();

	/** Country names, aliases and demonyms as texts write them ("UK", "Belgian"), for finding them in text. */
	private final Map<String, Long> countryPhrases = new HashMap<>();

	private final Map<Long, String> countryNames = new HashMap<>();

	private int longestCountryPhrase;

	/** The first words of country phrases ("United", "UK"), to skip quickly the words that start none. */
	private final Set<String> countryPhraseStarts = new HashSet<>();

	private final Map<String, Long> ministers = new HashMap<>();

	/** The first words of ministers' names and aliases, lower-case, to skip quickly the words that start none. */
	private final Set<String> ministerNameStarts = new HashSet<>();

	/** Names found alike a known minister's ({@link #similarMinister}), and whose they are. */
	private final Map<String, Long> similarMinisters = new HashMap<>();

	/** Names and aliases by the first letter of their last word, for fuzzy matching. */
	private final Map<Character, List<PersonName>> ministersByFamilyInitial = new HashMap<>();

	private final Map<String, Set<Long>> ministersByFamilyName = new HashMap<>();

	/** Known names and aliases by their endings of two words or more ({@link #endings}). */
	private final Map<String, Set<Long>> ministersByNameEnding = new HashMap<>();

	private final Map<Long, String> ministerNames = new HashMap<>();

	/**
	 * For each person this directory created, in how many texts each of their full names was read: see
	 * {@link #namesMostOftenRead}. Kept when the directory reloads, as the people of committed batches stay.
	 */
	private final Map<Long, Map<String, Integer>> namesReadOfCreated = new HashMap<>();

	private final Map<String, Long> agreements = new HashMap<>();

	private final List<KnownAgreement> agreementEntries = new ArrayList<>();

	/** The parties of the agreements that have some. */
	private final Map<Long, Set<Long>> agreementParties = new HashMap<>();

	/** Agreements by the core of their short name ({@link AgreementFinder#shortName}). */
	private final Map<String, List<Long>> agreementsByShortName = new HashMap<>();

	private final Map<String, Long> topics = new HashMap<>();

	public NameDirectory(EntityManager entityManager) {
		this.entityManager = entityManager;
		loadCountries();
		reload();
	}

	/**
	 * The countries, once: an import never creates any, so their names are only read after this, and the import's
	 * reading thread may look them up while the storing thread works.
	 */
	private void loadCountries() {
		for (Object[] row : rows("select c.id, c.code, c.name from Country c")) {
			put(this.countries, row[1], row[0]);
			put(this.countries, row[2], row[0]);
			putCountryPhrase((String) row[2], (Long) row[0]);
			this.countryNames.put((Long) row[0], (String) row[2]);
		}
		for (Object[] row : rows("select c.id, a from Country c join c.aliases a")) {
			put(this.countries, row[1], row[0]);
			putCountryPhrase((String) row[1], (Long) row[0]);
		}
	}

	/** Forgets the ministers, agreements and topics created in a transaction that rolled back. */
	public final void reload() {
		this.ministers.clear();
		this.similarMinisters.clear();
		this.ministerNameStarts.clear();
		this.ministersByFamilyInitial.clear();
		this.ministersByFamilyName.clear();
		this.ministersByNameEnding.clear();
		this.ministerNames.clear();
		this.agreements.clear();
		this.agreementEntries.clear();
		this.agreementParties.clear();
		this.agreementsByShortName.clear();
		this.topics.clear();
		rows("select m.id, m.name from Minister m").forEach((row) -> {
			putMinister((String) row[1], (Long) row[0]);
			this.ministerNames.put((Long) row[0], (String) row[1]);
		});
		rows("select m.id, a from Minister m join m.aliases a").forEach((row) -> putMinister((String) row[1], (Long) row[0]));
		rows("select a.id, p.id from Agreement a join a.parties p").forEach((row) -> this.agreementParties
			.computeIfAbsent((Long) row[0], (id) -> new HashSet<>())
			.add((Long) row[1]));
		rows("select a.id, a.title from Agreement a").forEach((row) -> putAgreement((Long) row[0], (String) row[1]));
		rows("select a.id, al from Agreement a join a.aliases al")
			.forEach((row) -> putAgreement((Long) row[0], (String) row[1]));
		rows("select t.id, t.name from Topic t").forEach((row) -> put(this.topics, row[1], row[0]));
	}

	public Optional<Country> country(String nameOrCode) {
		return countryId(nameOrCode).map(this::countryReference);
	}

	public Optional<Long> countryId(String nameOrCode) {
		return Optional.ofNullable(this.countries.get(key(nameOrCode)));
	}

	/** The country a phrase of a text names exactly as written ("UK", "Belgian", "United Kingdom"), if any. */
	Long countryByPhrase(String phrase) {
		return this.countryPhrases.get(phrase);
	}

	boolean startsCountryPhrase(String word) {
		return this.countryPhraseStarts.contains(word);
	}

	int longestCountryPhrase() {
		return this.longestCountryPhrase;
	}

	public String countryName(Long id) {
		return this.countryNames.get(id);
	}

	public Country countryReference(Long id) {
		return this.entityManager.getReference(Country.class, id);
	}

	/** The minister of this name, created unreviewed if not known. */
	public Minister minister(String name) {
		return ministerReference(ministerId(name).orElseGet(() -> createMinister(name, null)));
	}

	public Minister ministerReference(Long id) {
		return this.entityManager.getReference(Minister.class, id);
	}

	public String ministerName(Long id) {
		return this.ministerNames.get(id);
	}

	/** Whether a known minister's name or alias may start with this word (as written, or without "’s" or "."). */
	boolean startsMinisterName(Words.Word word) {
		return this.ministerNameStarts.contains(key(word.text())) || this.ministerNameStarts.contains(key(word.bare()));
	}

	/** A known minister by exact name or alias. */
	public Optional<Long> ministerId(String name) {
		return Optional.ofNullable(this.ministers.get(key(name)));
	}

	/**
	 * A known minister whose name or alias is this name spelt slightly differently, or with its two words the other
	 * way round ("Kishida Fumio", family name first, is Fumio Kishida).
	 */
	public Optional<Long> similarMinister(String name) {
		String key = key(name);
		Long known = this.similarMinisters.get(key);
		int space = key.indexOf(' ');
		if (known == null && space > 0 && space == key.lastIndexOf(' ')) {
			known = this.ministers.get(key.substring(space + 1) + " " + key.substring(0, space));
		}
		if (known == null) {
			known = knownByNameEnding(key);
		}
		if (known != null) {
			return Optional.of(known);
		}
		Optional<Long> similar = findSimilarMinister(name);
		similar.ifPresent((id) -> this.similarMinisters.put(key, id));
		return similar;
	}

	/**
	 * The one known person whose name ends with this one, or the one whose name this one ends with: "López Obrador"
	 * is Andrés Manuel López Obrador, and "Sir Keir Starmer" is Keir Starmer.
	 */
	private Long knownByNameEnding(String key) {
		Set<Long> longer = this.ministersByNameEnding.getOrDefault(StringUtils.stripAccents(key), Set.of());
		if (longer.size() == 1) {
			return longer.iterator().next();
		}
		for (String ending : endings(key)) {
			Long id = this.ministers.get(ending);
			if (id != null) {
				return id;
			}
		}
		return null;
	}

	/**
	 * The endings of a name of three words or more, longest first, that could be a person's name on their own: not
	 * an initial's ("F. Kennedy"), nor what follows a patronymic (Abdulaziz Al Saud is not Salman bin Abdulaziz Al
	 * Saud).
	 */
	private static List<String> endings(String key) {
		String[] words = key.split(" ");
		List<String> endings = new ArrayList<>();
		for (int i = 1; i <= words.length - 2; i++) {
			if (!PATRONYMICS.contains(words[i - 1]) && !PATRONYMICS.contains(words[i]) && !words[i].endsWith(".")) {
				endings.add(String.join(" ", Arrays.copyOfRange(words, i, words.length)));
			}
		}
		return endings;
	}

	private Optional<Long> findSimilarMinister(String name) {
		PersonName candidate = PersonName.of(name, null);
		if (candidate == null) {
			return Optional.empty();
		}
		Long best = null;
		double bestScore = 0;
		for (PersonName known : this.ministersByFamilyInitial.getOrDefault(candidate.familyInitial(), List.of())) {
			double family = SIMILARITY.apply(candidate.familyName(), known.familyName());
			double given = SIMILARITY.apply(formalName(candidate.givenName()), formalName(known.givenName()));
			double whole = SIMILARITY.apply(candidate.key(), known.key());
			// "Alexander De Crowe" is Alexander De Croo; "Anelis Verlinden" is Annelies Verlinden
			boolean alike = family >= SAME_FAMILY_NAME && (given >= SAME_FAMILY_NAME || whole >= SAME_NAME)
					&& !candidate.otherInitials(known);
			double score = family + given;
			if (alike && score > bestScore && !candidate.givenName().isEmpty() && !known.givenName().isEmpty()) {
				best = known.id();
				bestScore = score;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Known ministers with exactly this family name ("Biden"). */
	Set<Long> ministersByFamilyName(String familyName) {
		return this.ministersByFamilyName.getOrDefault(key(familyName), Set.of());
	}

	/** Creates a person found in a text, for an admin to confirm or merge. */
	public Long createMinister(String name, Long countryId) {
		Minister minister = new Minister(uniqueSlug(Minister.class, name), name);
		minister.setReviewed(false);
		if (countryId != null) {
			minister.setCountry(countryReference(countryId));
		}
		this.entityManager.persist(minister);
		putMinister(name, minister.getId());
		this.ministerNames.put(minister.getId(), name);
		this.namesReadOfCreated.put(minister.getId(), new HashMap<>());
		return minister.getId();
	}

	/** Notes that a text names this person with this full name (once per text). */
	public void read(Long ministerId, String name) {
		Map<String, Integer> names = this.namesReadOfCreated.get(ministerId);
		if (names != null) {
			names.merge(name, 1, Integer::sum);
		}
	}

	/**
	 * The people this directory created whose texts more often call them by another full name, with that name. A
	 * person is created with the name first read, which may be a nickname or a misspelling: "Tony Blinken" in 3
	 * releases and "Antony Blinken" in 45 is Antony Blinken.
	 */
	public Map<Long, String> namesMostOftenRead() {
		Map<Long, String> renamed = new HashMap<>();
		this.namesReadOfCreated.forEach((id, names) -> {
			int current = names.getOrDefault(this.ministerNames.get(id), 0);
			names.entrySet()
				.stream()
				.filter((name) -> name.getValue() > current)
				.max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
				.ifPresent((name) -> renamed.put(id, name.getKey()));
		});
		return renamed;
	}

	public Agreement agreement(String title) {
		Long id = this.agreements.get(key(title));
		if (id != null) {
			return this.entityManager.getReference(Agreement.class, id);
		}
		return createAgreement(title, AgreementKind.AGREEMENT, AgreementStatus.PROPOSED, Set.of());
	}

	/**
	 * A known agreement this title names, exactly, worded differently or by its short name: "police cooperation
	 * agreement" between the UK and Belgium is the "UK–Belgium Police Cooperation Agreement", the "UN Convention on
	 * the Law of the Sea" the "United Nations Convention on the Law of the Sea", and the "Los Angeles Declaration"
	 * the "Los Angeles Declaration on Migration and Protection" (the first known by that short name).
	 * Where the known agreement has parties, they must be among the given countries, even when the title is its
	 * own but a name that many pairs use ({@link #isSharedName}): the "Mutual Defense Treaty" of the Philippines and
	 * the United States is not Korea's.
	 */
	public Optional<Long> similarAgreement(String title, Set<Long> countries) {
		return similarAgreement(title, (id) -> countries.containsAll(partiesOf(id)));
	}

	/**
	 * Whether an agreement goes by this title, or by one alike, whoever its parties: a name that several pairs of
	 * countries give their own agreement ("Defense Cooperation Agreement", "Open Skies Agreement").
	 */
	boolean knowsAgreementCalled(String title) {
		return similarAgreement(title, (id) -> true).isPresent();
	}

	/**
	 * Whether a title is a name that many pairs of countries give their own agreement, made only of words that say
	 * what it is about ("Mutual Defense Treaty"), so that only its parties tell which one a text means. One with a
	 * place or another word of its own ("Good Friday Agreement", "Barbados Agreement") is one agreement.
	 */
	boolean isSharedName(String title) {
		String text = Words.dashesAsSpaces(title);
		List<Words.Word> words = Words.of(text);
		boolean subject = false;
		for (int i = 0; i < words.size(); i++) {
			if (CountryFinder.phraseAt(this, text, words, i) > i) {
				return false;
			}
			String word = words.get(i).bare().toLowerCase(Locale.ROOT);
			if (SHARED_NAME_WORDS.contains(word)) {
				subject = true;
			}
			else if (!FILLER.contains(word) && !CONNECTORS.contains(word) && !AgreementFinder.isInstrument(word)) {
				return false;
			}
		}
		return subject;
	}

	private Optional<Long> similarAgreement(String title, Predicate<Long> partiesAllowed) {
		Long exact = this.agreements.get(key(title));
		if (exact != null) {
			return (partiesAllowed.test(exact) || !isSharedName(title)) ? Optional.of(exact) : Optional.empty();
		}
		List<String> words = coreWords(title);
		String core = String.join("", words);
		List<String> contentWords = withoutConnectors(words);
		if (core.isEmpty()) {
			return Optional.empty();
		}
		String shortCore = shortCore(title);
		List<Long> longForms = this.agreementsByShortName.getOrDefault(core, List.of());
		// names worded differently after the short name are most often the same agreement's: the first one it is
		Long longForm = longForms.isEmpty() ? null : longForms.get(0);
		return this.agreementEntries.stream()
			.filter((known) -> partiesAllowed.test(known.id()))
			.filter((known) -> known.id().equals(longForm) || known.core().equals(shortCore)
					|| (!known.core().isEmpty() && couldBeAlike(core, known.core())
							&& SIMILARITY.apply(core, known.core()) >= 0.95)
					|| reordered(contentWords, known.contentWords()))
			.map(KnownAgreement::id)
			.findFirst();
	}

	/**
	 * Whether two strings' lengths allow a Jaro-Winkler similarity of 0.95: that needs a Jaro similarity of 0.875
	 * (the prefix bonus adds at most 0.4 of what is missing), which strings whose lengths differ by more than
	 * 0.6 to 1 cannot reach. Spares comparing a title with every agreement known.
	 */
	private static boolean couldBeAlike(String a, String b) {
		int shorter = Math.min(a.length(), b.length());
		int longer = Math.max(a.length(), b.length());
		return shorter >= 0.6 * longer;
	}

	Agreement agreementById(Long id) {
		return this.entityManager.find(Agreement.class, id);
	}

	Agreement createAgreement(String title, AgreementKind kind, AgreementStatus status, Set<Long> parties) {
		Agreement agreement = new Agreement(uniqueSlug(Agreement.class, title), title, kind, status);
		parties.forEach((id) -> agreement.getParties().add(countryReference(id)));
		this.entityManager.persist(agreement);
		putAgreement(agreement.getId(), title);
		setAgreementParties(agreement.getId(), parties);
		return agreement;
	}

	/**
	 * Gives a known agreement another name a text calls it by, unless that name is known already, as this agreement's
	 * or another's.
	 */
	public void addAgreementAlias(Agreement agreement, String alias) {
		if (this.agreements.containsKey(key(alias))) {
			return;
		}
		agreement.getAliases().add(alias);
		putAgreement(agreement.getId(), alias);
	}

	/** Tells the directory the parties an agreement was given, so that only texts naming them find it. */
	void setAgreementParties(Long id, Set<Long> parties) {
		if (!parties.isEmpty()) {
			this.agreementParties.put(id, Set.copyOf(parties));
		}
	}

	private Set<Long> partiesOf(Long agreement) {
		return this.agreementParties.getOrDefault(agreement, Set.of());
	}

	private void putAgreement(Long id, String title) {
		put(this.agreements, title, id);
		String shortCore = shortCore(title);
		List<String> words = coreWords(title);
		this.agreementEntries
			.add(new KnownAgreement(id, title, String.join("", words), withoutConnectors(words)));
		if (shortCore != null) {
			this.agreementsByShortName.computeIfAbsent(shortCore, (key) -> new ArrayList<>()).add(id);
		}
	}

	/**
	 * The core of an agreement's short name ({@link AgreementFinder#shortName}), or null where it has none or where
	 * the short name is only its parties and instrument ("United States-Indonesia Agreement"), which tells nothing.
	 */
	private String shortCore(String title) {
		String shortName = AgreementFinder.shortName(title);
		List<String> words = (shortName != null) ? coreWords(shortName) : List.of();
		return words.stream().allMatch(AgreementFinder::isInstrument) ? null : String.join("", words);
	}

	public Topic topic(String name) {
		Long id = this.topics.get(key(name));
		if (id != null) {
			return this.entityManager.getReference(Topic.class, id);
		}
		Topic topic = new Topic(uniqueSlug(Topic.class, name), name);
		this.entityManager.persist(topic);
		put(this.topics, name, topic.getId());
		return topic;
	}

	/**
	 * The words of an agreement's title without its parties and filler words, in lower case. Joined without spaces,
	 * they are its core ("policecooperationagreement"), in which "Non-Proliferation" and "Nonproliferation",
	 * "Cut-off" and "Cutoff", or "Accord" and "Agreement" read alike.
	 */
	private List<String> coreWords(String title) {
		String text = Words.dashesAsSpaces(title);
		List<Words.Word> words = Words.of(text);
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			int end = CountryFinder.phraseAt(this, text, words, i);
			if (end > i) {
				i = end - 1;
				continue;
			}
			String word = words.get(i).bare().toLowerCase(Locale.ROOT);
			if (word.equals("un") || word.equals("u.n.")) {
				kept.add("unitednations");
			}
			else if (word.equals("accord") || word.equals("accords")) {
				kept.add("agreement");
			}
			else if (word.equals("non") && i + 1 < words.size()) {
				kept.add(word + words.get(++i).bare().toLowerCase(Locale.ROOT));
			}
			else if (!FILLER.contains(word)) {
				kept.add(word);
			}
		}
		return kept;
	}

	private static List<String> withoutConnectors(List<String> words) {
		return words.stream().filter((word) -> !CONNECTORS.contains(word)).toList();
	}

	/**
	 * Whether two agreements' core words without connectors are one name in the other order: the "Paris Climate
	 * Agreement" is the "Paris Agreement on Climate Change", the "Nuclear Nonproliferation Treaty" the "Treaty on the
	 * Nonproliferation of Nuclear Weapons". The form that ends with its instrument may lack one word of the other,
	 * and has two words besides it at least, as "Trade Agreement" and "Agreement on Trade in Services" are not one.
	 * Two names that both end with their instrument are not reordered: the Regional Comprehensive Economic
	 * Partnership Agreement is not the Comprehensive Economic Partnership Agreement.
	 */
	private static boolean reordered(List<String> a, List<String> b) {
		boolean aEnds = !a.isEmpty() && AgreementFinder.isInstrument(a.get(a.size() - 1));
		boolean bEnds = !b.isEmpty() && AgreementFinder.isInstrument(b.get(b.size() - 1));
		if (aEnds == bEnds) {
			return false;
		}
		List<String> ending = aEnds ? a : b;
		List<String> starting = aEnds ? b : a;
		int extra = starting.size() - ending.size();
		return ending.size() >= 3 && (extra == 0 || extra == 1) && starting.containsAll(ending);
	}

	private void putCountryPhrase(String phrase, Long id) {
		this.countryPhrases.putIfAbsent(phrase, id);
		int space = phrase.indexOf(' ');
		this.countryPhraseStarts.add((space < 0) ? phrase : phrase.substring(0, space));
		this.longestCountryPhrase = Math.max(this.longestCountryPhrase, phrase.split(" ").length);
	}

	/** The given name a nickname is short for: "Tony" Blinken is Antony Blinken. */
	static String formalName(String givenName) {
		return NICKNAMES.getOrDefault(givenName, givenName);
	}

	private void putMinister(String name, Long id) {
		put(this.ministers, name, id);
		String key = key(name);
		for (String ending : endings(key)) {
			// "Lopez Obrador" is written without its accent as often as with it
			this.ministersByNameEnding.computeIfAbsent(StringUtils.stripAccents(ending), (k) -> new LinkedHashSet<>())
				.add(id);
		}
		int space = key.indexOf(' ');
		this.ministerNameStarts.add((space < 0) ? key : key.substring(0, space));
		PersonName person = PersonName.of(name, id);
		if (person != null) {
			this.ministersByFamilyInitial.computeIfAbsent(person.familyInitial(), (c) -> new ArrayList<>()).add(person);
			if (person.key().contains(" ")) {
				this.ministersByFamilyName.computeIfAbsent(person.lastWord(), (k) -> new LinkedHashSet<>()).add(id);
			}
		}
	}

	/** The slug of a person renamed: their own where the new name makes the same, else a free one. */
	public String slugOfRenamed(Minister minister, String name) {
		return Slugs.of(name).equals(minister.getSlug()) ? minister.getSlug() : uniqueSlug(Minister.class, name);
	}

	private String uniqueSlug(Class<?> type, String name) {
		String base = Slugs.of(name);
		String slug = base;
		for (int n = 2; exists(type, slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	private boolean exists(Class<?> type, String slug) {
		return !this.entityManager
			.createQuery("select 1 from " + type.getSimpleName() + " e where e.slug = :slug", Integer.class)
			.setParameter("slug", slug)
			.setMaxResults(1)
			.getResultList()
			.isEmpty();
	}

	private List<Object[]> rows(String query) {
		return this.entityManager.createQuery(query, Object[].class).getResultList();
	}

	private static void put(Map<String, Long> map, Object name, Object id) {
		map.putIfAbsent(key((String) name), (Long) id);
	}

	static String key(String name) {
		String key = name.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
		// most names have single spaces only: spare them the regex
		return (key.contains("  ") || key.indexOf('\n') >= 0 || key.indexOf('\t') >= 0) ? key.replaceAll("\\s+", " ")
				: key;
	}

	/**
	 * A person's name for fuzzy matching: the whole name, the family name (all after the first word: "de croo")
	 * and its last word, without middle initials and generations ("Lloyd J. Austin III" is "lloyd austin"), and
	 * the initials apart ("j").
	 */
	record PersonName(Long id, String key, String familyName, String lastWord, String initials) {

		private static final Pattern INITIAL = Pattern.compile(" (\\p{L})(?= |$)");

		private static final Pattern GENERATION = Pattern.compile(" (?:jr|sr|ii|iii|iv)(?= |$)");

		static PersonName of(String name, Long id) {
			String key = NameDirectory.key(name).replaceAll("[.,]", "");
			StringBuilder initials = new StringBuilder();
			Matcher initial = INITIAL.matcher(key);
			while (initial.find()) {
				initials.append(initial.group(1));
			}
			String plain = GENERATION.matcher(INITIAL.matcher(key).replaceAll("")).replaceAll("");
			if (plain.contains(" ")) {
				key = plain;
			}
			if (key.isEmpty()) {
				return null;
			}
			int space = key.indexOf(' ');
			String familyName = (space < 0) ? key : key.substring(space + 1);
			String lastWord = key.substring(key.lastIndexOf(' ') + 1);
			return new PersonName(id, key, familyName, lastWord, initials.toString());
		}

		/** Whether both names have middle initials and they differ: George H. W. Bush is not George W. Bush. */
		boolean otherInitials(PersonName other) {
			return !this.initials.isEmpty() && !other.initials.isEmpty() && !this.initials.equals(other.initials);
		}

		String givenName() {
			int space = this.key.indexOf(' ');
			return (space < 0) ? "" : this.key.substring(0, space);
		}

		char familyInitial() {
			return this.lastWord.charAt(0);
		}

	}

	record KnownAgreement(Long id, String title, String core, List<String> contentWords) {
	}

}
