package dev.cuecards.cards;

import static dev.cuecards.cards.Cards.a;
import static dev.cuecards.cards.Cards.generate;
import static dev.cuecards.cards.Cards.note;
import static dev.cuecards.cards.Cards.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

import dev.cuecards.language.CommonNouns;
import dev.cuecards.notes.Note;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules that decide whether a card is worth studying, each on a small note of its own. */
class CardRulesTest {

    private static List<CardDraft> generateIn(List<Note> vault, Note note) {
        return new CardGenerator(vault, GeneratorSettings.DEFAULTS).generate(note);
    }

    private static List<String> answers(List<CardDraft> cards) {
        return cards.stream().map(CardDraft::answer).toList();
    }

    @Test
    void a_gap_never_cuts_a_name_or_a_word_in_half() {
        List<CardDraft> cards = generate(note("web.md", "Web history",
                "Tim O'Reilly popularised the phrase Web 2.0 at a conference in 2004 " + a("01:00") + ".",
                "", "Ryan Dahl released Node.js so that JavaScript could run on servers " + a("02:00") + ".",
                "", "Jeff Bezos doesn't care about the quarterly stock price " + a("03:00") + ".",
                "", "Around 9% of the visitors were bots scraping the archive pages " + a("04:00") + "."));

        assertThat(answers(cards)).doesNotContain("Tim O", "O", "Node", "Bezos doesn", "js", "Around 9");
        assertThat(cards).filteredOn(c -> c.front().contains("[...]"))
                .allSatisfy(c -> assertThat(c.front()).doesNotContainPattern("\\[\\.\\.\\.]['’.%-]\\w?|\\w\\[\\.\\.\\.]"));
        assertThat(answers(cards)).contains("Tim O'Reilly");
    }

    @Test
    void generic_and_vague_words_are_never_asked_and_a_claim_without_a_good_gap_gets_no_cloze() {
        List<CardDraft> cards = generate(note("aws.md", "Cloud", "AWS provides a wide range of services and information for various events "
                + a("01:00") + ".", "", "Servers were highly customized and tightly coupled to specific applications " + a("02:00") + "."));

        assertThat(answers(cards)).doesNotContain("wide range", "services", "information", "events", "various events", "applications",
                "specific applications", "Servers");
        assertThat(cards).noneMatch(c -> c.source().seconds().orElse(-1) == 120);
    }

    @Test
    void a_choice_card_replaces_its_cloze_twin_and_offers_options_of_the_answers_own_type() {
        List<Note> vault = new ArrayList<>();
        for (String[] fact : new String[][] {{"Amazon", "1994"}, {"Google", "1998"}, {"Netflix", "1997"}, {"Nvidia", "1993"}}) {
            vault.add(note(fact[0].toLowerCase() + ".md", fact[0] + " history", fact[0] + " was founded by a small team in " + fact[1] + " "
                    + a("01:00") + ".", "", "Its share of the market rose to 30% within a decade " + a("02:00") + "."));
        }
        List<CardDraft> cards = generateIn(vault, vault.get(0));

        CardDraft year = cards.stream().filter(c -> c.answer().equals("1994")).findFirst().orElseThrow();
        assertThat(year.kind()).isEqualTo(CardKind.CHOICE);
        assertThat(year.options()).containsExactlyInAnyOrder("1994", "1998", "1997", "1993");
        assertThat(cards).filteredOn(c -> c.front().equals(year.front())).hasSize(1);
    }

    @Test
    void distractors_are_never_of_another_type_or_debris_of_a_broken_note() {
        List<Note> vault = List.of(
                note("a.md", "Growth", "Revenue grew by 29% in the third quarter " + a("01:00") + ".", "",
                        "The team hired 300 engineers that year " + a("01:30") + "."),
                note("b.md", "Margins", "Margins fell to 12% after the price cut " + a("01:00") + ".", "",
                        "Werner Vogels spoke at 17:17:00 about yt-timestamp anchors " + a("01:10") + "."),
                note("c.md", "Churn", "Churn dropped to 14% once onboarding improved " + a("01:00") + "."),
                note("d.md", "Retention", "Retention reached 87% among paying users " + a("01:00") + "."));
        List<CardDraft> cards = generateIn(vault, vault.get(0));

        CardDraft percent = cards.stream().filter(c -> c.answer().equals("29%")).findFirst().orElseThrow();
        assertThat(percent.kind()).isEqualTo(CardKind.CHOICE);
        assertThat(percent.options()).allMatch(o -> o.matches("\\d+%")).doesNotContain("300 engineers", "17:17", "yt-timestamp");
    }

    @Test
    void a_year_offered_lies_on_the_answers_side_of_every_year_the_front_states_and_a_share_stays_below_the_whole() {
        List<Note> vault = new ArrayList<>();
        vault.add(note("revenue.md", "Microsoft revenue", "By fiscal year 1984, revenue soared from $25 million in 1982 to $98 million "
                + a("01:00") + ".", "", "Each video should appeal to at least 80% of your existing audience " + a("02:00") + "."));
        String[][] facts = {{"1977", "100%"}, {"1979", "99%"}, {"1981", "40%"}, {"1985", "60%"}, {"1987", "70%"}, {"1990", "30%"}};
        for (String[] fact : facts) {
            vault.add(note("y" + fact[0] + ".md", "Year " + fact[0], "The company opened a new office in " + fact[0] + " " + a("01:00") + ".",
                    "", "Its share of the market reached " + fact[1] + " within a decade " + a("02:00") + "."));
        }
        List<CardDraft> cards = generateIn(vault, vault.get(0));

        CardDraft year = cards.stream().filter(c -> c.answer().equals("1984")).findFirst().orElseThrow();
        assertThat(year.kind()).isEqualTo(CardKind.CHOICE);
        assertThat(year.options()).contains("1984").allMatch(o -> Integer.parseInt(o) > 1982);
        CardDraft share = cards.stream().filter(c -> c.answer().equals("80%")).findFirst().orElseThrow();
        assertThat(share.kind()).isEqualTo(CardKind.CHOICE);
        assertThat(share.options()).contains("80%").doesNotContain("100%");
    }

    @Test
    void a_sentence_without_its_subject_is_asked_after_its_lists_lead_in_or_not_at_all() {
        List<CardDraft> cards = generate(note("drones.md", "Naval drones", "## Drone warfare", "",
                "Ukrainian naval drones have successfully:",
                "*   Targeted the Kerch Strait bridge a couple of weeks before the August strike " + a("01:44") + ".",
                "", "## Smoking", "",
                "Requires twelve hours over hickory to make meat that falls apart " + a("07:36") + ". An example is American-style barbecue "
                        + a("07:40") + ".", "",
                "Targeted the Sevastopol harbour with three drones in a single night of attacks " + a("08:00") + "."));

        assertThat(cards).filteredOn(c -> c.answer().equals("Kerch Strait")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.front()).startsWith("Ukrainian naval drones have successfully"));
        assertThat(cards).noneMatch(c -> c.front().startsWith("Targeted") || c.front().startsWith("Requires"));
    }

    @Test
    void a_participle_or_a_modal_with_no_subject_after_it_makes_no_card_but_one_before_its_subject_does() {
        List<CardDraft> cards = generate(note("xr.md", "Headsets", "## Mapping", "",
                "Used in devices like the Meta Quest 3 headset, where it simultaneously creates a 3D map " + a("01:00") + ".", "",
                "Can withstand high temperatures; clear RTV handles 250°C in exhaust manifolds " + a("02:00") + ".", "",
                "Moved from Prisma to Drizzle for the Postgres migrations " + a("03:00") + ".", "",
                "Founded in 1975, Microsoft sold BASIC interpreters to Altair owners " + a("04:00") + "."));

        assertThat(cards).noneMatch(c -> c.front().startsWith("Used") || c.front().startsWith("Can") || c.front().startsWith("Moved"));
        assertThat(cards).anyMatch(c -> c.front().startsWith("Founded in"));
    }

    @Test
    void a_gap_never_takes_a_name_after_its_initial_after_a_naming_possessive_or_before_its_of() {
        List<CardDraft> cards = generate(note("names.md", "Guests",
                "The podcast hosted Larry Summers, Robert F. Kennedy Jr. and Jared Kushner in its first season " + a("01:00") + ".", "",
                "Ronald Krauss directs research at Children's Hospital Oakland Research Institute in California " + a("02:00") + ".", "",
                "Sparkadia hired artists from League of Legends to design its characters " + a("03:00") + ".", "",
                "Born in São Sebastião do Paraíso, Antônio Júnior grew up near Ribeirão Preto " + a("04:00") + ".", "",
                "Multiplan lost to Lotus 1-2-3, which was written only for the IBM PC " + a("05:00") + ".", "",
                "Facing emotional wounds can involve discomfort akin to the surgery a physical abscess needs " + a("06:00") + "."));

        assertThat(answers(cards)).doesNotContain("Kennedy Jr", "Kennedy Jr.", "Hospital Oakland Research Institute", "League", "São Sebastião",
                "Lotus", "discomfort akin").contains("Larry Summers");
    }

    @Test
    void initials_in_capitals_dotted_initials_and_a_dashed_name_before_its_acronym_are_no_gap() {
        Note banks = note("banks.md", "Banks", "JP Morgan trades under a short ticker " + a("01:00") + ".");
        Answers answers = new Answers(banks);

        assertThat(answers.shows("JPM", "JP Morgan is listed in the US under the ticker [...]")).isTrue();
        assertThat(answers.shows("WWII", "Paranormal soldiers in World War II")).isTrue();
        assertThat(answers.shows("JPM", "Morgan trades under the ticker [...]")).isFalse();
        assertThat(CardGenerator.glossedGap("Later, the work on [...] (GHZ) correlations showed effects", "Greenberger–Horne–Zeilinger")).isTrue();
        assertThat(ClozeCards.isDottedInitials("P.N")).isTrue();
        assertThat(ClozeCards.isDottedInitials("U.S..")).isTrue();
        assertThat(ClozeCards.isDottedInitials("J.P. Morgan")).isFalse();
        List<CardDraft> cards = generate(note("oak.md", "Conspiracies",
                "Purushottam Nagesh Oak, also known as P.N. Oak, wrote about the Taj Mahal " + a("01:00") + "."));
        assertThat(answers(cards)).doesNotContain("P.N", "P.N.");
    }

    @Test
    void pounds_without_a_sign_are_a_measure_never_offered_among_sums() {
        assertThat(KeyPhrases.typeOfNumber("50 pounds")).isEqualTo(PhraseType.QUANTITY);
        assertThat(KeyPhrases.typeOfNumber("273 pounds")).isEqualTo(KeyPhrases.typeOfNumber("50 pounds"));
        assertThat(KeyPhrases.typeOfNumber("£30")).isEqualTo(PhraseType.MONEY);
        assertThat(KeyPhrases.typeOfNumber("5 dollars")).isEqualTo(PhraseType.MONEY);
    }

    @Test
    void the_answer_never_stands_in_the_context_line_nor_as_its_acronym_or_expansion() {
        List<CardDraft> cards = generate(note("kyc.md", "Digital banking", "## Enabling eKYC", "",
                "Banks use eKYC to verify new customers remotely within minutes " + a("01:00") + ".", "",
                "## Cloud", "", "Amazon Web Services (AWS) hosts the bank's ledger " + a("02:00") + ".", "",
                "The ledger moved to Amazon Web Services in 2019 after a long review " + a("03:00") + "."));

        assertThat(cards).allSatisfy(c -> {
            if (c.answer().split("\\s+").length <= 6) {
                assertThat(c.context().toLowerCase()).doesNotContain(c.answer().toLowerCase());
            }
        });
        assertThat(cards).filteredOn(c -> c.answer().equals("AWS")).allSatisfy(c -> assertThat(c.front()).doesNotContain("Amazon Web Services"));
        assertThat(cards).filteredOn(c -> c.answer().equals("eKYC")).allSatisfy(c -> assertThat(c.context()).isEqualTo("Digital banking"));
    }

    @Test
    void lead_in_lines_summaries_and_pointers_make_no_card_of_their_own() {
        List<CardDraft> cards = generate(note("ec2.md", "Compute",
                "AWS offers two primary types of Graviton instances:",
                "- General purpose instances for web servers " + a("01:00"),
                "- Compute optimised instances for batch jobs " + a("01:20"),
                "", "In summary, Graviton instances cut the cost of Kubernetes clusters by 40% " + a("02:00") + ".",
                "", "For more, see the Graviton documentation on the AWS website " + a("02:30") + "."));

        assertThat(cards).noneMatch(c -> c.front().strip().endsWith(":"));
        assertThat(cards).noneMatch(c -> c.front().startsWith("In summary") || c.front().startsWith("For more"));
    }

    @Test
    void an_untimed_sentence_links_to_the_moment_of_its_section_not_to_the_start() {
        List<CardDraft> cards = generate(note("lith.md", "Lithography", "## Masks", "",
                "Optical proximity correction reshapes the patterns printed by Gigaphoton scanners.", "",
                "Curvilinear masks need multi-beam writers from IMS Nanofabrication " + a("04:10") + "."));

        assertThat(cards).isNotEmpty().allSatisfy(c -> assertThat(c.source().seconds()).contains(250));
    }

    @Test
    void a_note_asks_for_one_answer_in_at_most_two_gaps() {
        List<String> body = new ArrayList<>(List.of("## Caching", ""));
        String[] uses = {"Twitter put its timelines into Memcached servers", "Facebook put its friend lists into Memcached servers",
                "Wikipedia put rendered pages into Memcached servers", "Flickr put photo metadata into Memcached servers",
                "Slack put channel lists into Memcached servers"};
        String[] cities = {"Lisbon", "Oslo", "Dublin", "Warsaw", "Athens", "Vienna", "Prague", "Madrid", "Zurich", "Helsinki",
                "Geneva", "Seville", "Krakow", "Porto", "Bergen", "Tallinn", "Riga", "Vilnius", "Ghent", "Turin"};
        for (int k = 0; k < uses.length; k++) {
            body.add(uses[k] + " " + a("0" + k + ":10") + ".");
            body.add("");
        }
        for (int k = 0; k < cities.length; k++) {
            body.add("The " + cities[k] + " office opened with " + (12 + k) + " engineers " + a("1" + (k % 10) + ":" + (20 + k)) + ".");
            body.add("");
        }
        List<CardDraft> cards = generate(note("cache.md", "Caching at scale", body.toArray(String[]::new)));

        assertThat(cards).filteredOn(c -> c.kind().isGap() && c.answer().equals("Memcached")).hasSizeBetween(1, 2);
    }

    @Test
    void a_summary_written_before_any_moment_of_a_timed_video_makes_no_card_and_an_untimed_note_still_does() {
        List<CardDraft> timed = generate(note("intro.md", "Lithography",
                "In a recent interview on the Acquired podcast, Peter Wennink explained why ASML dominates extreme ultraviolet lithography.", "",
                "## Shipping", "",
                "Each EUV scanner ships in 40 freight containers on board three Boeing 747 planes " + a("05:10") + "."));
        List<CardDraft> untimed = generate(note("plain.md", "Lithography",
                "In a recent interview on the Acquired podcast, Peter Wennink explained why ASML dominates extreme ultraviolet lithography."));

        assertThat(timed).isNotEmpty().allSatisfy(c -> assertThat(c.source().seconds()).isPresent());
        assertThat(timed).noneMatch(c -> c.source().claim().contains("Acquired podcast"));
        assertThat(untimed).isNotEmpty();
    }

    @Test
    void a_why_card_states_the_effect_and_asks_why_only_when_the_cause_attaches_to_it() {
        List<CardDraft> cards = generate(note("kafka.md", "Streaming",
                "Teams adopt Kafka because it decouples producers from consumers " + a("01:00") + ".", "",
                "Kafka is popular not because it is fast but because it is durable " + a("02:00") + ".", "",
                "The delay is due to replication across three zones " + a("03:00") + "."));

        List<CardDraft> why = ofKind(cards, CardKind.EXPLAIN);
        assertThat(why).extracting(CardDraft::front).containsExactly("Teams adopt Kafka. Why?");
        assertThat(why.get(0).answer()).isEqualTo("Because it decouples producers from consumers.");
    }

    @Test
    void what_is_asks_only_of_terms_never_of_labels_dates_or_sentences() {
        List<CardDraft> cards = generate(note("ml.md", "Machine learning offerings",
                "Several offerings stand out:",
                "*   **Dedicated Keynotes**: The company now features a custom keynote at its yearly summit " + a("01:00") + ".",
                "*   **Sagemaker**: Amazon announced Sagemaker as its managed training platform " + a("01:10") + ".",
                "*   **November 8, 2016**: The first public preview shipped to selected customers " + a("01:20") + ".",
                "*   **Latency**: the time a request waits before the server answers it " + a("01:30") + "."));

        assertThat(ofKind(cards, CardKind.TERM)).extracting(CardDraft::front)
                .containsExactlyInAnyOrder("What is “Sagemaker”?", "What is “Latency”?",
                        "Which term is this: “The time a request waits before the server answers it.”");
    }

    @Test
    void a_sentence_opening_with_this_is_shown_after_the_sentence_it_refers_to_never_rewritten() {
        List<CardDraft> cards = generate(note("brave.md", "Browsers",
                "Brave blocks trackers by default " + a("01:00") + ". This positions Brave as a privacy-first browser for Chromium users "
                        + a("01:10") + ".", "", "Firefox ships a tracker blocker too. This choice made Firefox popular with journalists in Europe "
                        + a("02:00") + "."));

        assertThat(cards).noneMatch(c -> c.front().contains("The positions") || c.front().contains("The choice made"));
        assertThat(cards).filteredOn(c -> c.front().contains("This choice made"))
                .allSatisfy(c -> assertThat(c.front()).startsWith("Firefox ships a tracker blocker too."));
    }

    @Test
    void a_compare_card_needs_two_different_sides() {
        List<CardDraft> cards = generate(note("gpu.md", "Graphics", "GPU makers sell GPUs versus GPU boards to gamers " + a("01:00") + ".", "",
                "AWS offers ECS while also providing EKS to serve teams who prefer Kubernetes " + a("02:00") + "."));

        assertThat(ofKind(cards, CardKind.COMPARE)).extracting(CardDraft::front).containsExactly("How does AWS position ECS versus EKS?");
    }

    @Test
    void a_budget_that_runs_out_leaves_gaps_evenly_over_the_video_rather_than_its_second_half() {
        List<String> body = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            body.add("Release " + (i + 1) + " shipped the Orion" + i + " compiler in " + (1980 + i) + " " + a(String.format("%02d:00", i + 1)) + ".");
            body.add("");
        }
        Note note = note("long.md", "Compilers", body.toArray(String[]::new));
        List<CardDraft> cards = new CardGenerator(List.of(note), new GeneratorSettings(1, 20)).generate(note);

        assertThat(cards).hasSize(20);
        assertThat(cards).filteredOn(c -> c.claimIndex() >= 20).hasSizeBetween(8, 12);
    }

    @Test
    void a_list_card_needs_a_stem_that_names_its_subject() {
        List<CardDraft> cards = generate(note("steps.md", "Deploying",
                "Deploying to Kubernetes takes three stages:", "1.  Build the container image " + a("01:00"),
                "2.  Push it to the registry " + a("01:10"), "3.  Apply the manifest " + a("01:20"), "",
                "## Tools", "", "They include:", "- Helm charts " + a("02:00"), "- Kustomize overlays " + a("02:10")));

        assertThat(ofKind(cards, CardKind.LIST)).extracting(CardDraft::front)
                .containsExactly("Deploying to Kubernetes takes three stages — name all 3, in order.");
    }

    @Test
    void a_claim_that_defines_a_term_is_asked_as_a_definition() {
        List<CardDraft> cards = generate(note("net.md", "Networks",
                "Latency is defined as the time a packet takes to cross the network " + a("01:00") + ".", "",
                "BGP refers to the protocol routers use to exchange paths between networks " + a("02:00") + "."));

        assertThat(ofKind(cards, CardKind.DEFINITION)).extracting(CardDraft::front, CardDraft::answer).containsExactly(
                org.assertj.core.groups.Tuple.tuple("How is Latency defined?", "The time a packet takes to cross the network"),
                org.assertj.core.groups.Tuple.tuple("What does BGP refer to?", "The protocol routers use to exchange paths between networks"));
    }

    @Test
    void the_tagger_decides_so_the_same_vault_still_gives_the_same_cards() {
        Note one = note("web.md", "Web", "Tim Berners-Lee proposed the World Wide Web at CERN in 1989 " + a("01:00") + ".");
        Note two = note("web.md", "Web", "Tim Berners-Lee proposed the World Wide Web at CERN in 1989 " + a("01:00") + ".");

        assertThat(generate(one)).isEqualTo(generate(two));
    }

    @Test
    void a_name_is_offered_only_among_names_the_notes_give_its_own_kind_and_without_a_kind_it_is_asked_plainly() {
        List<Note> vault = List.of(
                note("db.md", "Databases", "Relational databases like MySQL and CockroachDB store rows in tables " + a("01:00") + ".", "",
                        "Many web apps keep their sessions in Redis, a database kept in memory " + a("02:00") + ".", "",
                        "SQLite is a database that lives in a single file " + a("03:00") + "."),
                note("people.md", "People", "Michael Stonebraker said that one size never fits all " + a("01:00") + ".", "",
                        "Stonebraker built Ingres at Berkeley with Eugene Wong " + a("02:00") + "."));
        List<CardDraft> cards = generateIn(vault, vault.get(0));

        CardDraft redis = cards.stream().filter(c -> c.answer().equals("Redis") && c.kind() == CardKind.CHOICE).findFirst().orElseThrow();
        assertThat(redis.options()).containsExactlyInAnyOrder("Redis", "MySQL", "CockroachDB", "SQLite")
                .doesNotContain("Michael Stonebraker", "Ingres", "Berkeley");
        assertThat(cards).filteredOn(c -> c.kind() == CardKind.CHOICE).allSatisfy(c -> assertThat(c.options()).doesNotContain("Michael Stonebraker"));
        List<CardDraft> people = generateIn(vault, vault.get(1));
        // Eugene Wong is shaped like a person, but nothing in the notes says what he is: he is asked without options.
        assertThat(people).filteredOn(c -> c.answer().equals("Eugene Wong")).isNotEmpty().allSatisfy(c -> assertThat(c.kind()).isEqualTo(CardKind.CLOZE));
    }

    @Test
    void number_options_are_of_the_answers_unit_and_size_and_none_is_as_good_as_the_answer() {
        List<Note> vault = List.of(
                note("debt.md", "Debt cycles", "A long-term debt cycle lasts about 80 years " + a("01:00") + ".", "",
                        "The short-term cycle lasts 8 years on average " + a("02:00") + ".", "",
                        "The 1929 crash came after 50 years of expanding credit " + a("03:00") + ".", "",
                        "The deleveraging lasted 12 years in the United States " + a("04:00") + ".", "",
                        "Britain's empire kept its reserve currency for 82 years after Waterloo " + a("05:00") + "."),
                note("crisis.md", "A bank run", "The run lasted three hours before the doors closed " + a("01:00") + ".", "",
                        "Lending froze for 100 years of savings in a week " + a("02:00") + ".", "",
                        "The bond market took 40 years to recover its peak " + a("03:00") + "."));
        List<CardDraft> cards = generateIn(vault, vault.get(0));

        CardDraft longCycle = cards.stream().filter(c -> c.answer().equals("80 years")).findFirst().orElseThrow();
        assertThat(longCycle.kind()).isEqualTo(CardKind.CHOICE);
        // 12 and 8 years are dismissed at sight beside 80; 82 years would be as true as the answer
        assertThat(longCycle.options()).containsExactlyInAnyOrder("80 years", "50 years", "100 years", "40 years");
    }

    @Test
    void year_options_are_of_the_answers_decades_and_a_span_offered_never_overlaps_the_answers() {
        List<Note> vault = List.of(
                note("chips.md", "Counterfeit chips", "Counterfeit incidents rose sharply from 2005 onwards " + a("01:00") + ".", "",
                        "The first audit of the supply chain came in 1979 " + a("02:00") + ".", "",
                        "A second audit in 1998 found fewer parts " + a("03:00") + ".", "",
                        "The rules changed again in 2011 and in 2016 " + a("04:00") + ".", "",
                        "Exports doubled in 2004 " + a("05:00") + ".", "",
                        "Mass urbanisation began around 1940-1950 in most rich countries " + a("06:00") + "."),
                note("towns.md", "Towns", "Suburbs spread over 1938-1950 in America " + a("01:00") + ".", "",
                        "Cities grew fastest over 1955-1965 " + a("02:00") + ".", "",
                        "Rural towns emptied over 1925-1935 " + a("03:00") + ".", "",
                        "New towns were planned over 1946-1952 " + a("04:00") + ".", "",
                        "Tower blocks rose over 1952-1958 " + a("05:00") + "."));
        List<CardDraft> cards = generateIn(vault, vault.get(0));

        CardDraft rise = cards.stream().filter(c -> c.answer().equals("2005")).findFirst().orElseThrow();
        assertThat(rise.kind()).isEqualTo(CardKind.CHOICE);
        assertThat(rise.options()).hasSize(4).contains("2005").doesNotContain("1979");
        CardDraft urbanisation = cards.stream().filter(c -> c.answer().equals("1940-1950")).findFirst().orElseThrow();
        assertThat(urbanisation.options()).doesNotContain("1938-1950", "1946-1952").contains("1955-1965", "1925-1935", "1952-1958");
    }

    @Test
    void a_noun_the_tagger_took_for_the_verb_of_its_clause_is_never_half_of_a_gap() {
        List<CardDraft> cards = generate(note("money.md", "Money", "Fiat money serves as legal tender in the United States since the Nixon shock of 1971 "
                + a("01:00") + ".", "", "The phone ships with a faster neural engine made by Rapidus on a 3-nanometer process " + a("02:00") + "."));

        assertThat(answers(cards)).doesNotContain("money serves", "Fiat money serves", "phone ships").contains("Rapidus");
    }

    @Test
    void a_list_items_label_stands_in_the_context_line_not_glued_to_the_front() {
        List<CardDraft> cards = generate(note("k8s.md", "Containers", "## Services", "",
                "- **Container Services**: Despite supporting Podman, Amazon pushes its proprietary scheduler " + a("01:00") + "."));

        CardDraft podman = cards.stream().filter(c -> c.answer().equals("Podman")).findFirst().orElseThrow();
        assertThat(podman.front()).isEqualTo("Despite supporting [...], Amazon pushes its proprietary scheduler.");
        assertThat(podman.context()).isEqualTo("Containers › Services › Container Services");
    }

    @Test
    void an_answer_whose_word_family_or_name_stands_in_the_front_is_not_asked() {
        List<CardDraft> cards = generate(note("bio.md", "Toxicology",
                "Micro-causal structures explain how causality emerges in complex cells, as Erik Hoel argued in 2017 " + a("01:00") + ".", "",
                "The Ames test ranks a chemical, and the Ames Mutagenicity Test scores bacteria colonies within 48 hours " + a("02:00") + "."));

        assertThat(answers(cards)).doesNotContain("causality", "Ames Mutagenicity Test").contains("Erik Hoel", "48 hours");
    }

    @Test
    void an_acronym_in_its_other_number_or_a_dates_year_shown_above_gives_the_answer_away() {
        List<CardDraft> cards = generate(note("cricket.md", "Fast bowling", "## The Barren Years (1962-1976)", "",
                "In the 14 years after Fazal Mahmood's last Test in August 1962, the bowling average rose by four runs " + a("01:00") + ".", "",
                "## Funds", "",
                "Andrew criticizes the traditional VC fund structure, where VCs collect management fees regardless of returns " + a("02:00") + "."));

        assertThat(answers(cards)).doesNotContain("August 1962", "VC").contains("14 years");
    }

    @Test
    void a_name_that_channels_of_every_kind_name_is_no_gap_but_a_channels_own_name_is() {
        List<CardDraft> cards = generate(note("rollups.md", "Rollups",
                "Movement partners with Celestia for data availability, as Mark Zuckerberg once did with storage vendors " + a("01:00") + ".", "",
                "Troops left Afghanistan the year Kubernetes reached its first stable release " + a("02:00") + "."));

        assertThat(answers(cards)).doesNotContain("Mark Zuckerberg", "Afghanistan").contains("Celestia");
    }

    @Test
    void names_every_reader_knows_stock_pairs_of_everyday_nouns_and_linked_filler_are_not_gaps() {
        List<CardDraft> cards = generate(note("career.md", "Careers",
                "Many freelancers rely on Google as their main income source during their first 18 months " + a("01:00") + ".", "",
                "Mentors help with [[career_growth | career growth]] and [[costs | investment costs]] for about $200 a month " + a("02:00") + "."));

        assertThat(answers(cards)).doesNotContain("Google", "income source", "main income source", "career growth", "investment costs")
                .contains("18 months", "$200");
    }

    @Test
    void what_is_is_not_asked_of_an_everyday_word_set_as_a_label() {
        List<CardDraft> cards = generate(note("nft.md", "Bear Deluxe", "- **Supply**: There is a total supply of 6,900 Bear Deluxe NFTs " + a("01:00") + ".",
                "- **Transactions**: Daily transactions soared past 40,000 in March " + a("02:00") + "."));

        assertThat(cards).noneMatch(c -> c.front().equals("What is “Supply”?") || c.front().equals("What is “Transactions”?"));
        List<CardDraft> topics = generate(note("tech.md", "Tech jobs", "- **Layoffs**: Despite widespread layoffs in tech, hiring for AI roles grew " + a("01:00") + ".",
                "- **Pulumi**: Pulumi lets teams describe cloud resources in TypeScript " + a("02:00") + "."));
        assertThat(topics).extracting(CardDraft::front).doesNotContain("What is “Layoffs”?").contains("What is “Pulumi”?");
        List<CardDraft> people = generate(note("ms.md", "Microsoft", "- **Ballmer**: Ballmer joined as the first business manager, and he received 8.5% of the company " + a("01:00") + "."));
        assertThat(people).extracting(CardDraft::front).contains("Who is “Ballmer”?").doesNotContain("What is “Ballmer”?");
    }

    @Test
    void an_item_of_a_list_the_sentence_gives_is_not_a_gap_as_any_other_item_would_fit() {
        List<CardDraft> cards = generate(note("db.md", "Databases",
                "Relational databases like MySQL and PostgreSQL keep rows in fixed tables " + a("01:00") + ".", "",
                "Agent frameworks (e.g., Langchain, Crew AI, Mastra) each need their own adapters " + a("02:00") + ".", "",
                "The exchange shows minimum and maximum limits for every order " + a("03:00") + ".", "",
                "Ingres was rewritten as Postgres at Berkeley in 1986 " + a("04:00") + "."));

        assertThat(answers(cards)).doesNotContain("MySQL", "PostgreSQL", "Langchain", "Crew AI", "Mastra", "maximum limits");
        assertThat(answers(cards)).contains("1986");
    }

    @Test
    void orders_headings_and_sentences_about_someone_never_named_make_no_cloze() {
        List<CardDraft> cards = generate(note("wp.md", "Plugins",
                "Go to the Plugins section of the WordPress dashboard " + a("01:00") + ".", "",
                "Customizing Product Display with Shortcodes " + a("02:00") + ".", "",
                "When asked about Wallpaper Engine, he confirms he uses it daily " + a("03:00") + ".", "",
                "Matt Mullenweg released WordPress in 2003 as a fork of b2 " + a("04:00") + "."));

        assertThat(cards).noneMatch(c -> c.source().seconds().orElse(-1) == 60 || c.source().seconds().orElse(-1) == 120
                || c.source().seconds().orElse(-1) == 180);
        assertThat(cards).anyMatch(c -> c.source().seconds().orElse(-1) == 240);
    }

    @Test
    void a_phrase_made_only_of_commonly_said_words_is_no_gap_unless_the_note_marks_it() {
        List<CardDraft> cards = generate(note("markets.md", "Markets",
                "Gold royalty firms already made their fortunes thanks to soaring profits in the last cycle " + a("01:00") + ".", "",
                "Editors at traditional media outlets rarely cover semiconductor supply chains " + a("02:00") + ".", "",
                "Almost every university lab now wants a microscope with aberration correction for imaging atoms " + a("03:00") + ".", "",
                "The fund paid out from hidden slush funds during the merger " + a("04:00") + ".", "",
                "Advertising feeds a **herd instinct** that makes people want the same watches " + a("05:00") + "."));

        assertThat(answers(cards)).doesNotContain("soaring profits", "media outlets", "traditional media outlets")
                .contains("aberration correction", "slush funds", "herd instinct");
    }

    @Test
    void what_is_asks_of_a_label_only_where_its_description_describes_it() {
        List<CardDraft> cards = generate(note("ankle.md", "Pulses and markets",
                "- **Pulsation**: Its pulsation can be felt between the medial malleolus and the tendon " + a("01:00") + ".",
                "- **Mofo**: All Mofo markets are permissionless and anyone can open one " + a("02:00") + ".",
                "- **Supabase**: Supabase bundles Postgres with authentication and file storage " + a("03:00") + "."));

        assertThat(cards).extracting(CardDraft::front).doesNotContain("What is “Pulsation”?", "What is “Mofo”?").contains("What is “Supabase”?");
    }

    @Test
    void a_phrase_of_everyday_spoken_words_is_not_a_gap_but_a_technical_one_is() {
        List<CardDraft> cards = generate(note("diet.md", "Diet",
                "Bodybuilders plan cheat meals around their heaviest training days " + a("01:00") + ".", "",
                "Microbiologists grow the samples on an agar plate before counting colonies " + a("02:00") + "."));

        assertThat(answers(cards)).doesNotContain("cheat meals").contains("agar plate");
    }

    @Test
    void an_aside_in_parentheses_and_an_answer_spelled_by_the_initials_of_its_words_are_not_asked() {
        List<CardDraft> cards = generate(note("mkt.md", "Marketing", "## Test Retirement", "",
                "Launch pages convert better with scarcity (as Basecamp showed) than with discounts, a 2014 study found " + a("01:00") + ".", "",
                "Sellers drive demand through fear of missing out, which traders call FOMO, a term Patrick McGinnis coined in 2004 " + a("02:00") + ".", "",
                "The team played its last Tests against Australia at Sydney in 2019 " + a("03:00") + "."));

        assertThat(answers(cards)).doesNotContain("Basecamp", "FOMO", "Tests").contains("2014", "2004", "2019");
    }

    @Test
    void a_list_card_is_asked_only_when_its_stem_says_how_many_or_its_steps_are_numbered() {
        List<CardDraft> cards = generate(note("fb.md", "Firebase",
                "Firebase offers two NoSQL database options:",
                "- Realtime Database keeps one large JSON tree " + a("01:00"),
                "- Cloud Firestore stores documents in collections " + a("01:20"),
                "",
                "The founders faced several serious challenges early on:",
                "- Limited preparation time before the launch " + a("02:00"),
                "- High expectations from the first investors " + a("02:20")));

        assertThat(ofKind(cards, CardKind.LIST)).extracting(CardDraft::front)
                .containsExactly("Firebase offers two NoSQL database options — name both.");
    }

    @Test
    void a_why_card_drops_a_hedge_and_never_asks_of_a_subordinate_clause_or_a_verbless_effect() {
        List<CardDraft> cards = generate(note("ibm.md", "IBM and DOS",
                "The meeting with Digital Research ended without a deal, possibly because Kildall was away flying " + a("01:00") + ".", "",
                "While statins lower most LDL particles, they miss the smallest ones because those bind receptors weakly " + a("02:00") + ".", "",
                "The benefit of increased lifespan for a country, often because of better nutrition " + a("03:00") + ".", "",
                "The talks ended in a \"business blunder,\" possibly because the royalty terms were refused " + a("04:00") + "."));

        assertThat(ofKind(cards, CardKind.EXPLAIN)).extracting(CardDraft::front)
                .containsExactly("The meeting with Digital Research ended without a deal. Why?", "The talks ended in a \"business blunder\". Why?");
    }

    @Test
    void a_why_card_is_not_asked_of_an_if_clause_after_a_linking_word_nor_of_a_thing_named_elsewhere() {
        List<CardDraft> cards = generate(note("work.md", "Working from home",
                "However, if you resort to cleaning or other tasks, it is because you are bored and avoid the work " + a("01:00") + ".", "",
                "Microsoft committed to this vision, because IBM was the biggest player in the market " + a("02:00") + ".", "",
                "People use several kinds of grammar every day because of these dependencies between words " + a("03:00") + ".", "",
                "The meeting with Digital Research ended without a deal because Kildall was away flying " + a("04:00") + "."));

        assertThat(ofKind(cards, CardKind.EXPLAIN)).extracting(CardDraft::front)
                .containsExactly("The meeting with Digital Research ended without a deal. Why?");
    }

    @Test
    void a_one_word_name_anyone_says_is_no_gap_but_a_rarer_name_beside_it_is() {
        List<CardDraft> cards = generate(note("excel.md", "Early Microsoft",
                "The first version of Microsoft Excel was developed for the Mac by Doug Klunder in 1985 " + a("01:00") + ".", "",
                "Grace, through Jesus' sacrifice, gives believers forgiveness, Edir Macedo preached in Rio " + a("02:00") + "."));

        assertThat(answers(cards)).doesNotContain("Mac", "Jesus'", "Jesus").contains("Doug Klunder");
    }

    @Test
    void a_gap_followed_by_its_own_acronym_or_expansion_in_parentheses_is_not_asked() {
        List<CardDraft> cards = generate(note("longevity.md", "Fasting and ageing",
                "Protein intake is linked to IGF-1 (Insulin-like Growth Factor 1), which Valter Longo studies at USC " + a("01:00") + ".", "",
                "Bong Joon-ho won the Palme d'Or for Parasite (2019) at Cannes, a first for South Korea " + a("02:00") + "."));

        assertThat(answers(cards)).doesNotContain("IGF-1", "Insulin-like Growth Factor 1").contains("Bong Joon-ho");
        assertThat(CardGenerator.glossedGap("Protein is linked to [...] (Insulin-like Growth Factor 1).", "IGF-1")).isTrue();
        assertThat(CardGenerator.glossedGap("Protein is linked to [...] (IGF-1).", "Insulin-like Growth Factor 1")).isTrue();
        assertThat(CardGenerator.glossedGap("Bong Joon-ho won the Palme d'Or for [...] (2019).", "Parasite")).isFalse();
        assertThat(CardGenerator.glossedGap("[...] (Vim) reaches 80% top-1 accuracy.", "Vision Mamba")).isTrue();
        assertThat(CardGenerator.glossedGap("The speed was measured in [...] (kilobits per second).", "Kbps")).isTrue();
        assertThat(CardGenerator.glossedGap("The painting hangs in [...] (Paris).", "Pierre Auguste Renoir")).isFalse();
        assertThat(CardGenerator.glossedGap("The bill passed the [...] (a first).", "Senate")).isFalse();
    }

    @Test
    void a_name_the_title_gives_without_its_accents_is_not_asked() {
        List<CardDraft> cards = generate(note("pastor.md", "Conversion of Pastor Antnio Jnior",
                "Antônio Júnior struggled to focus on college and work at the Vasco shipyard " + a("01:00") + ".", "",
                "Later Antônio Júnior preached at the Assembleia de Deus in Recife in 2004 " + a("02:00") + "."));

        assertThat(answers(cards)).doesNotContain("Antônio Júnior").isNotEmpty();
    }

    @Test
    void an_adjective_the_tagger_took_for_a_noun_does_not_end_a_gap() {
        List<CardDraft> cards = generate(note("econ.md", "Tariffs",
                "Analysts saw a technical recession independent of tariff policies in the second quarter of 2019 " + a("01:00") + "."));

        assertThat(answers(cards)).doesNotContain("recession independent", "technical recession independent").contains("2019");
    }

    @Test
    void an_answer_the_sentence_shown_before_it_says_is_not_asked_however_it_is_spelled() {
        List<CardDraft> cards = generate(note("q.md", "Planning in LLMs",
                "OpenAI reportedly built Q*, a planning method for language models " + a("01:00") + ".",
                "This rumoured Q* would combine planning with language models " + a("02:00") + "."));

        // Without the rule, the second claim asks for Q* below the sentence that names it.
        assertThat(cards).noneMatch(c -> c.answer().equals("Q*") && c.front().replace("[...]", "").contains("Q*"));
    }

    @Test
    void a_sentence_pointing_back_mid_way_is_shown_after_the_sentence_it_points_to() {
        List<CardDraft> cards = generate(note("wealth.md", "Wealth",
                "Most savers follow the earn path, trading hours for a salary until retirement " + a("01:00") + ".",
                "Inflation erodes the savings of this path by about 3% every year " + a("02:00") + "."));

        CardDraft inflation = cards.stream().filter(c -> c.answer().equals("3%")).findFirst().orElseThrow();
        assertThat(inflation.front()).startsWith("Most savers follow the earn path").contains("the savings of this path by about [...]");
        List<CardDraft> company = generate(note("aws.md", "AWS", "Amazon launched its cloud business in 2006 " + a("01:00") + ".",
                "The company now runs 33 regions across six continents " + a("02:00") + "."));
        assertThat(company).filteredOn(c -> c.source().seconds().orElse(-1) == 120).isNotEmpty()
                .allSatisfy(c -> assertThat(c.front()).startsWith("Amazon launched its cloud business in 2006. The company"));
    }

    @Test
    void a_heading_or_callout_that_names_no_subject_asks_no_question() {
        List<CardDraft> cards = generate(note("kafka.md", "Kafka",
                "## How It Works", "", "Producers append records to a partitioned log on the brokers " + a("01:00") + ".", "",
                "## How Replication Works", "", "Each partition is copied to followers that trail the leader " + a("02:00") + ".", "",
                "> [!TIP] Key Insight", "> Consumers track their own offsets, so a slow reader never blocks a fast one " + a("03:00") + ".", "",
                "> [!NOTE] Inspirational Note", "> The community keeps Kafka free to use for every company " + a("04:00") + "."));

        assertThat(ofKind(cards, CardKind.EXPLAIN)).extracting(CardDraft::front)
                .contains("How does replication work?").doesNotContain("How does it work?", "What is the key insight?", "What is the inspirational note?");
    }

    @Test
    void what_is_asks_of_a_definition_never_of_a_ranking_or_praise() {
        List<CardDraft> cards = generate(note("defs.md", "Definitions",
                "Tiagabine is a GABA transporter inhibitor used for partial seizures " + a("01:00") + ".", "",
                "Labor trafficking is the second-largest criminal enterprise in the world " + a("02:00") + ".", "",
                "Specificity is the most crucial principle of effective prompts " + a("03:00") + ".", "",
                "The Samsung Galaxy Fold is a prominent example of an in-fold design " + a("04:00") + "."));

        assertThat(ofKind(cards, CardKind.DEFINITION)).extracting(CardDraft::front).containsExactly("What is Tiagabine?");
    }

    @Test
    void a_why_is_never_asked_inside_an_open_quotation() {
        List<CardDraft> cards = generate(note("pastor.md", "A calling",
                "During a vigil he received a clear message: \"My son, I brought you from that city because I have a work for you here\" "
                        + a("01:00") + ".", "",
                "The pastor moved to Campinas because the church there had no leader " + a("02:00") + "."));

        assertThat(ofKind(cards, CardKind.EXPLAIN)).extracting(CardDraft::front).containsExactly("The pastor moved to Campinas. Why?");
    }

    @Test
    void a_callout_or_heading_title_is_asked_only_where_its_wording_makes_a_question() {
        List<CardDraft> cards = generate(note("yt.md", "Growing a channel",
                "> [!TIP] Mr Beast's Advice", "> Improve each video by one percent over the last, then repeat for years " + a("01:00") + ".", "",
                "## Advantages of the Cast to Sinter Method", "", "The method offers several advantages:", "",
                "- Sintered parts shrink evenly in the kiln " + a("02:00") + ".", "",
                "## How Thumbnails Work", "", "Thumbnails draw the click before the title is read " + a("03:00") + "."));

        assertThat(ofKind(cards, CardKind.EXPLAIN)).extracting(CardDraft::front).contains("How do thumbnails work?")
                .doesNotContain("What is the mr beast's advice?", "What are the advantages of the cast to sinter method?");
    }

    @Test
    void a_contrast_is_asked_between_two_named_products_never_between_capitalised_words() {
        List<CardDraft> cards = generate(note("ai.md", "AI in Las Vegas",
                "The Note 10 Plus is larger, featuring a 6.8-inch 1440p AMOLED display, compared to the Pixel 4 XL with its smaller screen "
                        + a("01:00") + ".", "",
                "The scale of AI startups is \"impressive, but has no visible means of support\" in Las Vegas versus AI hubs like San Francisco "
                        + a("01:30") + ".", "",
                "AWS offers its own Amazon Container Service (ECS) while also supporting EKS for Kubernetes users " + a("02:00") + "."));

        assertThat(ofKind(cards, CardKind.COMPARE)).extracting(CardDraft::front).containsExactly("How does AWS position ECS versus EKS?");
    }

    @Test
    void a_list_under_a_condition_is_not_asked_and_numbered_steps_for_a_purpose_are_asked_how() {
        List<CardDraft> cards = generate(note("math.md", "Square roots",
                "Since 25 is a perfect square itself:", "",
                "1.  Simplify the radicand to five " + a("01:00") + ".", "2.  Multiply the outer factor by five " + a("01:10") + ".",
                "3.  Write the product as the result " + a("01:20") + ".", "",
                "To run the extension:", "",
                "1.  Compile the project with the bundled compiler " + a("02:00") + ".", "2.  Press F5 to open the debug window " + a("02:10") + "."));

        assertThat(ofKind(cards, CardKind.LIST)).extracting(CardDraft::front)
                .containsExactly("How do you run the extension? Name both steps, in order.");
    }

    @Test
    void a_section_that_sums_up_and_a_sentence_about_the_discussion_make_no_card() {
        List<CardDraft> cards = generate(note("kids.md", "Children's rights",
                "## Schooling", "", "Finland made schooling compulsory for every child in 1921 " + a("01:00") + ".", "",
                "The discussion with Sarah Fitzgerald presents a compelling case for rethinking how schools treat children "
                        + a("02:00") + ".", "",
                "## Conclusion", "", "Finland made schooling compulsory in 1921, later than Sweden did in 1842 " + a("03:00") + ".", "",
                "> [!NOTE] Inspirational Note", "> The commitment to children's autonomy remains unwavering " + a("03:30") + "."));

        assertThat(cards).extracting(c -> c.source().seconds().orElse(-1)).contains(60).doesNotContain(120, 180, 210);
        assertThat(cards).extracting(CardDraft::front).doesNotContain("What is the inspirational note?");
    }

    @Test
    void why_something_matters_is_asked_of_a_callout_titled_so_not_of_a_section() {
        List<CardDraft> cards = generate(note("tycoon.md", "Vanderbilt",
                "## The Importance of Adaptation", "", "As industries evolved, so did Vanderbilt " + a("01:00") + ".", "",
                "> [!NOTE] Importance of Timing",
                "> Timing decided his fortune: he sold his steamships just before railroads took over " + a("02:00") + "."));

        assertThat(ofKind(cards, CardKind.EXPLAIN)).extracting(CardDraft::front)
                .contains("Why does timing matter?").doesNotContain("Why does adaptation matter?");
    }

    @Test
    void a_definition_is_asked_only_of_a_name_not_of_a_clause_or_a_possession() {
        List<CardDraft> cards = generate(note("media.md", "Streaming",
                "Nielsen data indicates that YouTube is the largest streaming service by time watched " + a("01:00") + ".", "",
                "Cornelius Vanderbilt's legacy is one of strategic brilliance and relentless ambition " + a("02:00") + ".", "",
                "**Kubernetes** is an open-source system for running containers across many machines " + a("03:00") + "."));

        assertThat(ofKind(cards, CardKind.DEFINITION)).extracting(CardDraft::front)
                .containsExactly("What is Kubernetes?");
    }

    @Test
    void a_pronoun_after_an_opening_phrase_is_read_after_the_sentence_it_points_to() {
        List<CardDraft> cards = generate(note("ibm.md", "The IBM PC",
                "IBM launched its Personal Computer in August 1981 at a price of 1,565 dollars " + a("01:00") + ".",
                "Within months, it sold 13,500 units across North America " + a("02:00") + ".", "",
                "Markets rallied on the first day of trading in April " + a("03:00") + ".",
                "Following this, the Nasdaq fell by 12% over the next three sessions " + a("04:00") + ".", "",
                "When the Ellen Austin returned, its owner sold the ship to a German company in 1881 " + a("05:00") + "."));

        assertThat(cards).filteredOn(c -> c.source().seconds().orElse(-1) == 120).isNotEmpty()
                .allSatisfy(c -> assertThat(c.front()).startsWith("IBM launched its Personal Computer"));
        assertThat(cards).filteredOn(c -> c.source().seconds().orElse(-1) == 240)
                .allSatisfy(c -> assertThat(c.front()).startsWith("Markets rallied"));
        assertThat(cards).filteredOn(c -> c.source().seconds().orElse(-1) == 300).isNotEmpty()
                .allSatisfy(c -> assertThat(c.front()).startsWith("When the "));
    }

    @Test
    void a_label_opening_a_sentence_gives_no_gap() {
        List<CardDraft> cards = generate(note("growth.md", "Adjacent users",
                "Building User-Centric Products in Diverse Markets: the theory asks teams to study Brazilian users before launch "
                        + a("01:00") + "."));

        assertThat(answers(cards)).doesNotContain("Diverse Markets", "User-Centric Products");
    }

    @Test
    void a_checklist_question_is_no_definition_of_its_label() {
        List<CardDraft> cards = generate(note("ideas.md", "Idea checklist",
                "- **Feasibility**: Is the idea physically possible to produce within a month? " + a("01:00"),
                "- **Kanban**: a scheduling method that limits work in progress on a board of columns " + a("02:00")));

        assertThat(ofKind(cards, CardKind.TERM)).extracting(CardDraft::front)
                .doesNotContain("What is “Feasibility”?").contains("What is “Kanban”?");
    }

    @Test
    void an_acronym_everyone_knows_is_neither_asked_nor_gapped() {
        List<CardDraft> cards = generate(note("xerox.md", "The Alto",
                "Xerox PARC built the first graphical user interface (GUI) on the Alto in 1973 " + a("01:00") + ".", "",
                "Every other PC maker copied the Alto's mouse within a decade " + a("02:00") + ".", "",
                "Engineers at Xerox also wrote the Interpress Page Language (IPL) for its first laser printers " + a("03:00") + "."));

        assertThat(ofKind(cards, CardKind.ACRONYM)).extracting(CardDraft::front)
                .doesNotContain("What does GUI stand for?").contains("What does IPL stand for?");
        assertThat(answers(cards)).doesNotContain("GUI", "PC");
        List<CardDraft> pharma = generate(note("drugs.md", "Drug supply",
                "India makes most of the key starting materials (KSMs) that American generics need " + a("01:00") + "."));
        assertThat(ofKind(pharma, CardKind.ACRONYM)).extracting(CardDraft::front).contains("What does KSMs stand for?");
    }

    @Test
    void an_amount_whose_number_the_sentence_says_is_not_asked() {
        List<CardDraft> cards = generate(note("rule.md", "Habits", "## The Rule of 100", "",
                "If you perform 100 primary actions over 100 days, you will typically reach your first customer " + a("01:00") + ".", "",
                "Ninety percent of founders quit before 30 days have passed " + a("02:00") + "."));

        assertThat(answers(cards)).doesNotContain("100 days", "100 primary actions").contains("30 days");
        List<CardDraft> twice = generate(note("tax.md", "Benefit",
                "Above an income of $79,000, a further 3.2% is taken from any income over $79,000, and the $79,000 line follows prices "
                        + a("01:00") + "."));
        assertThat(answers(twice)).contains("$79,000");
        List<CardDraft> other = generate(note("memory.md", "Memory walls",
                "Between 2004 and 2024, a span of 20 years, memory bandwidth improved 20 times while latency barely moved " + a("01:00") + "."));
        assertThat(answers(other)).contains("20 years");
    }

    @Test
    void the_same_gap_in_two_wordings_of_one_fact_is_asked_once() {
        List<CardDraft> cards = generate(note("ms.md", "Microsoft strategy",
                "Microsoft became the \"killer app\" maker on the next platform, even competing with its own products " + a("01:00") + ".", "",
                "Microsoft decided to target the next platform and become the \"killer app\" maker on that platform " + a("02:00") + "."));

        assertThat(cards).filteredOn(c -> c.answer().equals("killer app")).hasSizeLessThanOrEqualTo(1);
        assertThat(CardGenerator.sharesHalf(CardGenerator.contentWords("Microsoft became the maker on the next platform"),
                CardGenerator.contentWords("Microsoft decided to target the next platform and become the maker on that platform"))).isTrue();
        // "Acme Rockets was founded in 1950 by Ada Lovelace in Paris…" and, ten claims on, "… in 1960 by … in Quito…"
        List<CardDraft> founders = generate(dev.cuecards.notes.NoteParser.parse("firms.md",
                dev.cuecards.store.TestVault.numbered("Firms", "bcdefghijkl", "Tech", 11), "hash"));
        assertThat(founders).filteredOn(c -> c.answer().equals("Acme Rockets")).hasSize(2);
        assertThat(CardGenerator.sharesHalf(CardGenerator.contentWords("Kafka stores records in partitions"),
                CardGenerator.contentWords("Consumers read records from Kafka at their own pace"))).isFalse();
    }

    @Test
    void an_answer_worked_out_from_the_numbers_around_it_or_said_by_its_heading_is_not_asked() {
        List<CardDraft> cards = generate(note("funding.md", "Funding", "## The Rule of 100", "",
                "The goal at the end of each day is to have done your 100 inputs, not to have made a sale " + a("01:00") + ".", "",
                "## Venture money", "",
                "Technology Venture Investors put in $1 million for 5% of the company, valuing it at $20 million " + a("02:00") + ".", "",
                "The launch of Windows 95 on August 24, 1995 drew crowds to the stores of Seattle " + a("03:00") + ".", "",
                "Microsoft shipped Windows 95 in August 1995 after a delay of two years " + a("04:00") + ".", "",
                "Sequoia paid $4 million for 8% of the shares, which put the firm at $50 million " + a("05:00") + "."));

        assertThat(answers(cards)).doesNotContain("100 inputs", "5%", "8%", "August 24, 1995", "August 1995");
    }

    @Test
    void a_number_of_a_worked_calculation_is_not_asked() {
        List<CardDraft> cards = generate(note("dot.md", "Dot products",
                "The dot product of the vectors (1, 2) and (3, 4) is (1 * 3) + (2 * 4) = 3 + 8 = 11 " + a("01:00") + ".", "",
                "After the transformation, the vector lands at (4 * 1) + (3 * -2) = 4 - 6 = -2 " + a("02:00") + ".", "",
                "Gauss summed the integers up to 100 as a schoolboy in 1787 " + a("03:00") + "."));

        assertThat(answers(cards)).doesNotContain("11", "-2", "8").contains("1787");
    }

    @Test
    void an_acronym_inside_a_longer_word_or_a_sign_written_out_gives_the_answer_away() {
        List<Note> notes = List.of(
                note("sandbox.md", "Sandboxes", "## MicroVMMs for isolation", "",
                        "Each tenant of the platform gets its own VMM with a separate kernel " + a("01:00") + ".", "",
                        "Firecracker boots MicroVMMs quickly, and each VMM there needs only 5 MB of memory " + a("02:00") + "."),
                note("search.md", "Causal discovery", "## D* Search Algorithm in Causal Discovery", "",
                        "Calen also explored the D* search algorithm for purely continuous data " + a("01:00") + "."));
        List<CardDraft> cards = notes.stream().flatMap(n -> generateIn(notes, n).stream()).toList();

        assertThat(cards).filteredOn(c -> c.answer().equals("VMM")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.context() + " " + c.front()).doesNotContain("MicroVMMs"));
        assertThat(cards).filteredOn(c -> c.answer().equals("D*")).isNotEmpty()
                .allSatisfy(c -> assertThat(c.context()).doesNotContain("D* Search"));
    }

    @Test
    void a_gap_never_falls_in_a_title_linked_into_a_sentence() {
        List<CardDraft> cards = generate(note("navy.md", "Black Sea",
                "Drones sank the cruiser Moskva in April 2022, a turning point of the "
                        + "[[naval_strategy | Impact of the Russia Ukraine Conflict on Naval Strategy]] " + a("01:00") + "."));

        assertThat(answers(cards)).doesNotContain("Naval Strategy", "Russia Ukraine Conflict").contains("Moskva");
    }

    @Test
    void a_list_item_without_a_verb_of_its_own_gives_no_cloze() {
        List<CardDraft> cards = generate(note("agents.md", "Agents", "Ways to deploy the agent:", "",
                "- Turning the agent into an API endpoint using a webhook trigger " + a("01:00"),
                "- Podman containers share the host kernel with the Borg scheduler " + a("02:00")));

        assertThat(cards).noneMatch(c -> c.source().seconds().orElse(-1) == 60);
        assertThat(cards).anyMatch(c -> c.source().seconds().orElse(-1) == 120);
    }

    @Test
    void a_sentence_cut_inside_a_quotation_gives_no_cloze() {
        List<CardDraft> cards = generate(note("gates.md", "Gates",
                "Paul Allen noted three things about Bill Gates at Lakeside School in 1968: \"He was really smart " + a("01:00") + ".", "",
                "Paul Allen said Gates \"never stopped reading\" during their years at Lakeside School in 1968 " + a("02:00") + "."));

        assertThat(cards).noneMatch(c -> c.source().seconds().orElse(-1) == 60);
        assertThat(cards).anyMatch(c -> c.source().seconds().orElse(-1) == 120);
    }

    @Test
    void half_a_name_joined_by_an_ampersand_is_not_asked() {
        List<CardDraft> cards = generate(note("games.md", "Metaverse",
                "Board games like Dungeons & Dragons let players imagine whole worlds together " + a("01:00") + "."));

        assertThat(answers(cards)).doesNotContain("Dragons", "Dungeons");
    }

    @Test
    void a_list_presented_with_here_are_is_not_asked() {
        List<CardDraft> cards = generate(note("advice.md", "Investing",
                "Here are three pieces of advice for investors in 2021:", "",
                "- Maintain liquidity " + a("01:00") + ".", "- Invest with conviction " + a("01:10") + ".", "- Monitor inflation " + a("01:20") + ".", "",
                "The fund manager gave three pieces of advice for 2022:", "",
                "- Hold cash " + a("02:00") + ".", "- Buy bonds " + a("02:10") + ".", "- Avoid leverage " + a("02:20") + "."));

        assertThat(ofKind(cards, CardKind.LIST)).extracting(CardDraft::front)
                .noneMatch(front -> front.startsWith("Here are")).anyMatch(front -> front.startsWith("The fund manager"));
    }

    @Test
    void a_heading_naming_a_numbered_layer_or_dotted_initials_gives_the_answer_away() {
        List<CardDraft> cards = generate(note("chain.md", "Blockchain performance", "## Why Layer 1 over Layer 2?", "",
                "Launching as an L1 also simplifies decentralization and improves UX " + a("01:00") + ".", "",
                "## Trade", "",
                "The United States has a codependent relationship with China that shaped U.S. prosperity " + a("02:00") + "."));

        assertThat(cards).filteredOn(c -> c.answer().equals("L1")).allMatch(c -> !c.context().contains("Layer"));
        assertThat(answers(cards)).doesNotContain("United States");
        Answers plain = new Answers(note("x.md", "Plain", "Nothing is said here " + a("01:00") + "."));
        assertThat(plain.shows("L2", "Why Layer 1 over Layer 2?")).isTrue();
        assertThat(plain.shows("L2", "Why Layer 1 matters")).isFalse();
    }

    @Test
    void a_label_of_hyphenated_words_is_no_name_a_pronoun_can_stand_for() {
        List<CardDraft> cards = generate(note("defi.md", "Decentralized finance", "## Challenges", "",
                "- **User-Centric Development**: It actively listens to real users and iterates based on their needs " + a("01:00") + ".", "",
                "- **TensorFlow Lite**: It runs trained models on phones without a network connection " + a("02:00") + "."));

        assertThat(answers(cards)).doesNotContain("User-Centric Development");
        assertThat(NoteContext.looksLikeName("User-Centric Development")).isFalse();
        assertThat(NoteContext.looksLikeName("Long-Term Brand Building")).isFalse();
        assertThat(NoteContext.looksLikeName("TensorFlow Lite")).isTrue();
    }

    @Test
    void two_options_of_one_amount_written_two_ways_are_never_offered_together() {
        List<Note> vault = new ArrayList<>();
        String[][] facts = {{"Rites", "two months"}, {"Signals", "six months"}, {"Records", "6 months"}, {"Tapes", "three months"},
            {"Letters", "eight months"}, {"Papers", "5 months"}, {"Photos", "nine months"}};
        for (String[] fact : facts) {
            vault.add(note(fact[0].toLowerCase() + ".md", fact[0] + " history", "The " + fact[0].toLowerCase() + " were recovered "
                    + fact[1] + " before the broadcast began " + a("01:00") + "."));
        }
        List<CardDraft> choices = new ArrayList<>();
        for (Note one : vault) {
            choices.addAll(ofKind(generateIn(vault, one), CardKind.CHOICE));
        }
        assertThat(choices).isNotEmpty();
        for (CardDraft card : choices) {
            List<String> amounts = card.options().stream().map(o -> o.replace("six", "6").replace("two", "2")).toList();
            assertThat(amounts).as(card.front()).doesNotHaveDuplicates();
        }
    }

    @Test
    void a_share_that_is_the_rest_of_a_whole_or_a_sum_of_two_numbers_beside_it_is_not_asked() {
        List<CardDraft> cards = generate(note("gel.md", "Aerogel", "## Composition", "",
                "A wet silica gel is rubbery and consists of 97% alcohol within its pores, with the remaining 3% being amorphous silica "
                        + a("01:00") + ".", "",
                "## Hamming codes", "",
                "Discarding position 0 makes a 15-bit block where 11 bits carry the message and 4 bits are for redundancy " + a("02:00") + ".", "",
                "Richard Hamming published the code in 1950 while working at Bell Labs " + a("03:00") + "."));

        assertThat(answers(cards)).doesNotContain("3%", "15-bit");
        assertThat(ClozeCards.isSumOrRemainder("The team had 12 engineers and 3 designers [...]", new Phrase("15 people", PhraseType.COUNT, -1, -1, 0)))
                .isTrue();
        assertThat(ClozeCards.isSumOrRemainder("The team had 12 engineers and 4 designers [...]", new Phrase("15 people", PhraseType.COUNT, -1, -1, 0)))
                .isFalse();
    }

    @Test
    void an_answer_many_channels_say_is_not_asked_unless_its_label_names_it_and_it_still_serves_as_an_option() {
        List<CardDraft> cards = generate(note("jackson.md", "Napoleon's maxims",
                "Officers carried printed copies of the maxims throughout the Civil War, proving their reach " + a("01:00") + "."));
        List<CardDraft> headed = generate(note("war.md", "Napoleon's maxims", "## In the Civil War", "",
                "Officers carried printed copies of the maxims throughout the Civil War, proving their reach " + a("01:00") + "."));
        List<CardDraft> labelled = generate(note("war.md", "Napoleon's maxims",
                "- **Civil War Reading**: Officers carried printed copies of the maxims throughout the Civil War, proving their reach "
                        + a("01:00") + "."));
        List<Note> vault = List.of(note("db.md", "Databases",
                "Relational databases like MySQL and PostgreSQL store rows in tables " + a("01:00") + ".", "",
                "Many web apps keep their sessions in Redis, a database kept in memory " + a("02:00") + ".", "",
                "SQLite is a database that lives in a single file " + a("03:00") + "."));
        List<CardDraft> databases = generateIn(vault, vault.get(0));

        assertThat(CommonNouns.get().isWidelySaid("Civil War")).isTrue();
        assertThat(answers(cards)).doesNotContain("Civil War");
        assertThat(answers(headed)).doesNotContain("Civil War");
        assertThat(answers(labelled)).contains("Civil War");
        assertThat(CommonNouns.get().isWidelySaid("PostgreSQL")).isTrue();
        assertThat(answers(databases)).doesNotContain("PostgreSQL");
        assertThat(databases).filteredOn(c -> c.answer().equals("Redis")).singleElement()
                .satisfies(c -> assertThat(c.options()).contains("PostgreSQL"));
    }

    @Test
    void an_acronym_whose_long_name_other_channels_write_out_is_not_asked() {
        List<CardDraft> cards = generate(note("ai.md", "Agents",
                "Large language models (LLMs) now write most of the boilerplate in the team's services " + a("01:00") + ".", "",
                "The team also adopted Proposer Builder Separation (PBS) for its validators " + a("02:00") + "."));

        assertThat(ofKind(cards, CardKind.ACRONYM)).extracting(CardDraft::front)
                .doesNotContain("What does LLMs stand for?").contains("What does PBS stand for?");
    }

    @Test
    void a_why_whose_cause_is_a_list_to_come_and_a_heading_answered_by_titles_ask_nothing() {
        List<CardDraft> cards = generate(note("yt.md", "Sensationalism",
                "## Criticism", "",
                "There is significant criticism of sensationalist content on the platform due to several factors: " + a("01:00"), "",
                "## How Pension Timing Works", "",
                "- Optimal age to start pension payments " + a("02:00"),
                "- Impact of life expectancy on pension decisions " + a("03:00")));

        assertThat(ofKind(cards, CardKind.EXPLAIN)).isEmpty();
    }

    @Test
    void a_claim_said_over_several_moments_links_each_gap_to_the_moment_after_it_and_a_moment_without_one_gets_none() {
        List<CardDraft> cards = generate(note("famine.md", "Bolshevik policies",
                "Hyperinflation ruined lives " + a("17:04") + ", daily consumption plummeted " + a("17:07")
                        + ", and the 1921-1922 famine resulted in 5 million deaths, exacerbated by Bolshevik requisitioning " + a("17:19") + "."));

        assertThat(cards).isNotEmpty().noneMatch(c -> c.source().seconds().orElse(-1) == 17 * 60 + 7);
        assertThat(cards).filteredOn(c -> c.answer().equals("5 million deaths") || c.answer().equals("1921-1922"))
                .isNotEmpty().allSatisfy(c -> assertThat(c.source().seconds()).contains(17 * 60 + 19));
    }

    @Test
    void a_sentence_pointing_back_to_one_without_a_subject_makes_no_card() {
        List<CardDraft> cards = generate(note("truck.md", "Pickup range", "## Range", "",
                "- Provides a 300-mile rated range " + a("01:00") + ".",
                "- This 300-mile EPA rating for the extended battery is calculated with 1,000 pounds of cargo in the bed " + a("01:10") + "."));
        List<CardDraft> stated = generate(note("truck.md", "Pickup range", "## Range", "",
                "- The extended battery provides a 300-mile rated range " + a("01:00") + ".",
                "- This 300-mile EPA rating for the extended battery is calculated with 1,000 pounds of cargo in the bed " + a("01:10") + "."));

        assertThat(answers(cards)).doesNotContain("1,000 pounds");
        assertThat(answers(stated)).contains("1,000 pounds");
    }

    @Test
    void an_amount_converted_beside_its_gap_or_written_with_another_multiplier_around_it_is_given_away() {
        List<CardDraft> cards = generate(note("apophis.md", "Near-Earth objects", "## The first 100k", "",
                "The Apophis asteroid, more than 1,000 feet (approximately 300 meters) in diameter, will pass close to Earth in 2029 "
                        + a("01:00") + ".", "",
                "Making the first $100,000 is often considered the hardest sum to earn as a founder " + a("02:00") + ".", "",
                "The studio earned $250,000 in its first year while 250 backers signed up for the campaign " + a("03:00") + "."));

        assertThat(answers(cards)).doesNotContain("1,000 feet", "300 meters", "$100,000").contains("$250,000");
        assertThat(ClozeCards.restatedAmount("Raised [...] in seed money", "", new Phrase("$2 million", PhraseType.MONEY, 7, 7, 0))).isFalse();
        assertThat(ClozeCards.restatedAmount("Raised [...] in seed money, the 2M round", "", new Phrase("$2 million", PhraseType.MONEY, 7, 7, 0)))
                .isTrue();
    }

    @Test
    void a_year_between_the_years_before_and_after_it_in_its_sentence_is_worked_out() {
        assertThat(ClozeCards.yearBetween("After a quiet 1977, Microsoft moved to Bellevue in [...], a year before its deal of 1979.",
                new Phrase("1978", PhraseType.YEAR, 52, 52, 0))).isTrue();
        assertThat(ClozeCards.yearBetween("After a quiet 1975, Microsoft moved to Bellevue in [...], a year before its deal of 1979.",
                new Phrase("1978", PhraseType.YEAR, 52, 52, 0))).isFalse();
    }

    @Test
    void a_share_of_all_or_nothing_is_no_gap() {
        List<CardDraft> cards = generate(note("profitwell.md", "Bootstrapping",
                "As a bootstrapped company, the two founders of ProfitWell initially owned 100% of its shares " + a("01:00") + ".", "",
                "By the time of the sale, the two founders of ProfitWell still owned 85% of its shares " + a("02:00") + "."));

        assertThat(answers(cards)).doesNotContain("100%").contains("85%");
    }

    @Test
    void no_card_leads_more_than_ten_hours_into_a_video() {
        List<CardDraft> cards = generate(note("garbled.md", "Trading desks",
                "Peter Campolin joined Systematic Alpha Management as its head of research " + a("46:39:07") + ".", "",
                "Campolin later moved the fund's research team to Zug in Switzerland " + a("00:47:10") + "."));

        assertThat(cards).isNotEmpty().allSatisfy(c -> assertThat(c.source().seconds().orElseThrow()).isLessThan(10 * 3600));
        assertThat(answers(cards)).doesNotContain("Systematic Alpha Management", "Peter Campolin");
    }

    @Test
    void the_time_frame_of_a_claim_is_no_gap() {
        List<CardDraft> cards = generate(note("voyager.md", "Voyager",
                "As of October 2024, Voyager 1 is approximately 24.7 billion kilometers from Earth " + a("01:00") + ".", "",
                "Interest in slow living grew steadily over the last five years across Europe " + a("02:00") + ".", "",
                "Voyager 1 crossed into interstellar space in August 2012, decades after its launch " + a("03:00") + "."));

        assertThat(answers(cards)).doesNotContain("October 2024", "five years").contains("August 2012");
    }

    @Test
    void a_heading_asking_why_or_yes_or_no_makes_no_card_while_one_asking_what_does() {
        List<CardDraft> cards = generate(note("viz.md", "Data visualisation",
                "## Why Visualize Data?", "", "A table of numbers is hard to read at a glance " + a("01:00") + ".", "",
                "## Is Matplotlib the Answer?", "", "Matplotlib draws every kind of chart from Python " + a("02:00") + ".", "",
                "## What is Seaborn?", "", "Seaborn is a plotting library built on top of Matplotlib " + a("03:00") + "."));

        assertThat(ofKind(cards, CardKind.EXPLAIN)).extracting(CardDraft::front)
                .contains("What is Seaborn?").doesNotContain("Why Visualize Data?", "Is Matplotlib the Answer?");
    }

    @Test
    void a_sentence_whose_only_verbs_are_in_a_relative_clause_or_not_finite_makes_no_cloze() {
        List<CardDraft> cards = generate(note("ufo.md", "Flying discs",
                "A German technician who claimed to have worked on a disc-shaped craft in Prague that made its first flight in "
                        + "February 1945 " + a("01:00") + ".", "",
                "Essential for increasing BDNF and supporting the Hoxworth pathway " + a("02:00") + ".", "",
                "Engineers at Avro Canada built the Avrocar, a disc-shaped aircraft, in 1959 " + a("03:00") + "."));

        assertThat(answers(cards)).doesNotContain("February 1945", "Hoxworth pathway").contains("Avro Canada");
    }

    @Test
    void a_why_card_needs_an_effect_with_a_verb_of_its_own_and_a_cause_that_ends_where_the_sentence_does() {
        List<CardDraft> cards = generate(note("work.md", "Remote work",
                "Employees who moved away from Zurich or to different cantons because of remote work flexibility may now be "
                        + "forced to move back " + a("01:00") + ".", "",
                "The perception that building scalable Zapier systems is easy due to simplified agency narratives is a fallacy "
                        + a("02:00") + ".", "",
                "Basel offices emptied quickly because commuting took over an hour each way " + a("03:00") + "."));

        assertThat(ofKind(cards, CardKind.EXPLAIN)).extracting(CardDraft::front)
                .containsExactly("Basel offices emptied quickly. Why?");
    }

    @Test
    void a_name_written_with_a_short_is_stands_for_his_and_they_without_it() {
        List<CardDraft> cards = generate(note("manga.md", "Inio Asano",
                "Asano's known for a hyperrealism that blends photographs into drawings " + a("01:00") + ". "
                        + "His team recreated real-world locations in Cinema 4D for complex scenes " + a("01:10") + ".", "",
                "OceanGate's been running deep-sea expeditions for wealthy clients " + a("02:00") + ". "
                        + "They began offering Titanic tours in July 2021 " + a("02:10") + "."));

        assertThat(cards).extracting(c -> c.front() + " " + c.back()).noneMatch(f -> f.contains("'s's") || f.contains("OceanGate's began"));
        assertThat(cards).extracting(CardDraft::front).contains("[...] began offering Titanic tours in July 2021.");
    }

    @Test
    void a_lead_in_is_no_context_for_the_this_after_it() {
        List<CardDraft> cards = generate(note("shopify.md", "Shopify for X",
                "Some specific ideas for Shopify for X include:", "",
                "This would allow users to build marketplaces without code, such as an Etsy-style marketplace " + a("01:00") + "."));

        assertThat(cards).extracting(CardDraft::front).noneMatch(f -> f.contains("include: This"));
    }

    @Test
    void a_person_is_asked_who_and_an_acronym_card_ends_on_a_sentence() {
        List<CardDraft> cards = generate(note("people.md", "Wonder weapons",
                "- **Rudolf Schriever**: A German technician who claimed to have built a disc-shaped craft " + a("01:00") + ".", "",
                "Dr. Dale Bredesen is an internationally recognized expert in neurodegenerative diseases " + a("02:00") + ".", "",
                "Only leukemia that can cause Disseminated Intravascular Coagulation (DIC) " + a("03:00") + "."));

        assertThat(cards).extracting(CardDraft::front).contains("Who is “Rudolf Schriever”?", "Who is Dr. Dale Bredesen?")
                .doesNotContain("What is “Rudolf Schriever”?", "What is Dr. Dale Bredesen?");
        assertThat(ofKind(cards, CardKind.ACRONYM)).extracting(CardDraft::back)
                .containsExactly("DIC stands for Disseminated Intravascular Coagulation.");
    }

    @Test
    void a_list_stem_loses_the_connective_that_ties_it_to_a_sentence_not_shown() {
        List<CardDraft> cards = generate(note("rlhf.md", "RLHF",
                "RLHF captures human preferences over whole sequences " + a("00:50") + ". However, RLHF has two main challenges:",
                "1.  **Reward Model Training**: It requires a separate reward model " + a("01:00") + ".",
                "2.  **Preference Data**: It relies on costly human annotation " + a("01:10") + "."));

        assertThat(ofKind(cards, CardKind.LIST)).extracting(CardDraft::front)
                .containsExactly("RLHF has two main challenges — name both, in order.");
    }

    @Test
    void a_sentence_about_the_presenter_makes_no_cloze() {
        List<CardDraft> cards = generate(note("demo.md", "Hosting",
                "The presenter notes that Render offers free credits for hosting the demo " + a("02:00") + ".", "",
                "The speaker believes Basmanny justice is better for them than The Hague " + a("02:30") + ".", "",
                "The Kyoto Protocol was adopted in December 1997 after two years of talks " + a("03:00") + "."));

        assertThat(answers(cards)).doesNotContain("Render", "Basmanny justice", "Hague");
        assertThat(cards).extracting(c -> c.source().seconds().orElse(-1)).contains(180).doesNotContain(120, 150);
    }

    @Test
    void another_name_in_brackets_beside_the_gap_gives_it_away() {
        List<CardDraft> cards = generate(note("turkey.md", "Turkish independence",
                "Turkish nationalist forces, led by Mustafa Kemal (later Atatürk), fought back at Sakarya " + a("01:00") + ".", "",
                "Poland allocated 2 billion zlotys (comparable to 500 million euros) to the Ammunition Reserve " + a("02:00") + "."));

        assertThat(answers(cards)).doesNotContain("Mustafa Kemal", "2 billion zlotys");
    }

    @Test
    void a_count_of_what_the_sentence_points_to_is_no_gap() {
        List<CardDraft> cards = generate(note("somalia.md", "Somalia",
                "Days later, Somaliland became independent, and the two countries officially merged into Somalia " + a("01:00") + ".", "",
                "There were 17 provinces in Mandatory Somaliland, 11 of which had already held elections " + a("02:00") + ".", "",
                "The Somali Youth League won 83 seats in the 1960 election " + a("03:00") + "."));

        assertThat(answers(cards)).doesNotContain("two countries", "17 provinces").contains("83 seats");
    }

    @Test
    void a_month_at_the_end_of_a_sentence_is_asked_without_the_full_stop() {
        List<CardDraft> cards = generate(note("case.md", "The interrogation",
                "Dougherty said their last contact was a text message sent in July. "
                        + "Detectives found the message on Savannah's second phone in March " + a("01:00") + "."));

        assertThat(answers(cards)).doesNotContain("July.");
        assertThat(cards).flatExtracting(CardDraft::options).doesNotContain("July.");
    }

    @Test
    void a_contrast_asks_only_of_the_two_sides_its_subject_positions() {
        List<CardDraft> cards = generate(note("dos.md", "MS-DOS",
                "MS-DOS was priced significantly cheaper ($60 compared to $175 for CP/M), so buyers chose it " + a("01:00") + ".", "",
                "Vision Mamba improves GPU memory use compared to ViTs at high resolutions " + a("02:00") + ".", "",
                "SAP offers its own HANA Cloud Service (HCS) while also providing Business Technology Platform (BTP) to "
                        + "customers who prefer it " + a("03:00") + "."));

        assertThat(ofKind(cards, CardKind.COMPARE)).extracting(CardDraft::front)
                .containsExactly("How does SAP position HCS versus BTP?");
    }

    @Test
    void an_opening_participle_is_no_name_for_they_to_stand_for() {
        List<CardDraft> cards = generate(note("ibm.md", "Project Chess",
                "Having missed the minicomputer era to DEC, IBM aimed to enter the personal computing market " + a("01:00") + ". "
                        + "They formed a secret \"Skunk Works\" division in Boca Raton, Florida, called Project Chess " + a("01:10") + "."));

        assertThat(cards).extracting(CardDraft::front).noneMatch(f -> f.startsWith("Having formed"));
    }

    @Test
    void this_as_the_object_that_ends_a_clause_is_read_after_the_sentence_it_points_to() {
        List<CardDraft> cards = generate(note("gut.md", "Cravings",
                "Gut flora ferment fibre into short-chain fatty acids " + a("01:00") + ".", "",
                "Dr. Emeran Mayer elaborated on this, explaining that studies link gut flora to food cravings " + a("02:00") + "."));

        assertThat(cards).extracting(CardDraft::front)
                .allMatch(f -> !f.contains("elaborated on this") || f.startsWith("Gut flora ferment"));
    }

    @Test
    void a_gap_never_cuts_a_phrase_other_channels_say_nor_a_surname_with_a_capital_of_its_own() {
        List<CardDraft> cards = generate(note("mlops.md", "MLOps",
                "Introduction to MLOps and UnionML addresses the challenges of deploying machine learning models and "
                        + "streamlines the ML workflow " + a("01:00") + ".", "",
                "The bad cop detailed Terri Lynn McClintock's confession, emphasizing her remorse " + a("02:00") + "."));

        assertThat(answers(cards)).doesNotContain("deploying machine", "Terri Lynn");
    }

    @Test
    void a_numbered_label_an_amount_and_a_label_of_several_words_asked_in_reverse_make_no_term_card() {
        List<CardDraft> cards = generate(note("moats.md", "Economic moats",
                "Types of economic moats:", "",
                "*   **Brand Moat**: A powerful brand creates loyalty that makes it hard for new entrants to compete " + a("01:00") + ".",
                "*   **Low-Cost Provider**: A company that makes goods at a lower cost than its rivals can " + a("01:05") + ".",
                "*   **Example 1**: An image of a swan floating on water was uploaded to the Flux app " + a("01:10") + ".",
                "*   **Hugueley**: A star lacrosse player who became an All-American athlete at Virginia " + a("01:20") + ".", "",
                "**75 cents** is the maximum you can spend from each dollar under the Ramsey plan " + a("02:00") + "."));

        assertThat(cards).extracting(CardDraft::front)
                .noneMatch(f -> f.startsWith("Which term is this: “A powerful brand") || f.startsWith("Which term is this: “A company"))
                .doesNotContain("What is “Example 1”?", "What is 75 cents?", "What is “Hugueley”?");
    }

    @Test
    void a_why_card_needs_the_cause_to_attach_to_the_whole_effect_and_a_main_verb_outside_asides() {
        List<CardDraft> cards = generate(note("latency.md", "Latency",
                "For a support bot, low latency is critical, whereas for an analyst at Lazard a longer wait is acceptable "
                        + "due to the high stakes of the decision " + a("01:00") + ".", "",
                "Reliance on tolkachi, fixer-type individuals who informally met the Gosplan quotas, due to clogged "
                        + "formal channels " + a("02:00") + ".", "",
                "Access to expertise, data quality and conflicting timelines (experiments are useful long in advance) "
                        + "due to powerful precedent " + a("03:00") + ".", "",
                "Lazard analysts tolerate slower answers because each report moves millions of dollars " + a("04:00") + "."));

        assertThat(ofKind(cards, CardKind.EXPLAIN)).extracting(CardDraft::front)
                .containsExactly("Lazard analysts tolerate slower answers. Why?");
    }

    @Test
    void a_year_is_offered_only_among_years_of_its_decade() {
        List<CardDraft> cards = generate(note("chips.md", "Counterfeit chips",
                "Counterfeit incidents at Kestrel Semiconductor rose sharply from 2005 onwards " + a("01:00") + ".", "",
                "Kestrel's first audit of the supply chain came in 2001 " + a("02:00") + ".", "",
                "A second Kestrel audit in 2009 found fewer fake parts " + a("03:00") + ".", "",
                "Kestrel was founded in Dundee in 1991 " + a("04:00") + ".", "",
                "Kestrel moved its fab to Oregon in 2019 " + a("05:00") + ".", "",
                "Kestrel opened a test lab in Penang in 2003 " + a("06:00") + ".", "",
                "Kestrel listed its shares in Frankfurt in 2012 " + a("07:00") + "."));

        CardDraft lab = cards.stream().filter(c -> c.answer().equals("2003")).findFirst().orElseThrow();
        assertThat(lab.kind()).isEqualTo(CardKind.CHOICE);
        assertThat(lab.options()).hasSize(4).doesNotContain("1991", "2019");
    }
}
