package dev.cuecards.cards;

import dev.cuecards.language.Chars;
import dev.cuecards.language.CommonNouns;
import dev.cuecards.language.Regex;
import dev.cuecards.notes.Claim;
import dev.cuecards.notes.ClaimRole;
import dev.cuecards.notes.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cloze cards: a claim with its key phrase replaced by {@code [...]}, one or two per claim. Where three distractors
 * of the answer's own kind are at hand the card is asked as multiple choice instead, never both ways.
 */
final class ClozeCards {

    private static final java.util.Set<String> MODALS = java.util.Set.of("can", "could", "will", "would", "should", "may", "might", "must");
    private static final java.util.Set<String> IRREGULAR_PARTICIPLES = java.util.Set.of("built", "made", "known", "seen", "taken", "given",
            "written", "held", "found", "born", "led", "kept", "sold", "told", "brought", "bought", "thought", "taught", "chosen", "driven");

    static final String GAP = "[...]";
    private static final int LONG_CLAIM = 110;
    /**
     * Answers recognised fairly among options of their own type: names, numbers and dates. A concept stays a cloze
     * to recall, since the other phrases of a note are seldom plausible wrong answers for it.
     */
    private static final java.util.Set<PhraseType> ASKED_AS_CHOICE = java.util.EnumSet.of(PhraseType.PERSON, PhraseType.NAME,
            PhraseType.ACRONYM, PhraseType.YEAR, PhraseType.DATE, PhraseType.PERCENT, PhraseType.MONEY, PhraseType.DURATION,
            PhraseType.QUANTITY, PhraseType.COUNT, PhraseType.VALUE);

    /** A sibling item: a name or a number of up to three words ("Langchain", "Crew AI", "30"). */
    private static final String ITEM = "[\\p{Lu}\\d][^\\s,;:()]*(?:\\s+[^\\s,;:()]+){0,2}";
    private static final String NOT_A_CLAUSE = "(?!(?:more|less|so|fewer|higher|lower|longer|above|below|up|that|then|the|a|an|is|was|it|its|this|these|those"
            + "|which|who|so|also|therefore|thus|other|others|more)\\b)";
    private static final Pattern LISTED_BEFORE = Pattern.compile("(?:(?:,|\\(|\\blike|\\bsuch as|\\bincluding|\\be\\.g\\.,?|\\bi\\.e\\.,?)\\s*" + ITEM + ","
            + "|(?:\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred))%?\\s*(?:to|-|–)"
            + "|\\s(?:and|or|nor)|\\blike|\\bsuch as|\\bincluding|\\bespecially|\\be\\.g\\.,?|\\bi\\.e\\.,?|\\bvs\\.?|\\bversus)\\s*\\(?\\s*$");
    private static final Pattern LISTED_AFTER = Pattern.compile("^(?:\\s*(?:to|-|–)\\s*[$€£]?\\d|\\s+(?:and|or|nor|vs\\.?|versus)\\s+" + NOT_A_CLAUSE
            + "|\\s*,\\s*(?:and\\s+|or\\s+)?" + ITEM + "(?:,|\\s(?:and|or)\\s))");
    private static final int SHORTEST_UNVERBED = 8;
    private static final Pattern POINTS_BACK = Pattern.compile("(?<=\\s)(?:this|these|those|such)\\s+(?!is\\b|was\\b|are\\b|means\\b|way\\b|year\\b|week\\b|month\\b|time\\b)[a-z]+"
            + "|^(?:The|Its|Their)\\s+(?:company|firm|startup|team|platform|app|tool|product|service|group|organi[sz]ation|government|country|city"
            + "|project|speaker|author|host|guest|band|show|book|film|study|report|paper|device|brand|network|protocol|agency)\\b"
            // "X elaborated on this, explaining…": "this" as an object ends a clause and means what was said before
            + "|\\b(?:on|about|to|of|with|from|by|for|upon)\\s+(?:this|that|these|those)(?=\\s*[,.;:])");
    /**
     * A sentence about the presenter or the video ("The presenter notes that Render is cost-effective", "the speaker
     * believes…") tells how the point was made, not the point: read blind, none of the three such gaps was
     * kept.
     */
    private static final Pattern ABOUT_THE_TALK = Pattern.compile("(?i)\\bthe (?:speaker|presenter|narrator|host|author)(?:'s|’s|\\s+(?:also\\s+)?[a-z]+[^s\\W]s\\b)"
            + "|(?i)\\bthe video\\s+(?:also\\s+)?(?:shows|explains|covers|discusses|demonstrates|describes|highlights|notes|mentions|features)\\b");
    private static final Pattern PERSONAL_PRONOUN = Pattern.compile("\\b(?:he|she|him|his|her|hers)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SIGN_BESIDE_GAP = Pattern.compile("\\[\\.\\.\\.][%‰°]|[$€£¥]\\s?\\[\\.\\.\\.]");
    /**
     * A gap after an initial ("Robert F. [...]") or after a possessive that names ("Children's [...] Research
     * Institute"): each cuts the name it stands in.
     */
    private static final Pattern PART_OF_NAME_BESIDE_GAP = Pattern.compile("(?<![\\p{L}.])[\\p{Lu}]\\.\\s\\[\\.\\.\\.]"
            + "|\\b(?:Children|Women|Men|People|Workers|Girls|Boys|Veterans|Citizens|Farmers)['’]s?\\s\\[\\.\\.\\.]"
            + "|\\b[\\p{Lu}][\\p{L}'’-]*\\s&\\s\\[\\.\\.\\.]|\\[\\.\\.\\.]\\s&\\s[\\p{Lu}]");
    /**
     * A name gapped before the rest of it: "of" or a particle and a capitalised word ("[...] of Legends", "[...] do
     * Paraíso", "[...] von Ardenne"), or a number that ends it ("[...] 1-2-3").
     */
    private static final Pattern NAME_GOES_ON = Pattern.compile("\\[\\.\\.\\.]\\s(?:(?:of|do|da|de|del|della|dos|das|du|von|van|der)\\s(?:the\\s)?[\\p{Lu}]"
            + "|\\d+(?:-\\d+)+\\b)");
    private static final Set<PhraseType> NAMES = java.util.EnumSet.of(PhraseType.NAME, PhraseType.PERSON, PhraseType.TERM, PhraseType.LABEL);
    // "[...] McClintock": a surname may hold a capital of its own
    private static final Pattern NAME_BESIDE_GAP = Pattern.compile("(?<![.!?:]\\s)(?<!^)\\b[\\p{Lu}][\\p{Ll}]+(?:[\\p{Lu}][\\p{Ll}]+)?\\s\\[\\.\\.\\.]"
            + "|\\[\\.\\.\\.]\\s[\\p{Lu}][\\p{Ll}]+(?:[\\p{Lu}][\\p{Ll}]+)?\\b");

    private ClozeCards() {
    }

    static List<Candidate> write(NoteContext note, Distractors distractors) {
        List<Candidate> cards = new ArrayList<>();
        for (int i = 0; i < note.claims().size(); i++) {
            String own = note.claim(i).text();
            Optional<String> standing = note.standAlone(i);
            // "…works against you in this path", "The company now features…": a sentence pointing back needs the one
            // before it as much as one opening with "This".
            boolean pointsBack = standing.isPresent() && POINTS_BACK.matcher(standing.get()).find();
            Optional<String> before = standing.isPresent() && !pointsBack ? Optional.of("") : note.leadingContext(i).map(c -> c + " ");
            ClaimRole role = note.claim(i).role();
            if (before.isEmpty() || !note.makesCards(i) || role instanceof ClaimRole.Heading || role instanceof ClaimRole.TableRow) {
                continue;
            }
            if (!before.get().isBlank() && !standsOnItsOwn(note.tagged(before.get().strip()))) {
                continue; // "Provides a 300-mile rated range. This rating…": the sentence shown first has no subject itself
            }
            String text = standing.orElse(own);
            if (ABOUT_THE_TALK.matcher(own).find()) {
                continue;
            }
            List<Phrase> found = note.phrases(i, text);
            if (!isSentence(note.tagged(text)) || note.tagged(text).lacksMainVerb() || isFragmentItem(role, note.tagged(text)) || cutInAQuotation(text) || before.get().isEmpty() && hasUnshownReferent(text, found)) {
                continue;
            }
            // "Targeted the Kerch Strait bridge…" says what was done, not who did it: only its list's lead-in can.
            Optional<String> leadIn = leadInOf(role).filter(l -> !opensWithoutSubject(note.tagged(l)));
            boolean subjectless = opensWithoutSubject(note.tagged(text));
            if (subjectless && leadIn.isEmpty()) {
                continue;
            }
            Optional<String> lead = subjectless
                    ? leadIn.map(l -> l + (l.strip().endsWith(":") ? " " : ": ")) : before;
            Claim claim = note.claim(i);
            String headings = String.join(" ", claim.sectionPath());
            List<Phrase> phrases = found.stream()
                    .filter(p -> p.score() >= KeyPhrases.WORTH_A_GAP && !note.isTopic(p.text())
                            && !KeyPhrases.isWidelySaid(p, claim, CommonNouns.get()) && !Answers.shownIn(p.text(), note.note().title(), note)
                            && !Answers.shownIn(p.text(), lead.get() + gapped(text, p.text()), note) && !isListed(text, p) && !isAside(text, p) && !inLabel(text, p)
                            && !numberSaidBeside(text, headings, p) && !restatedAmount(text, headings, p) && !aliasBeside(text, p) && !countOfThemselves(text, p) && !cutsASaidPhrase(text, p) && !yearSaidShort(text, p) && !yearBetween(text, p) && !isWholeOrNone(p) && !isTimeFrame(text, p) && !workedOutFrom(text, p) && !inArithmetic(text, p) && !isDottedInitials(p.text())
                            && !inLinkedTitle(claim, text, p))
                    .toList();
            for (Gap gap : choose(note.claim(i), own, phrases, text.length() > LONG_CLAIM ? 2 : 1)) {
                Phrase phrase = gap.phrase();
                String gappedText = gapped(text, phrase.text());
                if (!gappedText.contains(GAP) || cutsAName(gappedText) || NAMES.contains(phrase.type()) && NAME_GOES_ON.matcher(gappedText).find()) {
                    continue;
                }
                String front = lead.get() + gappedText;
                if (wordsAround(front) < QualityGates.FEWEST_CLOZE_WORDS && !subjectless) {
                    Optional<String> context = shortContext(note, i);
                    if (context.isPresent() && context.get().strip().endsWith(":") && Referents.opensWithPronoun(text)) {
                        continue; // "Examples include: This …" reads as nothing
                    }
                    if (context.isPresent() && opensWithoutSubject(note.tagged(context.get().strip()))) {
                        continue; // "Requires twelve hours over hickory. An example is [...] barbecue." has nothing to stand on
                    }
                    front = context.orElse("") + front;
                }
                String shown = front.replace(GAP, " ");
                if (!gapped(shown, phrase.text()).equals(shown)) {
                    continue; // the sentence shown before it says the answer as written ("Q*", whatever its letters)
                }
                String back = phrase.text() + " — " + own;
                int position = Math.max(0, own.indexOf(phrase.text())) + phrase.text().length();
                List<String> options = ASKED_AS_CHOICE.contains(phrase.type())
                        ? distractors.optionsFor(phrase, note.note(), front + " " + note.contextFor(i, phrase.text())) : List.of();
                Candidate card = Candidate.of(CardKind.CLOZE, i, front, back, phrase.text(), phrase.text()).sourcedAfter(position);
                cards.add(options.isEmpty() ? card : card.asChoice(options));
            }
        }
        return cards;
    }

    /** A phrase to gap, and the claim's timestamp it links to (-1: the one said right after it). */
    private record Gap(Phrase phrase) {
    }

    /**
     * The gaps to make: for a claim said over several moments, the best phrase said before each moment, so each
     * moment with a good phrase of its own gets its card, linked to where that phrase was said; a moment with none
     * gets none rather than a phrase said at another moment. Otherwise the best one or two phrases.
     */
    private static List<Gap> choose(Claim claim, String own, List<Phrase> phrases, int wanted) {
        List<Gap> chosen = new ArrayList<>();
        List<Integer> moments = claim.timestamps().stream().map(Timestamp::seconds).distinct().toList();
        if (moments.size() > 1) {
            int from = 0;
            List<Integer> seen = new ArrayList<>();
            for (Timestamp stamp : claim.timestamps()) {
                int segmentStart = from;
                from = stamp.position();
                if (seen.contains(stamp.seconds())) {
                    continue;
                }
                seen.add(stamp.seconds());
                phrases.stream().filter(p -> unused(chosen, p)).filter(p -> within(own, p, segmentStart, stamp.position())).findFirst()
                        .map(Gap::new).ifPresent(chosen::add);
            }
            return chosen;
        }
        for (Phrase phrase : phrases) {
            if (chosen.size() < wanted && unused(chosen, phrase)) {
                chosen.add(new Gap(phrase));
            }
        }
        return chosen;
    }

    /**
     * True when the phrase is one item of a list, pair or range the sentence gives ("like MySQL and [...]",
     * "Langchain, [...], Mao", "minimum and [...]", "[...] and POST", "four to [...]"): any other member would fit
     * the gap as well, or the rest gives it away.
     */
    static boolean isListed(String text, Phrase phrase) {
        int at = text.indexOf(phrase.text());
        if (at < 0) {
            return false;
        }
        return LISTED_BEFORE.matcher(text.substring(0, at)).find() || LISTED_AFTER.matcher(text.substring(at + phrase.text().length())).find();
    }

    /**
     * True when a gap stands between capitalised words it belongs with: an occurrence of the answer inside a longer
     * name ("Elastic [...] Service") or a title cut ("The [...] Broke the World").
     */
    static boolean cutsAName(String gappedText) {
        if (SIGN_BESIDE_GAP.matcher(gappedText).find()) {
            return true; // "[...]% was acceptable": the number's sign belongs to its answer
        }
        if (PART_OF_NAME_BESIDE_GAP.matcher(gappedText).find()) {
            return true;
        }
        Matcher m = NAME_BESIDE_GAP.matcher(gappedText);
        while (m.find()) {
            String word = m.group().replace(GAP, "").strip();
            if (!Set.of("The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "Of", "To", "And", "Or", "But", "As", "If", "When",
                    "While", "After", "Before", "Since", "Like", "Despite", "Unlike", "Although", "Because").contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the phrase stands in a label that opens the sentence ("Building User-Centric Products in Diverse
     * Markets: The theory ensures…"): a heading's words, not what the sentence says.
     */
    static boolean inLabel(String text, Phrase phrase) {
        int colon = text.indexOf(": ");
        if (colon < 0 || phrase.start() >= colon) {
            return false;
        }
        String[] words = Regex.split(text.substring(0, colon).strip(), "\\s+");
        long capitalised = java.util.Arrays.stream(words).filter(w -> !w.isEmpty() && !Character.isLowerCase(w.charAt(0))).count();
        boolean small = java.util.Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.isEmpty() ? 'A' : w.charAt(0))
                || Regex.matches(w, "a|an|the|of|in|on|for|and|or|to|with|by|vs\\.?|at|as|from"));
        return words.length <= 10 && capitalised >= 2 && small;
    }

    private static final Set<PhraseType> AMOUNTS = java.util.EnumSet.of(PhraseType.PERCENT, PhraseType.MONEY, PhraseType.DURATION,
            PhraseType.QUANTITY, PhraseType.COUNT, PhraseType.VALUE);

    /**
     * True when an amount's number is said again around it: twice more in the sentence, or in its headings and once
     * more ("The Rule of 100" over "100 primary actions over [...]" for 100 days). Said once more only, it is mostly
     * another amount ("improved 20 times over the past [...]").
     */
    static boolean numberSaidBeside(String text, String headings, Phrase phrase) {
        Matcher number = Regex.of("\\d[\\d,.]*").matcher(phrase.text());
        if (!AMOUNTS.contains(phrase.type()) || !number.find() || phrase.start() < 0 || phrase.end() > text.length()) {
            return false;
        }
        String digits = number.group();
        while (digits.endsWith(".") || digits.endsWith(",")) {
            digits = digits.substring(0, digits.length() - 1);
        }
        // every occurrence of the answer itself is gapped, so only another amount's number gives it away
        String rest = (text.substring(0, phrase.start()) + " " + text.substring(phrase.end())).replace(phrase.text(), " ");
        int inSentence = timesSaid(rest, digits);
        return inSentence >= 2 || timesSaid(headings, digits) > 0;
    }

    /**
     * True when a quotation opens and does not close ("noted three things about Bill Gates: "He was really smart."):
     * the note's sentence was cut inside it, and the card would show half a quotation.
     */
    static boolean cutInAQuotation(String text) {
        long straight = text.chars().filter(c -> c == '"').count();
        long opening = text.chars().filter(c -> c == '“').count();
        long closing = text.chars().filter(c -> c == '”').count();
        return straight % 2 == 1 || opening > closing;
    }

    private static final Pattern WRITTEN_AMOUNT = Pattern.compile("(?i)(?<![\\w.,])(\\d[\\d,]*(?:\\.\\d+)?)\\s*(k|thousand|m|mn|million|b|bn|billion|tn|trillion)?(?![\\w])");
    private static final Pattern CONVERTED_AFTER = Pattern.compile("^\\s*\\(\\s*(?:about|approximately|approx\\.|roughly|around|nearly|comparable to|equivalent to|equal to|~|≈|or|i\\.e\\.,?)?\\s*[$€£¥₹]?\\d[\\d,.]*\\s*[\\p{L}%]");
    private static final Pattern CONVERTED_BEFORE = Pattern.compile("[$€£¥₹]?\\d[\\d,.]*\\s*[\\p{L}%][\\p{L}%-]*\\s*\\(\\s*(?:about|approximately|approx\\.|roughly|around|nearly|~|≈|or|i\\.e\\.,?)?\\s*$");

    /**
     * True when the gap's first or last word runs on into a phrase other channels say, so the gap cuts it: "[...]
     * learning models" for "deploying machine" (machine learning), "A natural [...]" (natural language), "Hero's [...]"
     * (hero's journey), "[...] bond yields" for "10-year". Read blind, 2 of 12 such cards were kept.
     */
    static boolean cutsASaidPhrase(String text, Phrase phrase) {
        if (phrase.start() < 0 || phrase.end() > text.length()) {
            return false;
        }
        String[] inside = Regex.split(phrase.text().strip(), "\\s+");
        List<String> after = wordsBeside(text.substring(phrase.end()), true);
        List<String> before = wordsBeside(text.substring(0, phrase.start()), false);
        CommonNouns said = CommonNouns.get();
        for (int n = 1; n <= after.size(); n++) {
            if (said.channelsSaying(inside[inside.length - 1] + " " + String.join(" ", after.subList(0, n))) >= 2) {
                return true;
            }
        }
        for (int n = 1; n <= before.size(); n++) {
            if (said.channelsSaying(String.join(" ", before.subList(before.size() - n, before.size())) + " " + inside[0]) >= 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Up to two words right beside a gap, as written, nearest last before it and nearest first after it: only when a
     * space alone parts the first of them from the gap, none is a function word, and no punctuation ends one.
     */
    private static List<String> wordsBeside(String side, boolean following) {
        List<String> kept = new ArrayList<>();
        if (side.isEmpty() || !Character.isWhitespace(following ? side.charAt(0) : side.charAt(side.length() - 1))) {
            return kept;
        }
        String[] words = Regex.split(side.strip(), "\\s+");
        for (int n = 0; n < Math.min(2, words.length); n++) {
            String word = following ? words[n] : words[words.length - 1 - n];
            boolean plain = Regex.matches(word, "[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
            if (!plain || BESIDE_STOPWORDS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                break;
            }
            kept.add(following ? kept.size() : 0, word);
        }
        return kept;
    }

    private static final Set<String> BESIDE_STOPWORDS = Set.of("the", "a", "an", "at", "around", "of", "in", "on", "for", "to",
            "by", "with", "from", "about", "over", "under", "as", "and", "or", "is", "are", "was", "were", "its", "their", "his", "her",
            "this", "that", "these", "those", "some", "all", "also", "than", "into", "onto", "nearly", "approximately");

    /** "[...] (later Atatürk)", "[...] (formerly Twitter)": the other name of the answer, beside it. */
    private static final Pattern ALIAS_AFTER = Pattern.compile("^\\s*\\(\\s*(?:later|formerly|now|once|aka|a\\.k\\.a\\.|also known as|also called|née|born)\\s+[\\p{Lu}]");

    /** True when the gap is followed by another name for it in brackets, which says the answer to anyone who knows it. */
    static boolean aliasBeside(String text, Phrase phrase) {
        return phrase.end() <= text.length() && ALIAS_AFTER.matcher(text.substring(phrase.end())).find();
    }

    /**
     * True for a count of things the sentence already points to: "These [...] are dynamic" (three components), "The
     * [...] officially merged" (two countries), "There were [...], 11 of which…": the number is what the sentence
     * says of them, and the gap takes away what they are.
     */
    static boolean countOfThemselves(String text, Phrase phrase) {
        return phrase.type() == PhraseType.COUNT && phrase.start() >= 0 && phrase.start() <= text.length()
                && COUNTED_BEFORE.matcher(text.substring(0, phrase.start())).find();
    }

    private static final Pattern COUNTED_BEFORE = Pattern.compile("(?i)(?:^|\\s)(?:the|these|those|the remaining|there were|there are|there was|there is)\\s*$");

    /**
     * True when an amount is said again in another form: converted beside its gap ("more than [...] (approximately
     * 300 meters)", "1,000 feet ([...])") or written with another multiplier in the sentence or its headings ("Making the
     * first [...]" for $100,000 under "The challenges of making the first 100k").
     */
    static boolean restatedAmount(String text, String headings, Phrase phrase) {
        if (!AMOUNTS.contains(phrase.type()) || phrase.start() < 0 || phrase.end() > text.length()) {
            return false;
        }
        if (CONVERTED_AFTER.matcher(text.substring(phrase.end())).find() || CONVERTED_BEFORE.matcher(text.substring(0, phrase.start())).find()) {
            return true;
        }
        Matcher own = WRITTEN_AMOUNT.matcher(phrase.text());
        if (!own.find()) {
            return false;
        }
        double value = valueOf(own);
        String written = own.group().replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
        boolean multiplied = own.group(2) != null;
        Matcher other = WRITTEN_AMOUNT.matcher(text.substring(0, phrase.start()) + " " + text.substring(phrase.end()) + " " + headings);
        while (other.find()) {
            boolean differs = !other.group().replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT).equals(written);
            if (differs && (multiplied || other.group(2) != null) && Math.abs(valueOf(other) - value) < 1e-9 * Math.max(1, value)) {
                return true;
            }
        }
        return false;
    }

    private static double valueOf(Matcher amount) {
        double number = Double.parseDouble(amount.group(1).replace(",", ""));
        String multiplier = amount.group(2) == null ? "" : amount.group(2).toLowerCase(java.util.Locale.ROOT);
        return number * switch (multiplier) {
            case "k", "thousand" -> 1e3;
            case "m", "mn", "million" -> 1e6;
            case "b", "bn", "billion" -> 1e9;
            case "tn", "trillion" -> 1e12;
            default -> 1;
        };
    }

    private static final Pattern FRAME_BEFORE = Pattern.compile("(?i)(?:\\bthe\\s+(?:past|last|next|coming)|\\bas\\s+of(?:\\s+(?:early|late|mid-?))?)\\s*$");

    /**
     * True for the time frame of a claim rather than its content: a span after "the past", "the last" or "the next"
     * ("grew over the last [...]", "for the next [...]") or the date after "As of" ("As of [...], Voyager 1 is…"). Read
     * blind, 7 of 9 such gaps were dropped.
     */
    static boolean isTimeFrame(String text, Phrase phrase) {
        boolean when = phrase.type() == PhraseType.DURATION || phrase.type() == PhraseType.DATE || phrase.type() == PhraseType.YEAR;
        return when && phrase.start() >= 0 && phrase.start() <= text.length() && FRAME_BEFORE.matcher(text.substring(0, phrase.start())).find();
    }

    /**
     * True for a share of all, none or the idiom's "110 %": "initially owned [...] of the company", "maintaining [...]
     * ownership" is the first guess of any reader (read blind, all three such gaps were dropped as guessable).
     */
    static boolean isWholeOrNone(Phrase phrase) {
        return phrase.type() == PhraseType.PERCENT && Regex.matches(phrase.text().strip(), "(?:100|0|110)\\s?(?:%|percent)");
    }

    /** "Five employees by the end of 1977 … in [...] … by 1979": a year whose year before and year after the sentence says. */
    static boolean yearBetween(String text, Phrase phrase) {
        if (phrase.type() != PhraseType.YEAR || !Regex.matches(phrase.text(), "(?:19|20)\\d{2}") || phrase.start() < 0 || phrase.end() > text.length()) {
            return false;
        }
        int year = Integer.parseInt(phrase.text());
        String rest = text.substring(0, phrase.start()) + " " + text.substring(phrase.end());
        return Regex.of("\\b" + (year - 1) + "\\b").matcher(rest).find() && Regex.of("\\b" + (year + 1) + "\\b").matcher(rest).find();
    }

    /** "Windows 95 … on [...]" for August 24, 1995: a year whose last two digits the sentence says. */
    static boolean yearSaidShort(String text, Phrase phrase) {
        Matcher year = Regex.of("\\b(?:19|20)(\\d{2})\\b").matcher(phrase.text());
        if (phrase.type() != PhraseType.YEAR && phrase.type() != PhraseType.DATE || !year.find()
                || phrase.start() < 0 || phrase.end() > text.length()) {
            return false;
        }
        String rest = text.substring(0, phrase.start()) + " " + text.substring(phrase.end());
        return timesSaid(rest.replace("'" + year.group(1), " " + year.group(1)), year.group(1)) > 0;
    }

    private static final Pattern AMOUNT = Pattern.compile("[$€£¥]\\s?\\d[\\d,.]*(?:\\s?(?:k|K|M|B|million|billion|trillion))?|\\d[\\d,.]*\\s?%");

    /**
     * True for a sum or a share among two or more other sums and shares of its sentence ("invested $1 million for
     * [...] of the company, valuing it at $20 million"), or a number the sentence's others make ({@link
     * #isSumOrRemainder}): the answer is worked out, not recalled.
     */
    static boolean workedOutFrom(String text, Phrase phrase) {
        if (phrase.start() < 0 || phrase.end() > text.length()) {
            return false;
        }
        String rest = text.substring(0, phrase.start()) + " " + text.substring(phrase.end());
        if (isSumOrRemainder(rest, phrase)) {
            return true;
        }
        if (phrase.type() != PhraseType.MONEY && phrase.type() != PhraseType.PERCENT) {
            return false;
        }
        Matcher others = AMOUNT.matcher(rest.replace(phrase.text(), " "));
        int count = 0;
        while (others.find()) {
            count++;
        }
        return count >= 2;
    }

    private static final Pattern WHOLE_NUMBER = Pattern.compile("(?<![\\d.,])\\d{1,6}(?![\\d,]|\\.\\d)");
    private static final Pattern SHARE = Pattern.compile("(\\d{1,3}(?:\\.\\d+)?)\\s?%");

    /**
     * True for a share that the rest of 100 % is ("97% alcohol… the remaining [...]") or a whole number that two
     * others of the sentence add up to ("a [...] block where 11 bits carry the message and 4 are for redundancy").
     */
    static boolean isSumOrRemainder(String rest, Phrase phrase) {
        Matcher share = SHARE.matcher(phrase.text());
        if (phrase.type() == PhraseType.PERCENT && share.lookingAt()) {
            double answer = Double.parseDouble(share.group(1));
            Matcher other = SHARE.matcher(rest);
            while (other.find()) {
                if (Math.abs(Double.parseDouble(other.group(1)) + answer - 100) < 1e-9) {
                    return true;
                }
            }
            return false;
        }
        Matcher leading = Regex.of("^(\\d{1,6})(?![\\d,.]|\\s?%)").matcher(phrase.text());
        if (!leading.find()) {
            return false;
        }
        long answer = Long.parseLong(leading.group(1));
        List<Long> others = new ArrayList<>();
        Matcher number = WHOLE_NUMBER.matcher(rest);
        while (number.find()) {
            others.add(Long.parseLong(number.group()));
        }
        for (int i = 0; i < others.size(); i++) {
            for (int j = i + 1; j < others.size(); j++) {
                if (others.get(i) + others.get(j) == answer && others.get(i) > 0 && others.get(j) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Pattern OPERATOR_BEFORE = Pattern.compile("[\\d)]\\s*[+*×·/÷=^]\\s*$");
    private static final Pattern OPERATOR_AFTER = Pattern.compile("^\\s*[+*×·/÷^]\\s*[\\d(]|^\\s*=\\s*[\\d(][^.;]*[+*×·/÷^-]");

    /**
     * True for a number written as a term of a worked calculation ("3 + 8 = [...]", "(3 * [...]) = 4 - 6"): the
     * reader computes it from the sentence instead of recalling it.
     */
    static boolean inArithmetic(String text, Phrase phrase) {
        if (phrase.start() < 0 || phrase.end() > text.length() || !Regex.matches(phrase.text(), "[-−]?\\d[\\d,.]*")) {
            return false;
        }
        return OPERATOR_BEFORE.matcher(text.substring(0, phrase.start())).find()
                || OPERATOR_AFTER.matcher(text.substring(phrase.end())).find();
    }

    /**
     * True for initials written with stops ("U.S.", "P.N." of "P.N. Oak"): the tokenizer cuts them unevenly, so the gap
     * leaves a stray stop or half of a name, and the letters stand for what the sentence around them already says.
     */
    static boolean isDottedInitials(String phrase) {
        return Regex.matches(phrase.strip(), "(?:\\p{Lu}\\.)+\\p{Lu}?\\.*");
    }

    /**
     * True when the phrase lies in a linked phrase that reads as a title rather than a term: four words or more
     * with a small word among them ("Impact of the Russia Ukraine Conflict on Naval Strategy"). A note pastes such
     * links into its sentences; their words are a heading's, not what the sentence says.
     */
    static boolean inLinkedTitle(Claim claim, String text, Phrase phrase) {
        for (String link : claim.linkTexts()) {
            String[] words = Regex.split(link.strip(), "\\s+");
            boolean title = words.length >= 4 && java.util.Arrays.stream(words)
                    .anyMatch(w -> Regex.matches(w, "of|on|in|for|and|the|to|with|from|by|at"));
            int at = text.indexOf(link);
            if (title && at >= 0 && phrase.start() < at + link.length() && at < phrase.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a list item that is no sentence: no verb of its own outside a relative clause ("Turning the agent into
     * an API endpoint using a webhook trigger", "The ability to share data throughout the widget tree").
     */
    static boolean isFragmentItem(ClaimRole role, dev.cuecards.language.Tagged tagged) {
        if (!(role instanceof ClaimRole.ListItem) && !(role instanceof ClaimRole.NumberedStep)) {
            return false;
        }
        for (int k = 0; k < tagged.size(); k++) {
            String word = tagged.word(k).toLowerCase(java.util.Locale.ROOT);
            if (Regex.matches(word, "which|who|whom|whose|that|where|when|if|because|while|although")) {
                return true;
            }
            boolean auxiliary = tagged.tag(k).startsWith("AUX");
            // a verb right after a noun or a pronoun is the sentence's own ("containers share", "it decided")
            boolean finite = tagged.tag(k).equals("VERB") && k > 0 && (tagged.isNoun(k - 1) || tagged.tag(k - 1).equals("PRON"))
                    && !word.endsWith("ing");
            if (auxiliary || finite) {
                return false;
            }
        }
        return true;
    }


    /**
     * True when the text opens with a verb that needs a subject it does not have, as the tagger reads it: "Targeted
     * the bridge…", "Requires a license…" ("Results in…" is read as a noun and passes), "Used in devices like…",
     * "Can withstand high temperatures". An order ("Apply the method…"), a gerund ("Building agents is…"), a
     * participle before its subject ("Founded in 1975, Microsoft…") and a question ("Can it scale?") are not such
     * openings.
     */
    static boolean opensWithoutSubject(dev.cuecards.language.Tagged tagged) {
        if (tagged.size() < 2) {
            return false;
        }
        String first = tagged.word(0).toLowerCase(java.util.Locale.ROOT);
        if (tagged.tag(0).equals("AUX") && MODALS.contains(first)) {
            // "Can withstand high temperatures." is a list item's predicate; "Can transformers reason?" asks
            return tagged.tag(1).equals("VERB") && !tagged.text().strip().endsWith("?");
        }
        if (!tagged.tag(0).equals("VERB")) {
            return false;
        }
        boolean thirdPerson = Regex.matches(first, "[a-z]+[^su's]s");
        boolean participle = Regex.matches(first, "[a-z]+ed") || IRREGULAR_PARTICIPLES.contains(first);
        if (participle && (tagged.tag(1).equals("ADP") || tagged.isPunctuation(1))) {
            return !subjectAfterComma(tagged); // "Founded in 1975, Microsoft…" has one; "Used in devices like…" none
        }
        return thirdPerson || participle;
    }

    /** True when the first comma is followed by what can open a subject: "…, Microsoft grew", "…, the company hired". */
    private static boolean subjectAfterComma(dev.cuecards.language.Tagged tagged) {
        for (int i = 1; i + 1 < tagged.size(); i++) {
            if (tagged.word(i).equals(",")) {
                String next = tagged.tag(i + 1);
                boolean relative = Regex.matches(tagged.word(i + 1).toLowerCase(java.util.Locale.ROOT), "where|which|who|whom|whose|when|while|that");
                return !relative && (next.equals("DET") || next.equals("PROPN") || next.equals("NOUN") || next.equals("PRON")
                        || next.equals("NUM") || next.equals("ADJ"));
            }
        }
        return false;
    }
    private static Optional<String> leadInOf(ClaimRole role) {
        return role instanceof ClaimRole.ListItem item ? item.leadIn()
                : role instanceof ClaimRole.NumberedStep step ? step.leadIn() : Optional.empty();
    }

    /** How often the number stands in the text as a number of its own (not inside "2024", "T20" or "1,500"). */
    private static int timesSaid(String text, String digits) {
        int times = 0;
        for (int at = text.indexOf(digits); at >= 0; at = text.indexOf(digits, at + 1)) {
            int after = at + digits.length();
            boolean startsNumber = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)) && ".,".indexOf(text.charAt(at - 1)) < 0;
            boolean endsNumber = after == text.length() || !Character.isDigit(text.charAt(after))
                    && (".,".indexOf(text.charAt(after)) < 0 || after + 1 == text.length() || !Character.isDigit(text.charAt(after + 1)));
            times += startsNumber && endsNumber ? 1 : 0;
        }
        return times;
    }

    /** True when the phrase stands inside parentheses: an aside or an example, a detail no one wants to recall. */
    static boolean isAside(String text, Phrase phrase) {
        int depth = 0;
        for (int k = 0; k < Math.min(phrase.start(), text.length()); k++) {
            depth += text.charAt(k) == '(' ? 1 : text.charAt(k) == ')' ? -1 : 0;
        }
        return depth > 0;
    }

    /**
     * True when the text reads as a sentence: it does not open with an order ("Go to Customize…", "Exclude people
     * who…"), and a short one has a verb: headings, labels and fragments ("The commercialization of fairy tales by
     * Disney") make no cloze.
     */
    /** True for a sentence with a subject and a verb of its own: one that can be shown before another to explain it. */
    private static boolean standsOnItsOwn(dev.cuecards.language.Tagged tagged) {
        return isSentence(tagged) && !opensWithoutSubject(tagged) && !tagged.lacksMainVerb();
    }

    static boolean isSentence(dev.cuecards.language.Tagged tagged) {
        if (tagged.size() == 0) {
            return false;
        }
        String first = tagged.word(0).toLowerCase(java.util.Locale.ROOT);
        if (tagged.tag(0).equals("VERB") && !Regex.matches(first, ".*(?:ing|ed|s)")) {
            return false;
        }
        int words = 0;
        for (int k = 0; k < tagged.size(); k++) {
            // A noun ending in -s after another noun may be the verb the tagger missed ("the debt cycle lasts…").
            boolean hiddenVerb = tagged.tag(k).equals("NOUN") && k > 0 && tagged.isNoun(k - 1) && Regex.matches(tagged.word(k), "[a-z]+[^s']s")
                    && k + 1 < tagged.size() && !tagged.isPunctuation(k + 1);
            if (tagged.isVerb(k) || hiddenVerb) {
                return true;
            }
            words += tagged.isPunctuation(k) ? 0 : 1;
        }
        // The tagger misreads verbs in some longer sentences ("Q4 accounted for…" as adjectives): only a short text
        // without any verb is taken for a heading or a label.
        return words > SHORTEST_UNVERBED;
    }

    /** True when "he", "she" or "his" stands in the sentence with no person named before it to say who is meant. */
    static boolean hasUnshownReferent(String text, List<Phrase> phrases) {
        Matcher pronoun = PERSONAL_PRONOUN.matcher(text);
        return pronoun.find() && phrases.stream().noneMatch(p -> p.type() == PhraseType.PERSON && p.end() <= pronoun.start());
    }

    private static boolean unused(List<Gap> chosen, Phrase phrase) {
        return chosen.stream().noneMatch(g -> g.phrase().overlaps(phrase));
    }

    private static int wordsAround(String front) {
        return Regex.split(front.replace(GAP, " "), "[^\\p{L}\\p{N}]+").length;
    }

    /** What a short claim needs in front of it to be answerable: its list's lead-in, or the sentence before it. */
    private static Optional<String> shortContext(NoteContext note, int index) {
        Optional<String> leadIn = leadInOf(note.claim(index).role());
        if (leadIn.isPresent()) {
            return leadIn.map(l -> l + ": ");
        }
        return note.leadingContext(index).map(c -> c + " ");
    }

    private static boolean within(String own, Phrase phrase, int from, int to) {
        int at = own.indexOf(phrase.text());
        return at >= Math.max(0, from - 2) && at + phrase.text().length() <= to + 2;
    }

    /**
     * The text with every whole-word occurrence of the phrase, in any case, replaced by the gap; an occurrence
     * inside a written word ("O" of "O'Reilly", "Node" of "Node.js") is never one.
     */
    static String gapped(String text, String phrase) {
        String rest = phrase.substring(1);
        List<String> firsts = List.of(phrase.substring(0, 1).toLowerCase(java.util.Locale.ROOT), phrase.substring(0, 1).toUpperCase(java.util.Locale.ROOT));
        StringBuilder out = new StringBuilder(text.length());
        int copied = 0;
        int at = 0;
        while (at < text.length()) {
            int end = startsWord(text, at) ? wordEnd(text, at, firsts, rest) : -1;
            if (end < 0) {
                at++;
                continue;
            }
            out.append(text, copied, at).append(GAP);
            copied = end;
            at = end;
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** True when no letter, number or "_" stands before the position, nor a joiner written onto one ("O'", "Node."). */
    private static boolean startsWord(String text, int at) {
        if (at > 0 && (isWordPart(text.codePointBefore(at)))) {
            return false;
        }
        return at < 2 || !isJoiner(text.charAt(at - 1)) || !Chars.isLetterOrNumber(text.codePointBefore(at - 1));
    }

    /** Where the phrase, its first letter in either case, ends as a whole word at the position; -1 when it does not. */
    private static int wordEnd(String text, int at, List<String> firsts, String rest) {
        for (String first : firsts) {
            int end = at + first.length() + rest.length();
            if (text.startsWith(first, at) && text.startsWith(rest, at + first.length()) && (end == text.length()
                    || !isWordPart(text.codePointAt(end)) && !(isJoiner(text.charAt(end)) && end + 1 < text.length() && Chars.isLetterOrNumber(text.codePointAt(end + 1))))) {
                return end;
            }
        }
        return -1;
    }

    private static boolean isWordPart(int c) {
        return c == '_' || Chars.isLetterOrNumber(c);
    }

    private static boolean isJoiner(char c) {
        return c == '.' || c == '\'' || c == '’' || c == '-' || c == '/' || c == '@' || c == '+';
    }
}
