package org.pressroom.ingest.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people in a text: after a ministerial or head-of-government title ("Interior Minister Priti Patel", "The
 * Minister of Internal Affairs Anelis Verlinden", "the Prime Minister of Belgium Alexander De Crowe", "Prime
 * Minister Justin Trudeau of Canada") and, without a title, by the exact names and aliases of known ministers.
 */
public final class MinisterFinder {

	// The look-ahead for the titles' first letters lets most positions fail at once
	private static final Pattern TITLE = Pattern.compile("(?=[ACEKMPQST])(?<![\\p{L}\\-])"
			+ "(?:Prime Minister|Minister|President|Chancellor|Secretary|Premier|Taoiseach|Attorney General"
			+ "|King|Queen|Emir|Crown Prince|Sultan)(?![\\p{L}\\-])");

	/** Titles that are not ministers: "Press Secretary Jen Psaki", "Permanent Secretary". */
	private static final Pattern NOT_A_MINISTER = Pattern
		.compile("(?:Press|Permanent|Private|Cabinet|Executive|Company|General|Vice-|Vice -)\\s*$");

	/** Words of a ministry's name: "Minister of Internal Affairs", "Secretary of State for Health and Social Care". */
	private static final Set<String> OFFICE_WORDS = Set.of("Affairs", "Interior", "Internal", "External", "Foreign",
			"Home", "Justice", "Defence", "Defense", "Health", "Finance", "Trade", "Economy", "Economic", "Education",
			"Environment", "Energy", "Agriculture", "Transport", "Transportation", "Migration", "Immigration",
			"Security", "Development", "Industry", "Culture", "Labour", "Labor", "Work", "Works", "Pensions", "State",
			"Treasury", "Commerce", "Public", "Social", "Care", "Services", "Welfare", "Housing", "Communities",
			"Local", "Government", "Digital", "Science", "Technology", "Innovation", "Business", "Enterprise",
			"Employment", "Equality", "Equalities", "Women", "Youth", "Sport", "Sports", "Tourism", "Investment",
			"International", "European", "Europe", "Cooperation", "Planning", "Infrastructure", "Climate", "Change",
			"Fisheries", "Food", "Rural", "Water", "Natural", "Resources", "Mines", "Land", "Administration",
			"Constitutional", "Legal", "Police", "Policing", "Crime", "Fire", "Safety", "Veterans", "Brexit",
			"Opportunities", "Levelling", "Up", "Cabinet", "Office", "Duchy", "Lancaster", "Exchequer",
			"Commonwealth", "Armed", "Forces", "Intelligence", "Homeland", "Relations", "Family", "Families",
			"Children", "Schools", "Higher", "Skills", "Universities", "Media", "Arts", "Heritage", "Information",
			"Communications", "Borders", "Border", "Asylum", "Refugees", "Citizenship", "Integration", "General",
			"Overseas", "Aid", "Africa", "Asia", "Americas", "Middle", "East", "Pacific", "Regions", "Prisons",
			"Victims", "Courts", "Growth", "Net", "Zero", "Policy", "Cities", "Budget", "Revenue", "Customs",
			"Future", "Veterans'", "Designate", "Elect", "Emeritus", "War", "Navy", "Army", "Air", "Force", "Human",
			"Urban", "Civil", "Rights", "Western", "Hemisphere");

	/** Words that join the words of an office's name: "Minister of Internal Affairs", "Health and Social Care". */
	private static final Set<String> OFFICE_GLUE = Set.of("of", "for", "and", "the", "on");

	/**
	 * Words that end a name: those a headline capitalises after it ("Statement by President Joe Biden On Police
	 * Reform"), the verbs that follow a name in headlines and in text that capitalises them ("President Biden Signed
	 * an executive order") and the titles of the next person in a list.
	 */
	private static final Set<String> AFTER_NAMES = Set.of("On", "In", "At", "As", "By", "For", "To", "From", "Of",
			"And", "The", "With", "After", "Before", "During", "Since", "About", "Against", "Over", "Into", "Including",
			"Announces", "Announced", "Signs", "Signed", "Takes", "Took", "Calls", "Called", "Celebrates", "Delivers",
			"Delivered", "Launches", "Issues", "Hosts", "Meets", "Met", "Visits", "Travels", "Welcomes", "Says", "Said",
			"Will", "Is", "Has", "Was", "Minister", "President", "Secretary", "Senator", "Governor", "Mayor",
			"Congressman", "Congresswoman", "Delegate", "Representative");

	/** Capitalised words that start a sentence or clause, never a name. */
	private static final Set<String> NOT_NAMES = Set.of("The", "This", "That", "These", "Those", "He", "She", "They",
			"It", "His", "Her", "Their", "We", "Our", "I", "On", "In", "At", "As", "By", "For", "During", "Today",
			"Yesterday", "Also", "And", "But", "With", "After", "Before", "While", "When", "Since", "To", "From",
			"Of", "If", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
			"February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
			"December", "Office", "Administration", "Government", "Cabinet", "Ministry", "Department", "House",
			"White", "Senate", "Congress", "Parliament", "Council", "Commission", "Minister", "Ministers",
			"President", "Presidents", "Secretary", "Secretaries", "Prime", "Deputy", "Vice", "Chancellor", "Spokesperson",
			"Spokesman", "Spokeswoman", "Statement", "Readout", "Joint", "Declaration", "Agreement", "Summit", "Said",
			"Ambassador", "General", "Director", "Chair", "Chairman", "Leader", "Leaders", "Governor", "Mayor",
			"Senator", "Representative", "Members", "State", "States", "United", "Republic", "Kingdom", "National",
			"Federal", "Royal", "Majesty", "Excellency", "Highness", "Advisor", "Adviser", "Envoy", "Special",
			"Coordinator", "Assistant", "Counselor", "Counsellor", "Officer", "Chief", "Head", "Commissioner",
			"Administrator", "Senior", "Principal", "Associate", "Acting", "Interim", "Former", "First", "Second",
			"Lady", "Gentleman", "Delegate", "Congressman", "Congresswoman", "Pro", "Presidential", "Nominee",
			"Engagement", "Implementation", "Mobility", "Regional", "County", "Room");

	/** Words of the names of bodies and programmes, never of a person: "Vice President for Risk Management". */
	private static final Set<String> NOT_PERSONS = Set.of("Management", "Coordinator", "Committee", "Council",
			"Association", "Authority", "Consortium", "Detail", "Program", "Programme", "Plan", "Fund", "Bank", "Board",
			"Agency", "Initiative", "Corporation", "Foundation", "Institute", "University", "Center", "Centre",
			"Team", "Unit", "Conference", "Organization", "Organisation", "Court", "Society", "Award", "Records",
			"Department", "Project", "Director", "Group", "School", "Tribal", "Papers", "Services");

	/** Words between a title and a name that are not the name: "Prime Minister Sir Keir Starmer". */
	private static final Set<String> HONORIFICS = Set.of("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr",
			"Rt.", "Rt", "Hon.", "Hon", "The", "the", "Sir", "Dame", "Admiral");

	private static final Set<String> PARTICLES = Set.of("de", "De", "van", "Van", "von", "der", "den", "da", "dos",
			"du", "bin", "ibn", "al", "el", "di", "ter", "le", "la", "Le", "La", "del", "della");

	/** "Sheikh Mohamed bin Zayed Al Nahyan". */
	private static final int MAX_NAME_WORDS = 6;

	private final NameDirectory names;

	MinisterFinder(NameDirectory names) {
		this.names = names;
	}

	List<Mention> find(String text) {
		List<Words.Word> words = Words.of(text);
		List<Mention> mentions = titled(text, words);
		mentions.addAll(knownNames(text, words));
		return mentions;
	}

	/**
	 * The people named after a title. Reads only the names of countries of the directory, which an import never
	 * changes, so it may run on the import's reading thread.
	 */
	List<Mention> titled(String text, List<Words.Word> words) {
		List<Mention> mentions = new ArrayList<>();
		Matcher title = TITLE.matcher(text);
		while (title.find()) {
			if (NOT_A_MINISTER.matcher(text.substring(Math.max(0, title.start() - 12), title.start())).find()
					|| text.startsWith("’s", title.end()) || text.startsWith("'s", title.end())) {
				// "Press Secretary Jen Psaki"; "the President’s Special Envoy" names the President's envoy
				continue;
			}
			int i = wordAt(words, title.end());
			Long country = countryBefore(text, words, wordAt(words, title.start()));
			// "of Internal Affairs", "of the United Kingdom", "for Health and Social Care"
			boolean glued = false;
			while (i < words.size() && joined(text, words, i - 1, i)) {
				String word = words.get(i).text();
				if (OFFICE_GLUE.contains(word) || OFFICE_WORDS.contains(word)) {
					glued = OFFICE_GLUE.contains(word);
					i++;
					continue;
				}
				int countryEnd = CountryFinder.phraseAt(this.names, text, words, i);
				if (countryEnd > i) {
					country = this.names.countryByPhrase(CountryFinder.phrase(text, words, i, countryEnd));
					glued = false;
					i = countryEnd;
					continue;
				}
				break;
			}
			if (glued) {
				// an office this finder does not know ("Secretary of the Air Force") or another person's title
				// ("the President and First Lady"), not a name
				continue;
			}
			while (i < words.size() && HONORIFICS.contains(words.get(i).text()) && joined(text, words, i - 1, i)) {
				i++;
			}
			int first = i;
			int last = -1;
			while (i < words.size() && i - first < MAX_NAME_WORDS && (i == first || joined(text, words, i - 1, i))) {
				Words.Word word = words.get(i);
				if (isNameWord(word) && !((i == first) ? NOT_NAMES : AFTER_NAMES).contains(word.bare())) {
					last = i;
					i++;
					if (word.endsName()) {
						break;
					}
				}
				else if (i > first && PARTICLES.contains(word.text()) && i + 1 < words.size()
						&& isNameWord(words.get(i + 1)) && joined(text, words, i, i + 1)) {
					i++;
				}
				else {
					break;
				}
			}
			if (last < first || (i == first && last == -1)) {
				continue;
			}
			if (!joined(text, words, first - 1, first)) {
				continue;
			}
			String name = name(text, words, first, last);
			if (name.isEmpty() || NOT_NAMES.contains(name) || namesABody(text, words, first, last)) {
				continue;
			}
			Long countryAfter = countryAfter(text, words, last + 1);
			mentions.add(new Mention(name, words.get(first).start(), words.get(last).end(), true,
					(countryAfter != null) ? countryAfter : country, isHeadline(text, title.start())));
		}
		return mentions;
	}

	/** Exact names and aliases of known ministers, with or without a title. */
	List<Mention> knownNames(String text, List<Words.Word> words) {
		List<Mention> found = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			if (!words.get(i).capitalised() || !this.names.startsMinisterName(words.get(i))) {
				continue;
			}
			for (int n = Math.min(4, words.size() - i); n >= 1; n--) {
				if (n > 1 && (!joined(text, words, i + n - 2, i + n - 1) || !asInAName(words.get(i + n - 1)))) {
					continue;
				}
				String name = name(text, words, i, i + n - 1);
				if (this.names.ministerId(name).isPresent()) {
					found.add(new Mention(name, words.get(i).start(), words.get(i + n - 1).end(), false, null, false));
					i += n - 1;
					break;
				}
			}
		}
		return found;
	}

	/**
	 * Whether a position lies in the text's first line (the release's title) or in a Markdown heading or emphasised
	 * line: headlines capitalise every word, so where a name ends there is a guess ("President Biden Announces New
	 * Actions").
	 */
	static boolean isHeadline(String text, int position) {
		int lineStart = text.lastIndexOf('\n', position - 1) + 1;
		if (lineStart == 0) {
			return true;
		}
		while (lineStart < position && text.charAt(lineStart) == ' ') {
			lineStart++;
		}
		char first = text.charAt(lineStart);
		// "**Bold**" and "_italic_" lines, not "* " list items
		boolean emphasis = (first == '*' || first == '_') && lineStart + 1 < text.length()
				&& !Character.isWhitespace(text.charAt(lineStart + 1));
		return first == '#' || emphasis;
	}

	private Long countryBefore(String text, List<Words.Word> words, int titleWord) {
		// "Belgian Prime Minister", "UK Interior Minister": the country word may precede office words
		int i = titleWord - 1;
		while (i >= 0 && OFFICE_WORDS.contains(words.get(i).text()) && joined(text, words, i, i + 1)) {
			i--;
		}
		return (i >= 0 && joined(text, words, i, i + 1)) ? this.names.countryByPhrase(words.get(i).bare()) : null;
	}

	private Long countryAfter(String text, List<Words.Word> words, int i) {
		if (i + 1 < words.size() && words.get(i).text().equals("of") && joined(text, words, i - 1, i)) {
			int start = i + 1;
			if (words.get(start).text().equals("the") && start + 1 < words.size()) {
				start++;
			}
			int end = CountryFinder.phraseAt(this.names, text, words, start);
			if (end > start) {
				return this.names.countryByPhrase(CountryFinder.phrase(text, words, start, end));
			}
		}
		return null;
	}

	private static boolean isNameWord(Words.Word word) {
		String text = word.text();
		return word.capitalised() && !OFFICE_WORDS.contains(word.bare()) && text.codePoints().anyMatch(Character::isLowerCase)
				|| word.isInitial() || text.startsWith("al-") || text.startsWith("el-") || isRoman(text);
	}

	/** Whether a name, or the word right after it, is a word of a body's name: "Pacific Bell Mobile Services". */
	private static boolean namesABody(String text, List<Words.Word> words, int first, int last) {
		int end = joined(text, words, last, last + 1) ? last + 1 : last;
		for (int i = first; i <= end; i++) {
			if (NOT_PERSONS.contains(words.get(i).bare())) {
				return true;
			}
		}
		return false;
	}

	/** Whether a word may follow the first of a name as written: "Biden" and "De" but not "on" or "signed". */
	private static boolean asInAName(Words.Word word) {
		return word.capitalised() || word.isInitial() || PARTICLES.contains(word.text());
	}

	private static boolean isRoman(String text) {
		return text.matches("(?:II|III|IV|Jr\\.?|Sr\\.?)");
	}

	/** The words first to last as written, without a closing full stop or possessive. */
	static String name(String text, List<Words.Word> words, int first, int last) {
		if (first == last) {
			return words.get(last).bare();
		}
		String name = text.substring(words.get(first).start(), words.get(last).start()) + words.get(last).bare();
		return collapseSpaces(name);
	}

	/** Line breaks and runs of white space as one space each. */
	private static String collapseSpaces(String name) {
		StringBuilder collapsed = null;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			boolean space = Character.isWhitespace(c);
			boolean plain = c == ' ' && (i == 0 || !Character.isWhitespace(name.charAt(i - 1)));
			if (collapsed == null && space && !plain) {
				collapsed = new StringBuilder(name.length()).append(name, 0, i);
			}
			if (collapsed != null) {
				if (!space) {
					collapsed.append(c);
				}
				else if (collapsed.length() == 0 || collapsed.charAt(collapsed.length() - 1) != ' ') {
					collapsed.append(' ');
				}
			}
		}
		return (collapsed != null) ? collapsed.toString() : name;
	}

	/** Whether two neighbouring words are separated by nothing but a space or a line break (no comma, no blank line). */
	static boolean joined(String text, List<Words.Word> words, int left, int right) {
		if (left < 0 || right >= words.size()) {
			return false;
		}
		Words.Word a = words.get(left);
		if (a.endsName() && !a.isInitial() && !a.text().equals("U.S.") && !a.text().equals("U.K.")) {
			return false;
		}
		// a single line break is a space: many sources wrap their lines at ~72 characters, and indent list items
		int from = a.end();
		int to = words.get(right).start();
		int breaks = 0;
		for (int i = from; i < to; i++) {
			char c = text.charAt(i);
			if (c == '\n') {
				breaks++;
			}
			else if (c != ' ' && c != '\r') {
				return false;
			}
		}
		return to > from && breaks <= 1 && to - from <= ((breaks == 1) ? 12 : 3);
	}

	/** The index of the first word starting at or after a position. */
	private static int wordAt(List<Words.Word> words, int position) {
		int low = 0;
		int high = words.size();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (words.get(middle).start() < position) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	/**
	 * A person named in a text.
	 *
	 * @param titled whether a title came with the name, which makes an unknown full name a new minister
	 * @param country the country the title or text gave ("Prime Minister of Belgium"), if any
	 * @param headline whether the name stands in a headline ({@link #isHeadline}), where it may run into the
	 * words after it, so that it only finds known ministers
	 */
	record Mention(String name, int start, int end, boolean titled, Long country, boolean headline) {

		boolean fullName() {
			return this.name.contains(" ");
		}

		String familyName() {
			return this.name.substring(this.name.lastIndexOf(' ') + 1);
		}

	}

}
