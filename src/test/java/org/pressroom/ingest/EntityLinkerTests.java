package org.pressroom.ingest;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.pressroom.agreement.Agreement;
import org.pressroom.agreement.AgreementKind;
import org.pressroom.agreement.AgreementStatus;
import org.pressroom.agreement.DatePrecision;
import org.pressroom.country.Country;
import org.pressroom.ingest.link.CountryFinder;
import org.pressroom.ingest.link.EntityLinker;
import org.pressroom.ingest.link.NameDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each linking rule, on sentences from the real corpus. Every case runs in a transaction that is rolled back.
 */
@SpringBootTest(properties = "pressroom.sample-data=false")
@AutoConfigureMockMvc
class EntityLinkerTests {

	@Autowired
	Archive archive;

	@Autowired
	EntityManager entityManager;

	@Autowired
	TransactionTemplate transactions;

	@BeforeEach
	void curatedMinisters() {
		this.archive.countriesOnly();
		this.archive.curatedMinisters();
	}

	@Test
	void findsKnownMinistersByNameAndTitle() {
		link("Home Secretary Priti Patel said the UK would act.", (names, links) -> assertThat(ministers(names, links))
			.containsExactly("Priti Patel"));
	}

	@Test
	void findsKnownMinistersDespiteMisspellingsAndByFamilyNameAfterATitle() {
		link("The Minister of Internal Affairs Anelis Verlinden said. Later Minister Verlinden left.",
				(names, links) -> assertThat(ministers(names, links)).containsExactly("Annelies Verlinden"));
		link("signed by the Prime Minister of Belgium Alexander De Crowe in November 2021.",
				(names, links) -> assertThat(ministers(names, links)).contains("Alexander De Croo"));
	}

	@Test
	void createsUnknownPeopleWithMinisterialTitlesUnreviewedWithTheirCountry() {
		link("Today President Biden met with Prime Minister Justin Trudeau of Canada and President Andrés Manuel "
				+ "López Obrador of Mexico for the North American Leaders’ Summit.", (names, links) -> {
					assertThat(ministers(names, links)).containsExactlyInAnyOrder("Justin Trudeau",
							"Andrés Manuel López Obrador");
					assertThat(countries(names, links)).contains("Canada", "Mexico");
					org.pressroom.minister.Minister trudeau = this.entityManager
						.createQuery("select m from Minister m where m.name = 'Justin Trudeau'",
								org.pressroom.minister.Minister.class)
						.getSingleResult();
					assertThat(trudeau.isReviewed()).isFalse();
					assertThat(trudeau.getCountry().getCode()).isEqualTo("CA");
				});
	}

	@Test
	void findsAKnownPersonByNicknameOrByTheEndOfTheirName() {
		link("", (names, links) -> {
			names.createMinister("Antony Blinken", null);
			names.createMinister("Andrés Manuel López Obrador", null);
			names.createMinister("Keir Starmer", null);
			assertThat(ministers(names, linkAgain(names, "Mr. Sullivan previewed the\nMarch 18 meeting that he and "
					+ "Secretary of State Tony Blinken will hold\nwith Chinese officials.")))
				.containsExactly("Antony Blinken");
			assertThat(ministers(names, linkAgain(names, "The United States and Mexico agreed to\nhold a High-Level "
					+ "Economic Dialogue in September, fulfilling President\nBiden’s and President López Obrador’s "
					+ "commitment on March 1.")))
				.contains("Andrés Manuel López Obrador")
				.doesNotContain("López Obrador");
			assertThat(ministers(names, linkAgain(names, "President Donald J. Trump and Prime Minister Sir Keir "
					+ "Starmer committed\nto deliver shared prosperity.")))
				.contains("Keir Starmer")
				.doesNotContain("Sir Keir Starmer");
		});
	}

	@Test
	void aNameAfterAPatronymicIsTheFathersNotTheSons() {
		link("", (names, links) -> {
			names.createMinister("Salman bin Abdulaziz Al Saud", null);
			assertThat(names.similarMinister("Abdulaziz Al Saud")).isEmpty();
		});
	}

	@Test
	void leavesOutAnHonorificBetweenTitleAndName() {
		link("President Donald J. Trump and Prime Minister Sir Keir Starmer committed\nto deliver shared prosperity. "
				+ "Assistant Secretary of Health Admiral Rachel Levine,\nhosted the first-ever White House roundtable.",
				(names, links) -> assertThat(ministers(names, links)).contains("Keir Starmer", "Rachel Levine")
					.doesNotContain("Sir Keir Starmer", "Admiral Rachel Levine"));
		// "Sheikh" is a title in the Gulf, but Sheikh Hasina's given name
		link("-   Prime Minister Scott Morrison, Australia\n-   Prime Minister Sheikh Hasina, Bangladesh",
				(names, links) -> assertThat(ministers(names, links)).contains("Sheikh Hasina"));
	}

	@Test
	void findsNamesWrappedAcrossLines() {
		link("National Security Advisor Jake Sullivan met today with Foreign Secretary Elizabeth\nTruss of the "
				+ "United Kingdom.", (names, links) -> {
					assertThat(ministers(names, links)).containsExactly("Elizabeth Truss");
					assertThat(countries(names, links)).containsExactly("United Kingdom");
				});
		link("-   **Interagency COVID-19 Fraud Enforcement Task Force:**In May\n    2021, the President welcomed the "
				+ "Attorney General Merrick B.\n    Garland’s announcement that the DOJ had launched the Task Force.",
				(names, links) -> assertThat(ministers(names, links)).containsExactly("Merrick B. Garland"));
	}

	@Test
	void readsLongNamesWithTheirParticles() {
		link("-   President Sheikh Khalifa bin Zayed Al Nahyan, United Arab Emirates\n-   Prime Minister Scott "
				+ "Morrison, Australia", (names, links) -> assertThat(ministers(names, links))
					.containsExactly("Sheikh Khalifa bin Zayed Al Nahyan", "Scott Morrison"));
	}

	@Test
	void doesNotTakeTitlesWithoutAPersonOrNonMinistersForPeople() {
		link("During the meeting, the Minister of the Interior confirmed that the United Kingdom will finance it. "
				+ "Press Secretary Jen Psaki said so.", (names, links) -> assertThat(ministers(names, links)).isEmpty());
	}

	@Test
	void takesNoOtherPersonsTitleUnknownOfficeOrBodyForAName() {
		link("The President and First Lady Jill Biden are also announcing a call to action. It is led by veterans, "
				+ "including Under Secretary of the Air Force Gina Ortiz Jones. Also present: Assistant to the President "
				+ "and Homeland Security Advisor Dr. Elizabeth Sherwood-Randall, the President’s Special Envoy and the "
				+ "Vice President for Technology Risk Management at Capital One. Prior to joining T-Mobile USA, Ray served "
				+ "as Network Vice President for\nPacific Bell Mobile Services.",
				(names, links) -> assertThat(ministers(names, links)).containsExactly("Gina Ortiz Jones"));
	}

	@Test
	void aNameEndsAtAVerbThatFollowsIt() {
		link("**FACT SHEET:\nPresident Biden and Vice President Harris Delivered Results for Working\nFamilies in First "
				+ "Year**\n\nWhen President Biden took office, the economy was in crisis.", (names, links) -> assertThat(
						links.ministers()).extracting(names::ministerName).noneMatch((name) -> name.contains("Delivered")));
	}

	@Test
	void aNameInTheTextSaysWhomTheHeadlineNamesBeforeAKnownFamilyNameCan() {
		link("Cabinet Councillor Yasuo Takamura from the National\nSecurity Secretariat of Japan, Secretary to the "
				+ "President for Economic\nSecurity Yunjong Wang of the ROK, and Senior Directors Tarun Chhabra.",
				(names, links) -> {
					EntityLinker.Links wangYi = new EntityLinker(names).link(
							"Readout of President Joe Biden’s Meeting with People’s Republic of China Director of the "
									+ "Office of the Foreign Affairs Commission and Foreign Minister Wang Yi",
							"President Biden met today with the People’s Republic of\nChina Director of the Office of "
									+ "the Foreign Affairs Commission and\nForeign Minister Wang Yi.",
							LocalDate.of(2024, 1, 30), true);
					assertThat(links.ministers()).extracting(names::ministerName).contains("Yunjong Wang");
					assertThat(wangYi.ministers()).extracting(names::ministerName)
						.contains("Wang Yi")
						.doesNotContain("Yunjong Wang");
				});
	}

	@Test
	void aHeadlineLinksKnownMinistersButCreatesNoOneFromTheWordsAfterAName() {
		link("President Biden Announces New Actions to Expand Testing",
				"**Statement by President Joe Biden On Police Reform**\n\nToday Prime Minister Boris Johnson said.",
				(names, links) -> {
					assertThat(ministers(names, links)).containsExactly("Boris Johnson");
					assertThat(this.entityManager
						.createQuery("select count(m) from Minister m where m.reviewed = false", Long.class)
						.getSingleResult()).isZero();
				});
		link("Readout of President Joe Biden On Call", "Prime Minister Joe Biden said so. Today, President Joe Biden "
				+ "Signed an executive order.",
				(names, links) -> assertThat(ministers(names, links)).containsExactly("Joe Biden"));
	}

	@Test
	void findsAKnownMinisterWrittenWithAMiddleInitialAndGeneration() {
		link("Home Secretary Priti Patel said.", (names, links) -> {
			names.createMinister("Lloyd Austin", null);
			names.createMinister("George W. Bush", null);
			assertThat(ministers(names, new EntityLinker(names).link("", "Secretary of Defense Lloyd J. Austin III "
					+ "met the Prime Minister. President George H. W. Bush signed it.", LocalDate.of(2022, 3, 15), true)))
				.containsExactly("Lloyd Austin", "George H. W. Bush");
		});
	}

	@Test
	void findsAKnownMinisterWithTheFamilyNameWrittenFirst() {
		link("Home Secretary Priti Patel said.", (names, links) -> {
			names.createMinister("Fumio Kishida", null);
			assertThat(ministers(names, new EntityLinker(names).link("", "President Biden met virtually today with "
					+ "Prime Minister Kishida Fumio of\nJapan.", LocalDate.of(2022, 1, 21), true)))
				.containsExactly("Fumio Kishida");
		});
	}

	@Test
	void aFamilyNameAloneIsThePersonTheTextNamedWithItFirst() {
		link("Home Secretary Priti Patel said.", (names, links) -> {
			names.createMinister("Thea Lee", null);
			assertThat(ministers(names, new EntityLinker(names).link("", "President Lee Jae Myung of the Republic of "
					+ "Korea (ROK) welcomed the visit. In light of President Trump’s historic 2024 victory and "
					+ "President Lee’s\nelection demonstrating the ROK’s democratic strength and resilience, they "
					+ "declared a new chapter.", LocalDate.of(2025, 11, 13), true)))
				.contains("Lee Jae Myung")
				.doesNotContain("Thea Lee");
		});
	}

	@Test
	void aShortenedNameIsThePersonTheTextNamedInFull() {
		link("Assistant to the President for National Security Affairs Jake Sullivan\nhosted President Hassan Sheikh "
				+ "Mohamud for a meeting at the White House\ntoday. President Hassan\nSheikh thanked the United States. "
				+ "Mr. Sullivan and President Hassan Sheikh discussed the importance of\npolitical reconciliation in "
				+ "Somalia.",
				(names, links) -> assertThat(ministers(names, links)).containsExactly("Hassan Sheikh Mohamud"));
	}

	@Test
	void findsKnownNamesOnlyAsNamesAreWritten() {
		link("Home Secretary Priti Patel said.", (names, links) -> {
			names.createMinister("Patel Signed", null);
			assertThat(ministers(names, new EntityLinker(names).link("", "Priti Patel, Patel signed it.",
					LocalDate.of(2022, 3, 15), true))).containsExactly("Priti Patel");
		});
	}

	@Test
	void findsCountriesByNameAliasAndDemonym() {
		this.transactions.executeWithoutResult((tx) -> {
			NameDirectory names = new NameDirectory(this.entityManager);
			assertThat(named(names, "This will support a new command and operational response centre along the Belgian "
					+ "border. British films, TV dramas, songs and fashion connect the UK and Pakistan."))
				.containsExactlyInAnyOrder("Belgium", "United Kingdom", "Pakistan");
			assertThat(named(names, "The Governor of New Mexico met Michael Jordan.")).isEmpty();
			// regions that a country's name or demonym is part of
			assertThat(named(names, "In this virtual event, the two leaders will\ndiscuss cooperation on migration, "
					+ "joint development efforts in Southern\nMexico and Central America, COVID-19 recovery, and economic "
					+ "cooperation.")).containsExactly("Mexico");
			assertThat(named(names, "Our\n    dose sharing approach prioritizes Latin American and the Caribbean\n    "
					+ "on a *per capita* basis.")).isEmpty();
			assertThat(named(names, "something that is a\nhigh watermark in terms of a Pan-American response to break "
					+ "downs in\ndemocratic rule.")).isEmpty();
		});
	}

	@Test
	void linksTheCountriesAReadoutIsAboutNotThoseItMentionsInPassing() {
		link("President Joseph R. Biden spoke today with Prime Minister Boris\nJohnson of the United Kingdom. The "
				+ "President conveyed his intention to\nstrengthen the special relationship between our countries. The "
				+ "leaders also discussed the need for coordination on shared foreign\npolicy priorities, including "
				+ "China, Iran, and Russia.",
				(names, links) -> assertThat(countries(names, links)).containsExactly("United Kingdom"));
	}

	@Test
	void leavesOutTheTopicsALeadTurnsToAndCountriesNamedOnlyRepeatedly() {
		link("President Joseph R. Biden, Jr. spoke today with Prime Minister Suga\nYoshihide of Japan at the G7 to "
				+ "discuss shared challenges in the\nIndo-Pacific and the world, including COVID-19, climate change, North\n"
				+ "Korea, China, and preserving peace and stability across the Taiwan\nStrait.",
				(names, links) -> assertThat(countries(names, links)).containsExactly("Japan"));
		link("President Joe Biden and President Emmanuel Macron of France spoke today\nabout developments in "
				+ "Afghanistan. They lauded the tireless efforts of\ntheir personnel working closely together in Kabul on "
				+ "the evacuation of\ntheir citizens, the brave Afghans who have stood by us, and other vulnerable "
				+ "Afghan nationals. They underscored the\nimportance of continued close coordination among allies and "
				+ "democratic\npartners on Afghanistan.",
				(names, links) -> assertThat(countries(names, links)).containsExactly("France"));
	}

	@Test
	void linksCountriesNamedInTheLeadAndInAMinistersQuotedStatement() {
		link("During his two-day visit to the United Kingdom, Verlanden briefed his counterpart on the UK’s support "
				+ "for refugees.\n\nThe talks went on into the evening in Brussels and Paris.\n\n"
				+ "Interior Minister Priti Patel said.\n\nWe reaffirmed that our governments are disgusted with Russia’s "
				+ "invasion of Ukraine.",
				(names, links) -> assertThat(countries(names, links)).containsExactly("United Kingdom", "Russia",
						"Ukraine"));
	}

	@Test
	void findsNamedAgreementsWithStatusDateAndSignatories() {
		link("These measures complement the Joint Declaration on Combating Immigration Crimes between the two "
				+ "countries, signed by the Prime Minister of the United Kingdom Boris Johnson and the Prime Minister "
				+ "of Belgium Alexander De Crowe in November 2021.", (names, links) -> {
					Agreement declaration = agreements(links).get(0);
					assertThat(declaration.getTitle()).isEqualTo("Joint Declaration on Combating Immigration Crimes");
					assertThat(declaration.getKind()).isEqualTo(AgreementKind.JOINT_DECLARATION);
					assertThat(declaration.getStatus()).isEqualTo(AgreementStatus.SIGNED);
					assertThat(declaration.getSignedLabel()).isEqualTo("November 2021");
					assertThat(declaration.getSignedPrecision()).isEqualTo(DatePrecision.MONTH);
					assertThat(declaration.getSignatories()).extracting(org.pressroom.minister.Minister::getName)
						.containsExactlyInAnyOrder("Boris Johnson", "Alexander De Croo");
				});
		link("The institutes of the United States and India signed a Memorandum of Understanding on cooperation in "
				+ "cancer research in May 2022.",
				(names, links) -> {
					Agreement memorandum = agreements(links).get(0);
					assertThat(memorandum.getKind()).isEqualTo(AgreementKind.MEMORANDUM_OF_UNDERSTANDING);
					assertThat(memorandum.getStatus()).isEqualTo(AgreementStatus.SIGNED);
					assertThat(memorandum.getSignedLabel()).isEqualTo("May 2022");
				});
	}

	@Test
	void readsTheWholeNameOfAnAgreementAndNotTheWordsBeforeIt() {
		link("We call on the Senate to ratify the United Nations Convention on the Law of the Sea. NATO Secretary "
				+ "General Jens Stoltenberg of the North Atlantic Treaty Organization spoke. Endorsers of the Los "
				+ "Angeles Declaration on Migration and Protection U.S. Government and Foreign Partner Commitments. "
				+ "They signaled their intent to move forward with a U.S.-Norway\nMemorandum of Understanding (MOU).",
				(names, links) -> assertThat(agreements(links)).extracting(Agreement::getTitle)
					.containsExactly("United Nations Convention on the Law of the Sea", "North Atlantic Treaty",
							"Los Angeles Declaration on Migration and Protection",
							"U.S.-Norway Memorandum of Understanding"));
		link("We continue to implement the UN Convention against Corruption.",
				(names, links) -> assertThat(agreements(links)).extracting(Agreement::getTitle)
					.containsExactly("UN Convention against Corruption"));
		link("Fact Sheet: President Trump Implements A Historic U.S.-Japan Framework Agreement", "It is done.",
				(names, links) -> assertThat(agreements(links)).extracting(Agreement::getTitle)
					.containsExactly("U.S.-Japan Framework Agreement"));
		link("Endorsement of the U.S.-led Political Declaration on Responsible Military Use of Artificial "
				+ "Intelligence and Autonomy.", (names, links) -> assertThat(agreements(links))
					.extracting(Agreement::getTitle)
					.containsExactly("Political Declaration on Responsible Military Use of Artificial Intelligence "
							+ "and Autonomy"));
		link("Statement from President Joe Biden on Tentative Agreement Between UPS and the International Brotherhood "
				+ "of Teamsters", "The parties reached it.",
				(names, links) -> assertThat(links.agreements()).isEmpty());
	}

	@Test
	void endsANameWhereTheTextGoesOnToADateAnotherAgreementOrAMeetingNotAtCommasOrLineBreaks() {
		link("The United States and Dominican Republic\n    signed a historic Open Skies Agreement on August 2, 2024.",
				(names, links) -> assertThat(titles(links))
					.containsExactly("United States–Dominican Republic Open Skies Agreement"));
		link("We call on China to act in accordance with its obligations under the\n    Vienna Convention on Diplomatic "
				+ "Relations and the Vienna Convention\n    on Consular relations.", (names, links) -> assertThat(
						titles(links)).contains("Vienna Convention on Diplomatic Relations")
							.noneMatch((title) -> title.contains(" and the ")));
		link("Ahead of the 26th\nUN Climate Change Conference of the Parties (UNFCCC COP26) and the\nfifteenth session "
				+ "of the Conference of the Parties to the UN Convention\nto Combat Desertification (CCD COP15), we "
				+ "commit to act.", (names, links) -> assertThat(titles(links))
					.containsExactly("UN Convention to Combat Desertification"));
		link("President Biden thanked President Arévalo for his leadership in hosting\nthe next Los Angeles Declaration "
				+ "for Protection and Migration Summit\nplanned for later this spring.", (names, links) -> assertThat(
						titles(links)).containsExactly("Los Angeles Declaration for Protection and Migration"));
		link("-   The Agreement on Reciprocal, Fair, and Balanced Trade will remove\n    barriers to U.S. exports to "
				+ "Switzerland and Liechtenstein.", (names, links) -> assertThat(titles(links))
					.containsExactly("Agreement on Reciprocal, Fair, and Balanced Trade"));
		link("the Indonesian Ministry of Environment and Forestry-U.S.\nEnvironmental Protection Agency Memorandum of "
				+ "Understanding on\nEnvironmental Cooperation; and IPEF.", (names, links) -> assertThat(titles(links))
					.containsExactly("Environmental Protection Agency Memorandum of Understanding on Environmental "
							+ "Cooperation"));
	}

	@Test
	void startsANameAfterWhatTheTextSaysBeforeIt() {
		link("Special Assistant to\nthe President and NSC Coordinator for the Los Angeles Declaration on\nMigration "
				+ "and Protection\u00a0Katie Tobin, and Director of Operations.", (names, links) -> assertThat(
						titles(links)).containsExactly("Los Angeles Declaration on Migration and Protection"));
		link("President Trump’s Iran Agreement Is America First in Action", "It is.",
				(names, links) -> assertThat(titles(links)).containsExactly("Iran Agreement"));
		link("The Pacific Islands are particularly vulnerable; as the\nPacific Island Forum’s Boe Declaration on "
				+ "Regional Security\nstates.", (names, links) -> assertThat(titles(links))
					.containsExactly("Boe Declaration on Regional Security"));
		link("FACT SHEET: President Biden Announces Up To $8.5 Billion Preliminary Agreement with Intel under the "
				+ "CHIPS & Science Act", "Funding follows.", (names, links) -> assertThat(links.agreements()).isEmpty());
		link("Supporting the Good Friday Agreement", "The United States and Ireland are unequivocally committed to the "
				+ "Good\nFriday Agreement (also known as the Belfast Agreement).", (names, links) -> assertThat(
						titles(links)).containsExactly("Good Friday Agreement"));
	}

	@Test
	void takesNeitherDeclarationsAtHomeNorConventionsThatAreGatheringsForAgreements() {
		link("President Joseph R. Biden, Jr. Approves Alabama Disaster Declaration", "Today, President Joseph R. "
				+ "Biden, Jr. declared that a major disaster\nexists in the State of Alabama.",
				(names, links) -> assertThat(links.agreements()).isEmpty());
		link("The President Orders PREP Act Declaration Amendment to Expand COVID-19\nVaccinator Eligibility.",
				(names, links) -> assertThat(links.agreements()).isEmpty());
		link("Nussbaum helped oversee\nspeechwriting operations for the 2020 Democratic National Convention and\nwas "
				+ "involved in the past six Democratic conventions. On Tuesday, the President will deliver remarks\n"
				+ "during the 115th NAACP National Convention.", (names, links) -> assertThat(links.agreements()).isEmpty());
		link("Statement by President Joe Biden on Tentative Railway Labor Agreement", "It is a win.",
				(names, links) -> assertThat(links.agreements()).isEmpty());
		link("Statement by Press Secretary Karine Jean-Pierre on a Reasonable Bipartisan Budget Agreement", "It is.",
				(names, links) -> assertThat(links.agreements()).isEmpty());
	}

	@Test
	void anAgreementBetweenTwoCountriesIsNotTheOneOfTheSameNameBetweenTwoOthers() {
		link("The key terms of the U.S.-Indonesia Agreement on Reciprocal Trade\n    will include:", (names,
				links) -> assertThat(linkAgain(names, "Joint Statement on a Framework for a United States-Thailand "
						+ "Agreement on Reciprocal Trade").agreements())
					.isNotEmpty()
					.doesNotContainAnyElementsOf(links.agreements()));
	}

	@Test
	void aNameThatSeveralPairsOfCountriesUseIsTheAgreementOfThePairTheTextIsAbout() {
		link("Sullivan emphasized the ironclad U.S. alliance commitments to the Philippines under the U.S.-Philippines "
				+ "Mutual Defense Treaty, which extends to armed attacks on Philippine public vessels.", (names, links) -> {
					assertThat(titles(links)).containsExactly("U.S.-Philippines Mutual Defense Treaty");
					EntityLinker.Links korea = linkAgain(names, "The leaders marked the 70th anniversary of the "
							+ "Mutual Defense Treaty between the United States and the Republic of Korea.");
					assertThat(agreements(korea)).singleElement().satisfies((treaty) -> {
						assertThat(treaty.getTitle()).endsWith(" Mutual Defense Treaty").doesNotContain("Philippines");
						assertThat(treaty.getParties()).extracting(Country::getCode)
							.containsExactlyInAnyOrder("US", "KR");
					});
					assertThat(linkAgain(names, "President Yoon and President Biden reaffirm their mutual commitment "
							+ "to\nthe defense of the Republic of Korea and the combined defense posture\nunder the "
							+ "ROK-U.S. Mutual Defense Treaty. With this in\nmind, and considering the evolving threat "
							+ "posed by the Democratic\nPeople’s Republic of Korea (DPRK), both leaders agree to "
							+ "initiate\ndiscussions.").agreements()).isEqualTo(korea.agreements());
					assertThat(linkAgain(names, "Austin reiterated the United States’ ironclad commitment to the "
							+ "U.S.-Philippine Alliance and recalled that the 1951 Mutual Defense Treaty extends to armed "
							+ "attacks on Philippine armed forces.").agreements()).isEqualTo(links.agreements());
					assertThat(linkAgain(names, "The Secretary recalled the 1951 Mutual Defense Treaty.").agreements())
						.isEmpty();
				});
	}

	@Test
	void readsANameThatStartsWithItsInstrumentButNotTheDeclarationOfIndependence() {
		link("Prior to joining\nthe Treaty on the Non-Proliferation of Nuclear Weapons (NPT) in July\n1991, the Republic "
				+ "of South Africa possessed a fully developed nuclear\nweapons program.", (names, links) -> {
					assertThat(titles(links)).containsExactly("Treaty on the Non-Proliferation of Nuclear Weapons");
					assertThat(linkAgain(names, "We reaffirm our commitment to the Nuclear Nonproliferation Treaty.")
						.agreements()).isEqualTo(links.agreements());
				});
		link("This commitment does not supersede or otherwise infringe on the commitments arising from the Treaty of "
				+ "Mutual Cooperation and Security Between Japan and the United States and the Mutual Defense Treaty "
				+ "Between the United States and the Republic of Korea.", (names, links) -> assertThat(titles(links))
					.contains("Treaty of Mutual Cooperation and Security"));
		link("France and the United States are eager to\n    expand their cultural cooperation in the lead-up to the "
				+ "250th\n    anniversary of the signing of the Declaration of Independence of the\n    United States "
				+ "in 2026.", (names, links) -> assertThat(links.agreements()).isEmpty());
	}

	@Test
	void aNameThatEndsAnotherOfTheSameTextIsThatAgreementShortened() {
		link("Commitments to advance a just transition for workers in\nthe IPEF Clean Economy Agreement.\n\n"
				+ "-   The Clean Economy Agreement will help catalyze the economic\n    opportunities arising from IPEF "
				+ "partners’ transitions to cleaner\n    economies.", (names, links) -> assertThat(titles(links))
					.containsExactly("IPEF Clean Economy Agreement"));
	}

	@Test
	void describesAnAgreementByWhatItIsAboutNotByPraiseOrWhatSurroundsIt() {
		link("Underscoring our commitment to strengthening our defense and\n    security partnership, the United States "
				+ "and Saudi Arabia signed the\n    largest defense sales agreement in history.", (names,
						links) -> assertThat(titles(links))
							.containsExactly("United States–Saudi Arabia Defense Sales Agreement"));
		link("The leaders applauded the conclusion of a second Master Ship\nRepair Agreement, with the most recent "
				+ "agreement signed by the U.S. Navy\nand Mazgaon Dock Shipbuilders, Ltd., in August 2023.",
				(names, links) -> assertThat(titles(links)).containsExactly("Master Ship Repair Agreement"));
		link("On Gibraltar, the leaders agreed on the importance of progressing negotiations on a UK-EU Treaty and "
				+ "concluding a suitable agreement as soon as possible.", (names, links) -> assertThat(titles(links))
					.containsExactly("UK-EU Treaty"));
		link("The United States and\n        Indonesia will negotiate facilitative rules of origin that\n        ensure "
				+ "that the benefits from the agreement accrue to the United\n        States and Indonesia.",
				(names, links) -> assertThat(links.agreements()).isEmpty());
	}

	@Test
	void knowsAnAgreementByItsShortNameOrSpelledDifferently() {
		String shortName = "I think you might\nhave seen with the Los Angeles Declaration that Mexico made some\n"
				+ "concrete commitments related to expanding labor pathways to Mexico.";
		String longName = "Endorsers of the Los Angeles Declaration on Migration and Protection U.S. Government and "
				+ "Foreign Partner Commitments.";
		link(longName, (names, links) -> assertThat(linkAgain(names, shortName).agreements())
			.isNotEmpty().isEqualTo(links.agreements()));
		link(shortName, (names, links) -> assertThat(linkAgain(names, longName).agreements())
			.isNotEmpty().isEqualTo(links.agreements()));
		link("We call on the Senate to ratify the United Nations Convention on the Law of the Sea.",
				(names, links) -> assertThat(linkAgain(names, "consistent with\nthe UN Convention on the Law of "
						+ "the Sea\u00a0(UNCLOS).").agreements()).isNotEmpty().isEqualTo(links.agreements()));
		link("We remain committed to our Nuclear Non-Proliferation\nTreaty (NPT) obligations.", (names,
				links) -> assertThat(linkAgain(names, "They underscored their support of the nuclear\nnon-proliferation "
						+ "regime and its cornerstone, the Nuclear\nNonproliferation Treaty.").agreements())
					.isNotEmpty().isEqualTo(links.agreements()));
		// "UN Convention" is many conventions' short name, none in particular
		link("We continue to implement the UN Convention against Corruption.", (names, links) -> assertThat(
				linkAgain(names, "consistent with\nthe UN Convention on the Law of the Sea.").agreements())
			.isNotEmpty()
			.doesNotContainAnyElementsOf(links.agreements()));
	}

	@Test
	void knowsAnAgreementByItsNameInTheOtherOrder() {
		String shortForm = "The investments will be made in a manner\n    consistent with achieving the goals of the Paris "
				+ "Climate Agreement.";
		String longForm = "Governments, industry, and civil society should\n    work together to promote and accelerate "
				+ "global sustainability goals,\n    including implementation of the Paris Agreement on Climate Change\n"
				+ "    and international labor and worker conventions where applicable.";
		link(shortForm, (names, links) -> assertThat(linkAgain(names, longForm).agreements())
			.isNotEmpty().isEqualTo(links.agreements()));
		link(longForm, (names, links) -> assertThat(linkAgain(names, shortForm).agreements())
			.isNotEmpty().isEqualTo(links.agreements()));
		// an accord is an agreement
		link(longForm, (names, links) -> assertThat(linkAgain(names, "The United States rejoined the Paris Climate "
				+ "Accord on the first day of the Administration.").agreements()).isEqualTo(links.agreements()));
		link("Today, as the world gathers for the Tenth Review Conference for the\nTreaty on the Non-Proliferation of "
				+ "Nuclear Weapons (NPT), the United\nStates renews its commitment.", (names,
						links) -> assertThat(linkAgain(names, "They underscored their support of the nuclear\n"
								+ "non-proliferation regime and its cornerstone, the Nuclear\nNonproliferation Treaty.")
							.agreements()).isNotEmpty().isEqualTo(links.agreements()));
		// names that share no more than their parties' kind of names and instrument are different agreements
		String usmca = "by leveraging the\n    United States-Mexico-Canada Agreement (USMCA) SME chapter.";
		String indonesia = "The key terms of the U.S.-Indonesia Agreement on Reciprocal Trade\n    will include:";
		link(usmca, (names, links) -> assertThat(linkAgain(names, indonesia).agreements()).isNotEmpty()
			.doesNotContainAnyElementsOf(links.agreements()));
		link(indonesia, (names, links) -> assertThat(linkAgain(names, usmca).agreements()).isNotEmpty()
			.doesNotContainAnyElementsOf(links.agreements()));
		// one word more at the end of a name that ends with its instrument makes another agreement
		link("Both leaders welcomed the Comprehensive Economic Partnership Agreement.",
				(names, links) -> assertThat(linkAgain(names,
						"Both leaders welcomed the Regional Comprehensive Economic Partnership Agreement.")
					.agreements()).isNotEmpty().doesNotContainAnyElementsOf(links.agreements()));
	}

	@Test
	void anotherNameTheTextGivesAnAgreementIsItsAliasNotAnotherAgreement() {
		String alsoKnownAs = "The leaders also underscored their enduring\ncommitment to the Good Friday Agreement (also "
				+ "known as the Belfast\nAgreement) and the importance of preserving political and economic stability.";
		link(alsoKnownAs, (names, links) -> {
			assertThat(titles(links)).containsExactly("Good Friday Agreement");
			assertThat(agreements(links).get(0).getAliases()).containsExactly("Belfast Agreement");
			assertThat(linkAgain(names, "They reaffirmed their support for the Belfast Agreement.").agreements())
				.isEqualTo(links.agreements());
			assertThat(linkAgain(names, "as part of their shared commitment to preserving the\ngains of the "
					+ "Belfast/Good Friday Agreement.").agreements()).isEqualTo(links.agreements());
		});
		// the name known first stays the title, whichever of the two the text gives first
		link("They reaffirmed their support for the Belfast Agreement.", (names, links) -> {
			assertThat(linkAgain(names, alsoKnownAs).agreements()).isEqualTo(links.agreements());
			assertThat(titles(links)).containsExactly("Belfast Agreement");
			assertThat(agreements(links).get(0).getAliases()).containsExactly("Good Friday Agreement");
		});
	}

	@Test
	void takesAnAgreementsPartiesFromItsNameOrTheSentenceThatSignsItNotFromItsParagraph() {
		link("President Joseph R. Biden, Jr. spoke today with Secretary General Jens\nStoltenberg of the North Atlantic "
				+ "Treaty Organization (NATO). The\nPresident thanked the Secretary General for his steadfast leadership "
				+ "of\nthe Alliance, and conveyed his intention to consult and work with allies\non the full range of "
				+ "shared security concerns , including Afghanistan,\nIraq, and Russia. President Biden reaffirmed the "
				+ "United States’\ncommitment to collective defense under Article 5 of the North Atlantic\nTreaty and "
				+ "underscored his commitment to strengthening transatlantic\nsecurity.", (names, links) -> {
					assertThat(titles(links)).containsExactly("North Atlantic Treaty");
					assertThat(agreements(links).get(0).getParties()).isEmpty();
				});
		link("The United States and Canada\n    announced joint initiatives to accelerate economic recovery of small\n"
				+ "    and medium-sized enterprises (SMEs) by leveraging the\n    United States-Mexico-Canada Agreement "
				+ "(USMCA) SME chapter.", (names, links) -> assertThat(agreements(links).get(0).getParties())
					.extracting(Country::getCode)
					.containsExactlyInAnyOrder("US", "MX", "CA"));
		link("Yet, on July 27, 1953, the grit, resolve, and indominable spirit of our\nwarfighters won the day when the "
				+ "United Nations, North Korea, and China\nsigned the Korean Armistice Agreement, establishing a "
				+ "ceasefire.", (names, links) -> assertThat(agreements(links).get(0).getParties())
					.extracting(Country::getCode)
					.containsExactlyInAnyOrder("KP", "CN"));
	}

	@Test
	void anAbbreviationWithFullStopsDoesNotEndTheSentenceOfAName() {
		link("President Biden is highlighting this proposed action at the\n27th Conference of the Parties to the U.N. "
				+ "Framework\nConvention on Climate Change (COP27) in Sharm El Sheikh, Egypt.",
				(names, links) -> assertThat(titles(links))
					.containsExactly("U.N. Framework Convention on Climate Change"));
		link("at the 26th\u00a0Conference of\nthe Parties to the United Nations Framework Convention on Climate Change\n"
				+ "(COP26).", (names, links) -> assertThat(linkAgain(names, "the Parties to the U.N. Framework "
						+ "Convention on Climate Change").agreements()).isNotEmpty().isEqualTo(links.agreements()));
	}

	@Test
	void aMemorandumOfUnderstandingIsOneOfManyBetweenItsParties() {
		link("The United States and India signed a Memorandum of Understanding in May 2022.\n\n"
				+ "Japan and Australia signed a Memorandum of Understanding in June 2022.",
				(names, links) -> assertThat(agreements(links)).extracting(Agreement::getTitle)
					.containsExactly("United States–India Memorandum of Understanding",
							"Japan–Australia Memorandum of Understanding"));
		link("The Department signed a Memorandum of Understanding with Japan in May 2022.",
				(names, links) -> assertThat(links.agreements()).isEmpty());
		link("The United States, Japan and India signed a Memorandum of Understanding in May 2022.",
				(names, links) -> assertThat(links.agreements()).isEmpty());
	}

	@Test
	void findsUnnamedAgreementsUnderNegotiation() {
		link("UK and South Korea to launch negotiations on an upgraded, modern free trade agreement to boost trade "
				+ "between the two countries.", (names, links) -> {
					Agreement agreement = agreements(links).get(0);
					assertThat(agreement.getTitle())
						.isEqualTo("United Kingdom–South Korea Upgraded Modern Free Trade Agreement");
					assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.UNDER_NEGOTIATION);
					assertThat(agreement.getNegotiationsLaunched()).isEqualTo(LocalDate.of(2022, 3, 15));
				});
		link("Such an agreement between Belgium and the United Kingdom should provide an opportunity.",
				(names, links) -> assertThat(links.agreements()).isEmpty());
	}

	@Test
	void matchesAKnownAgreementWorededDifferentlyInsteadOfCreatingOne() {
		this.transactions.executeWithoutResult((tx) -> new ReferenceData(this.entityManager)
			.load(new org.springframework.core.io.ClassPathResource("sample/reference.yaml")));
		long before = this.archive.count("agreement");

		link("I am looking forward to starting negotiations to sign a police cooperation agreement. Such an "
				+ "agreement between Belgium and the United Kingdom should provide an opportunity.",
				(names, links) -> assertThat(agreements(links)).extracting(Agreement::getTitle)
					.containsExactly("UK–Belgium Police Cooperation Agreement"));

		assertThat(this.archive.count("agreement")).isEqualTo(before);
	}

	@Test
	void attributesQuotedParagraphsToTheSpeakerUntilTheNarrativeResumes() {
		link("Prime Minister Boris Johnson said:\n\nThis year, the United Kingdom has had much to celebrate.\n\n"
				+ "We will keep working with our friends.\n\nThe Prime Minister later visited Belgium.\n\n"
				+ "A Home Office spokesperson said:\n\n“We do not comment on leaks.”", (names, links) -> {
					assertThat(links.quotes()).hasSize(2);
					assertThat(links.quotes().get(0).speaker()).isEqualTo("Boris Johnson");
					assertThat(links.quotes().get(0).minister()).isNotNull();
					assertThat(links.quotes().get(0).text()).isEqualTo(
							"This year, the United Kingdom has had much to celebrate.\n\nWe will keep working with our friends.");
					assertThat(links.quotes().get(1).speaker()).isEqualTo("A Home Office spokesperson");
					assertThat(links.quotes().get(1).minister()).isNull();
					assertThat(links.quotes().get(1).text()).isEqualTo("“We do not comment on leaks.”");
				});
	}

	private void link(String body, LinkCheck check) {
		link("", body, check);
	}

	private void link(String title, String body, LinkCheck check) {
		this.transactions.executeWithoutResult((tx) -> {
			tx.setRollbackOnly();
			NameDirectory names = new NameDirectory(this.entityManager);
			EntityLinker.Links links = new EntityLinker(names).link(title, body, LocalDate.of(2022, 3, 15), true);
			check.accept(names, links);
		});
	}

	private static List<String> ministers(NameDirectory names, EntityLinker.Links links) {
		return links.ministers().stream().map(names::ministerName).toList();
	}

	private static List<String> named(NameDirectory names, String text) {
		return CountryFinder.find(names, text).stream().map(names::countryName).toList();
	}

	private static List<String> countries(NameDirectory names, EntityLinker.Links links) {
		return links.countries().stream().map(names::countryName).toList();
	}

	/** Links another release's text with the same directory, as a later release of the same import. */
	private static EntityLinker.Links linkAgain(NameDirectory names, String body) {
		return new EntityLinker(names).link("", body, LocalDate.of(2022, 3, 16), true);
	}

	private List<String> titles(EntityLinker.Links links) {
		return agreements(links).stream().map(Agreement::getTitle).toList();
	}

	private List<Agreement> agreements(EntityLinker.Links links) {
		return links.agreements().stream().map((id) -> this.entityManager.find(Agreement.class, id)).toList();
	}

	@FunctionalInterface
	interface LinkCheck {

		void accept(NameDirectory names, EntityLinker.Links links);

	}

}
