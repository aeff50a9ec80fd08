package org.pressroom.ingest.link;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.pressroom.agreement.AgreementKind;
import org.pressroom.agreement.AgreementStatus;
import org.pressroom.agreement.DatePrecision;

/**
 * Finds agreements a text names, sentence by sentence: by name ("… Agreement", "Joint Declaration on …",
 * "Memorandum of Understanding", "… Treaty"), and unnamed ones ("a police cooperation agreement") where the sentence
 * says that they are being negotiated or were signed. Reads the status from cues in the sentence ("launch
 * negotiations" → under negotiation, "signed … in November 2021" → signed, that month) and where it says "signed by",
 * which people signed.
 */
public final class AgreementFinder {

	private static final String INSTRUMENT = "(?:Agreement|Treaty|Accord|Convention|Joint Declaration|Declaration"
			+ "|Memorandum of Understanding|MoU|MOU)";

	/** A capitalised word of a name after its instrument, digits included ("G7", "COVID-19"), not an initial. */
	private static final String NAME_WORD = "[\\p{Lu}](?!\\.)[\\p{L}\\d’'\\-]*";

	/** Name words listed with commas up to an "and": "Agreement on Reciprocal, Fair, and Balanced Trade". */
	private static final String LISTED = "(?:,\\s+" + NAME_WORD + ")+,?\\s+and(?=\\s+\\p{Lu})";

	/** What follows an instrument and still names it: "on Migration and Protection", "against Corruption". */
	private static final String AFTER_INSTRUMENT = "((?:\\s+(?:on|of|for|to|against|Against)(?:\\s+the)?(?:\\s+(?:"
			+ NAME_WORD + "|and|of|the)|" + LISTED + ")+)?)";

	// Each pattern first looks ahead for the letter it must start with, so that most positions fail at once
	// Words before the instrument may be abbreviations ("U.S.-Norway Memorandum of Understanding")
	private static final Pattern NAMED = Pattern.compile("(?=\\p{Lu})(?<![\\p{L}])((?:[\\p{Lu}][\\p{L}.’'\\-–]*\\s+)"
			+ "(?:(?:[\\p{Lu}][\\p{L}.’'\\-–]*|of|on|and|for|the)\\s+){0,8}?" + INSTRUMENT + ")(?![\\p{L}])"
			+ AFTER_INSTRUMENT);

	/** What comes between an agreement's name and another the text gives it: "… Agreement (also known as the …". */
	private static final Pattern ALSO_KNOWN_AS = Pattern
		.compile("\\s*[(,]?\\s*(?:also\\s+|often\\s+|commonly\\s+)?(?:known|referred\\s+to)\\s+as\\s+(?:the\\s+)?");

	/**
	 * A name that starts with its instrument: "Joint Declaration on …", and after "the" a treaty, convention,
	 * agreement, accord or declaration "on", "of" or "for" something ("the Treaty on the Non-Proliferation of Nuclear
	 * Weapons", which {@link #NAMED} misses for want of a capitalised word before it).
	 */
	private static final Pattern INSTRUMENT_FIRST = Pattern.compile("(?=[JMTCAD])(?<![\\p{L}])(Joint Declaration"
			+ "|Memorandum of Understanding"
			+ "|(?<=\\bthe\\s)(?:Treaty|Convention|Agreement|Accord|Declaration)(?=\\s+(?:on|of|for)\\s))"
			+ AFTER_INSTRUMENT);

	/** A described agreement: "a police cooperation agreement", not "the benefits from the agreement". */
	private static final Pattern UNNAMED = Pattern.compile("(?=[at])(?<![\\p{L}])(?:a|an|the)\\s+"
			+ "((?:(?!(?:such|this|that|same|new|first|most|the|a|an|from|of|to|with|by|for|in|on|at|and|or|its|their"
			+ "|our|his|her|reach\\w*|benefits?)\\b)[a-z][a-z\\-]*,?\\s+){1,4}"
			+ "(?:agreement|treaty|memorandum of understanding|accord))\\b");

	/**
	 * Words that praise or judge an agreement rather than say what it is about: "a historic critical minerals
	 * agreement", "a responsible agreement".
	 */
	private static final Pattern PRAISE = Pattern.compile("\\b(?:historic|landmark|largest|strongest|recent|recently"
			+ "|recently-signed|signed|negotiated|major|important|ambitious|groundbreaking|unprecedented|final|formal"
			+ "|definitive|responsible|reasonable|suitable|broader|targeted|legally|binding|comprehensive|global"
			+ "|international|commercial)\\s+");

	/**
	 * A country's abbreviation joined by a dash to another party ("U.S.-Japan", "UK–Belgium"): they start the name of
	 * what is between them.
	 */
	private static final Pattern PARTIES = Pattern.compile("\\p{Lu}[\\p{Lu}.]*[\\-–]\\p{Lu}[\\p{L}.]*");

	/** "U.S.-led", "EU-backed": who leads it, not its name. */
	private static final Pattern LED_BY = Pattern.compile("[\\-–]\\p{Ll}");

	/** Words that end what comes before a name: "Coordinator for the Los Angeles Declaration". */
	private static final Set<String> BEFORE_NAME = Set.of("on", "of", "the", "for", "The", "A", "An", "To", "From",
			"Sign", "Signs", "Reach", "Reaches", "Secures", "Delivers", "Announces", "Approves", "Welcomes",
			"Implements", "Finalizes", "Million", "Billion", "Trillion");

	/** Words that begin a sentence or headline rather than a name (as well as those {@link #BEFORE_NAME}). */
	private static final Set<String> NOT_TITLE_START = Set.of("This", "That", "These", "Those", "In", "Such", "Our",
			"Its", "Their", "On", "Under", "With", "Of", "For", "And", "By", "As", "Both", "His", "Her", "Today",
			"Landmark", "Historic", "Unprecedented", "Through", "At", "After", "During", "Within", "Via", "Following",
			"Read", "Recalling", "Recognizing", "Supporting", "Securing", "Protecting", "Signed", "Immediately",
			"Rejoin", "Implement", "Extend");

	/** Whose it is, not its name: "President Trump’s Iran Agreement", "Pacific Island Forum’s Boe Declaration". */
	private static final Pattern POSSESSIVE = Pattern.compile("\\p{L}[’']s$");

	/**
	 * Declarations a government makes at home, not with another party (of a disaster, an emergency, under an Act, of
	 * independence), and agreements at home (a labour agreement, a budget agreement, a plea agreement).
	 */
	private static final Pattern DOMESTIC = Pattern.compile("(?i)\\b(?:disaster|emergency|act)\\s+declaration\\b"
			+ "|^declaration of (?:(?:a |national )?emergency|independence)"
			+ "|\\b(?:labor|labour|budget|bargaining|power purchase|settlement|plea|funding grant)\\s+agreement\\b");

	/** Conventions that are gatherings: a party's, a union's, a church's, a constitutional one. */
	private static final Pattern GATHERING = Pattern.compile("\\b(?:National|Annual|Constitutional|Quadrennial"
			+ "|Baptist|Republican|Democratic|Area|County)\\b.*\\bConvention\\b");

	/**
	 * Where what follows an instrument stops naming it: another name joined to it, a conference held under it, the
	 * parties it is between.
	 */
	private static final Pattern NAME_ENDS = Pattern.compile("\\s+and\\s+the\\s|\\s+(?:Conference|Summit|Between)\\b");

	/** A name's words up to its instrument, when more follows. */
	private static final Pattern SHORT_NAME = Pattern.compile("^(.+?\\b" + INSTRUMENT
			+ ")\\s+(?:on|of|for|to|against|Against)\\s");

	/** Words many agreements' names share: a short name made only of them names none in particular. */
	private static final Set<String> SHARED_WORDS = Set.of("agreement", "treaty", "accord", "convention",
			"declaration", "memorandum", "of", "understanding", "mou", "joint", "un", "u.n.", "united", "nations",
			"international", "multilateral", "bilateral", "trilateral", "political", "ministerial", "leaders’",
			"leaders'", "framework", "cooperation", "regional", "global", "general", "interim", "bipartisan",
			"security", "trade", "economic", "strategic", "partnership", "comprehensive", "free", "peace", "new",
			"the", "mutual", "defense", "defence", "investment", "nuclear", "climate", "tax");

	/** A date after a name: "Open Skies Agreement on August 2, 2024", "Barbados Agreement of October 2023". */
	private static final Pattern DATE_AFTER = Pattern.compile("\\s+(?:on|of|in)\\s+(?:January|February|March|April"
			+ "|May|June|July|August|September|October|November|December)\\b.*$");

	/** Titles that name a kind of instrument, not one agreement. */
	private static final Set<String> GENERIC = Set.of("memorandum of understanding", "memorandum of agreement",
			"joint declaration", "framework agreement", "free trade agreement", "trade agreement",
			"bilateral agreement", "historic agreement", "tentative agreement", "peace agreement", "peace treaty",
			"preliminary agreement", "interim agreement", "cooperation agreement");

	private static final List<String> INSTRUMENT_WORDS = List.of("agreement", "treaty", "accord", "convention",
			"declaration", "memorandum", "mou");

	private static final Pattern NEGOTIATION = Pattern.compile("(?i)negotiat");

	private static final Pattern LAUNCH = Pattern.compile("(?i)\\b(?:launch|open|start|begin|began|launched|opened)\\w*\\s+"
			+ "(?:\\w+\\s+){0,2}negotiat");

	private static final Pattern SIGNED = Pattern.compile("(?i)\\bsigned\\b|\\bsigning of\\b");

	private static final Pattern IN_FORCE = Pattern.compile("(?i)\\b(?:entered|enter|came|come|comes) into force\\b");

	private static final Pattern SIGNED_BY = Pattern.compile("(?i)\\bsigned by\\b");

	private static final Pattern SIGNED_ON_DAY = Pattern
		.compile("(?i)\\bon\\s+(\\d{1,2}\\s+(?:January|February|March|April|May|June|July|August|September|October"
				+ "|November|December)\\s+\\d{4})");

	private static final Pattern SIGNED_IN_MONTH = Pattern.compile("\\bin\\s+(January|February|March|April|May|June|"
			+ "July|August|September|October|November|December)\\s+(\\d{4})");

	private static final Pattern SIGNED_IN_YEAR = Pattern.compile("\\bin\\s+((?:19|20)\\d{2})\\b");

	/**
	 * Where a sentence ends; not after "U.N.", which far more often goes on naming something of the UN's, nor after an
	 * abbreviated pair of parties ending in "U.S." ("the ROK-U.S. Mutual Defense Treaty").
	 */
	private static final Pattern SENTENCE_END = Pattern
		.compile("(?=\\s)(?<=[.!?][”\"’]?)(?<!\\bU\\.N\\.)(?<!\\p{Lu}[\\-–]U\\.S\\.)\\s+(?=[\\p{Lu}“\"‘])");

	private AgreementFinder() {
	}

	/** Each agreement found, with the sentence that names it and where that sentence starts in the text. */
	static List<Found> find(String text) {
		List<Found> found = new ArrayList<>();
		int offset = 0;
		if (!namesAnInstrument(text)) {
			return found;
		}
		for (String paragraph : text.split("\n\\s*\n")) {
			int paragraphStart = text.indexOf(paragraph, offset);
			offset = paragraphStart + paragraph.length();
			if (!namesAnInstrument(paragraph)) {
				continue;
			}
			int sentenceStart = 0;
			Matcher ends = SENTENCE_END.matcher(paragraph);
			List<int[]> sentences = new ArrayList<>();
			while (ends.find()) {
				sentences.add(new int[] { sentenceStart, ends.start() });
				sentenceStart = ends.end();
			}
			sentences.add(new int[] { sentenceStart, paragraph.length() });
			for (int[] span : sentences) {
				String sentence = paragraph.substring(span[0], span[1]);
				if (!namesAnInstrument(sentence)) {
					continue;
				}
				findIn(sentence, paragraphStart + span[0], paragraphStart, paragraph, found);
			}
		}
		return found.stream().map((one) -> withLongerName(one, found)).toList();
	}

	/**
	 * A name that ends another name the same text gives is that agreement's, shortened: "the Clean Economy Agreement"
	 * after "the IPEF Clean Economy Agreement".
	 */
	private static Found withLongerName(Found found, List<Found> all) {
		if (!found.named()) {
			return found;
		}
		String ending = " " + found.title();
		return all.stream()
			.filter((other) -> other.named() && other.title().endsWith(ending))
			.findFirst()
			.map((longer) -> found.withTitle(longer.title()))
			.orElse(found);
	}

	/**
	 * Whether a text has a word that every pattern here needs ("agreement", "treaty", "accord", "convention",
	 * "declaration", "memorandum", "MoU"): most paragraphs have none, and are spared the regular expressions.
	 */
	static boolean namesAnInstrument(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		for (String word : INSTRUMENT_WORDS) {
			if (lower.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static void findIn(String sentence, int sentenceStart, int paragraphStart, String paragraph,
			List<Found> found) {
		List<String> titles = new ArrayList<>();
		Map<String, String> aliases = new HashMap<>();
		Matcher named = NAMED.matcher(sentence);
		Matcher alsoKnownAs = ALSO_KNOWN_AS.matcher(sentence);
		int previousEnd = -1;
		while (named.find()) {
			String title = trimTitle(named.group(1), named.group(2));
			if (title != null && !DOMESTIC.matcher(title).find() && !GATHERING.matcher(title).find()) {
				if (previousEnd >= 0 && alsoKnownAs.region(previousEnd, named.start()).matches()) {
					aliases.putIfAbsent(titles.get(titles.size() - 1), title);
				}
				else {
					titles.add(title);
				}
				previousEnd = named.end();
			}
		}
		Matcher instrumentFirst = INSTRUMENT_FIRST.matcher(sentence);
		while (instrumentFirst.find()) {
			String title = tidy(instrumentFirst.group(1) + endOfName(instrumentFirst.group(2)));
			if (title.contains(" ") && !DOMESTIC.matcher(title).find()
					&& titles.stream().noneMatch((t) -> t.contains(title))) {
				titles.add(title);
			}
		}
		Status status = status(sentence);
		for (String title : titles) {
			if (!GENERIC.contains(title.toLowerCase(Locale.ROOT))) {
				found.add(new Found(title, kind(title), status, sentence, sentenceStart, paragraph, paragraphStart,
						true, aliases.get(title)));
			}
			else if (status.status() != AgreementStatus.PROPOSED) {
				// "a Memorandum of Understanding" is one of many: described, like "a trade agreement", not named
				found.add(new Found(title.toLowerCase(Locale.ROOT), kind(title), status, sentence, sentenceStart,
						paragraph, paragraphStart, false, null));
			}
		}
		if (status.status() != AgreementStatus.PROPOSED) {
			Matcher unnamed = UNNAMED.matcher(sentence);
			while (unnamed.find()) {
				String phrase = PRAISE.matcher(unnamed.group(1).replace(",", "").replaceAll("\\s+", " ")).replaceAll("");
				// only what it is about says which agreement it is: "a historic agreement" could be any
				if (phrase.indexOf(' ') > 0
						&& titles.stream().noneMatch((t) -> t.toLowerCase(Locale.ROOT).contains(phrase))) {
					found.add(new Found(phrase, kind(phrase), status, sentence, sentenceStart, paragraph,
							paragraphStart, false, null));
				}
			}
		}
	}

	/**
	 * Drops words that begin a sentence rather than a name: "In the Paris Agreement" is the Paris Agreement,
	 * "Secretary General Jens Stoltenberg of the North Atlantic Treaty" names the North Atlantic Treaty, and "Trump
	 * Implements A Historic U.S.-Japan Framework Agreement" the U.S.-Japan Framework Agreement.
	 *
	 * @param named the words up to the instrument's
	 * @param rest what follows the instrument and belongs to its name ("on Migration and Protection")
	 */
	private static String trimTitle(String named, String rest) {
		String[] words = named.strip().split("\\s+");
		int start = 0;
		int instrument = instrumentStart(words);
		for (int i = instrument - 1; i > 0; i--) {
			if (BEFORE_NAME.contains(words[i]) || POSSESSIVE.matcher(words[i]).find()) {
				start = i + 1;
				break;
			}
		}
		for (int i = instrument - 1; i > start; i--) {
			if (PARTIES.matcher(words[i]).matches()) {
				start = i;
				break;
			}
		}
		while (start < words.length - 1 && (NOT_TITLE_START.contains(words[start]) || BEFORE_NAME.contains(words[start])
				|| Character.isLowerCase(words[start].charAt(0)) || LED_BY.matcher(words[start]).find()
				|| (start < instrument && POSSESSIVE.matcher(words[start]).find()))) {
			start++;
		}
		String title = tidy(String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length))
				+ endOfName(rest));
		return title.contains(" ") ? title : null;
	}

	/**
	 * The part of what follows an instrument that is still its name: not another joined by "and the", nor a
	 * "Conference of the Parties" or "Summit" held under it.
	 */
	private static String endOfName(String rest) {
		Matcher end = NAME_ENDS.matcher(rest);
		return end.find() ? rest.substring(0, end.start()) : rest;
	}

	/**
	 * The shorter name an agreement also goes by, up to its instrument: "Los Angeles Declaration" for the "Los Angeles
	 * Declaration on Migration and Protection". Null where the title has nothing after its instrument, or where the
	 * shorter name is made of words many agreements share ("UN Convention").
	 */
	static String shortName(String title) {
		Matcher name = SHORT_NAME.matcher(title);
		if (!name.find()) {
			return null;
		}
		for (String word : name.group(1).split(" ")) {
			if (!SHARED_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
				return name.group(1);
			}
		}
		return null;
	}

	/** One space between words, without a date, a possessive or a connector at the end. */
	private static String tidy(String title) {
		String tidy = DATE_AFTER.matcher(title.replaceAll("[\\s\\u00a0]+", " ").strip()).replaceFirst("");
		return tidy.replaceFirst("[’']s$", "").replaceFirst("(?:\\s+(?:and|of|on|for|the|to|against|Against))+$", "");
	}

	/** Whether a word (in lower case) names a kind of instrument: "agreement", "treaty", "convention"... */
	static boolean isInstrument(String word) {
		return INSTRUMENT_WORDS.contains(word);
	}

	/** Where the instrument's word ("Agreement", the "Memorandum" of "Memorandum of Understanding") is in a title. */
	private static int instrumentStart(String[] words) {
		for (int i = 0; i < words.length; i++) {
			if (isInstrument(words[i].toLowerCase(Locale.ROOT))) {
				return i;
			}
		}
		return words.length;
	}

	static AgreementKind kind(String title) {
		String lower = title.toLowerCase(Locale.ROOT);
		if (lower.contains("declaration")) {
			return AgreementKind.JOINT_DECLARATION;
		}
		if (lower.contains("memorandum") || lower.endsWith("mou")) {
			return AgreementKind.MEMORANDUM_OF_UNDERSTANDING;
		}
		return lower.contains("treaty") ? AgreementKind.TREATY : AgreementKind.AGREEMENT;
	}

	static Status status(String sentence) {
		if (IN_FORCE.matcher(sentence).find()) {
			return new Status(AgreementStatus.IN_FORCE, null, null, false, -1);
		}
		Matcher signed = SIGNED.matcher(sentence);
		if (signed.find() && !NEGOTIATION.matcher(sentence).find()) {
			String after = sentence.substring(signed.start());
			Matcher by = SIGNED_BY.matcher(sentence);
			int signedBy = by.find() ? by.end() : -1;
			Matcher day = SIGNED_ON_DAY.matcher(after);
			if (day.find()) {
				try {
					return new Status(AgreementStatus.SIGNED, LocalDate.parse(day.group(1),
							DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)), DatePrecision.DAY, false,
							signedBy);
				}
				catch (DateTimeParseException ex) {
					// not a real date: keep looking for a month
				}
			}
			Matcher month = SIGNED_IN_MONTH.matcher(after);
			if (month.find()) {
				return new Status(AgreementStatus.SIGNED, LocalDate.of(Integer.parseInt(month.group(2)),
						Month.valueOf(month.group(1).toUpperCase(Locale.ROOT)), 1), DatePrecision.MONTH, false,
						signedBy);
			}
			Matcher year = SIGNED_IN_YEAR.matcher(after);
			if (year.find()) {
				return new Status(AgreementStatus.SIGNED, LocalDate.of(Integer.parseInt(year.group(1)), 1, 1),
						DatePrecision.YEAR, false, signedBy);
			}
			return new Status(AgreementStatus.SIGNED, null, null, false, signedBy);
		}
		if (NEGOTIATION.matcher(sentence).find()) {
			return new Status(AgreementStatus.UNDER_NEGOTIATION, null, null, LAUNCH.matcher(sentence).find(), -1);
		}
		return new Status(AgreementStatus.PROPOSED, null, null, false, -1);
	}

	/**
	 * What a sentence says about an agreement's status.
	 *
	 * @param launched whether it says negotiations were launched (then, on the release's date)
	 * @param signedBy where in the sentence the "signed by" list starts, or -1
	 */
	record Status(AgreementStatus status, LocalDate signedOn, DatePrecision precision, boolean launched, int signedBy) {
	}

	/**
	 * An agreement named in a text.
	 *
	 * @param named whether the text gave its name, or only described it ("a police cooperation agreement")
	 * @param alias another name the text gives it ("the Good Friday Agreement (also known as the Belfast
	 * Agreement)"), or null
	 */
	record Found(String title, AgreementKind kind, Status status, String sentence, int sentenceStart,
			String paragraph, int paragraphStart, boolean named, String alias) {

		Found withTitle(String longer) {
			return new Found(longer, this.kind, this.status, this.sentence, this.sentenceStart, this.paragraph,
					this.paragraphStart, this.named, this.alias);
		}

	}

}
