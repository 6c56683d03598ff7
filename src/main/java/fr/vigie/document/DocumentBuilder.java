package fr.vigie.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds the document model from extracted lines: drops running headers, footers and page numbers,
 * joins lines into paragraphs (hyphenated line ends rejoined), finds sections, splits sentences,
 * and keeps for every sentence its page and offsets in the final text.
 */
public final class DocumentBuilder {

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:page\\s*)?[-–—]?\\s*\\d{1,4}\\s*(?:(?:/|sur|of|de)\\s*\\d{1,4})?\\s*[-–—]?$");
    private static final Pattern ENUMERATION = Pattern.compile(
            "^(?:[a-z]\\)|[a-z]\\.\\s|\\(?[ivx]{1,4}\\)|\\d{1,2}°|\\d{1,2}\\)|[-–•▪◦*]\\s|\\(\\w\\)\\s)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /** Lines looked at on each edge of a page when looking for running headers and footers. */
    private static final int EDGE = 2;

    private DocumentBuilder() {
    }

    public static Document build(String name, String sha256, String mediaType, List<Line> rawLines, int pageCount,
                                 Set<Integer> ocrPages, List<String> warnings) {
        List<Line> lines = splitInlineArticles(joinWrappedCapitalTitles(joinBareNumbers(dropRunningLines(rawLines, pageCount))));
        StringBuilder text = new StringBuilder();
        int[] pageStart = new int[pageCount + 2];
        java.util.Arrays.fill(pageStart, -1);
        List<Section> sections = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        Deque<Section> open = new ArrayDeque<>();
        // Offsets of line starts inside the current paragraph, to map a sentence back to its page.
        List<int[]> paragraphLines = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int paragraphStart = 0;
        Section current = Section.PREAMBLE;

        for (int i = 0; i <= lines.size(); i++) {
            Line line = i < lines.size() ? lines.get(i) : null;
            Optional<SectionDetector.Heading> heading = line == null ? Optional.empty()
                    : SectionDetector.detect(line.text(), line.headingLevel());
            if (heading.isPresent() && line.headingLevel() == 0 && continuesOnNextLine(lines, i)) {
                // « 5.1 Le Titulaire est certifié … » wrapped on the next line is a numbered clause, not a heading.
                heading = Optional.empty();
            }
            boolean newParagraph = line == null || line.breakBefore() && !continuesParagraph(paragraph, line) || heading.isPresent()
                    || ENUMERATION.matcher(line.text()).find() && !endsMidPhrase(paragraph.toString().stripTrailing())
                    || paragraph.isEmpty()
                    || rowAfterRow(paragraph, paragraphLines, line) || numberedClauseAfterSentence(paragraph, line);
            if (newParagraph && !paragraph.isEmpty()) {
                sentences.addAll(sentences(paragraph.toString(), paragraphStart, paragraphLines, current, sentences.size()));
                text.append(paragraph).append("\n\n");
                paragraph.setLength(0);
                paragraphLines.clear();
            }
            if (line == null) {
                break;
            }
            if (pageStart[line.page()] < 0) {
                pageStart[line.page()] = text.length() + paragraph.length();
            }
            if (heading.isPresent()) {
                SectionDetector.Heading h = heading.get();
                while (!open.isEmpty() && open.peek().level() >= h.level()) {
                    open.pop();
                }
                Section section = new Section("s" + (sections.size() + 1), h.number(), h.title(), h.level(),
                        line.page(), open.isEmpty() ? null : open.peek().id());
                sections.add(section);
                open.push(section);
                current = section;
                // The heading line is kept in the text (readers expect it) but is not a sentence.
                text.append(line.text()).append("\n\n");
                continue;
            }
            if (paragraph.isEmpty()) {
                paragraphStart = text.length();
            } else {
                separate(paragraph, line.text());
            }
            paragraphLines.add(new int[] {paragraph.length(), line.page()});
            paragraph.append(line.text());
        }
        String full = text.toString().stripTrailing();
        List<Page> pages = pages(full.length(), pageStart, pageCount, ocrPages);
        return new Document(name, sha256, mediaType, "und", false, full, pages, sections, sentences, warnings);
    }

    /**
     * The lines of one wrapped text (a table cell laid out on several lines) joined as the lines of a paragraph are:
     * by a space, or across a hyphenated line end.
     */
    public static String joinWrapped(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (line.isEmpty()) {
                continue;
            }
            if (!text.isEmpty()) {
                separate(text, line);
            }
            text.append(line);
        }
        return text.toString();
    }

    /**
     * What goes between a paragraph and its next line: a space, nothing after a hyphen, or the hyphen dropped. A line
     * that goes on with a hyphenated word (« Sauvigny-|les-Bois ») broke at a hyphen of a compound name, which stays.
     */
    private static void separate(StringBuilder paragraph, String next) {
        if (endsWithHyphenatedWord(paragraph) && startsLowerCase(next) && !endsWithCompoundPrefix(paragraph)
                && !startsWithHyphenatedWord(next)) {
            paragraph.setLength(paragraph.length() - 1);
        } else if (endsWithHyphenAfterWordOrNumber(paragraph)) {
            // « non-|renouvellement », « HDS-QC-2022-|0331 »: the line broke at a hyphen of the text, which stays.
        } else {
            paragraph.append(' ');
        }
    }

    /** « Libellé : valeur », a row of a table or of a list of commitments written without final punctuation. */
    private static final Pattern KEY_VALUE = Pattern.compile("^\\p{Lu}[^:.;]{2,90}\\s:\\s*\\S[^.;]{0,80}$");

    /**
     * « Indicateur : disponibilité » then « Valeur garantie : 99,8 % »: a row whose label only says « the value »
     * completes the row above it and is read with it.
     */
    private static final Pattern VALUE_OF_PREVIOUS_ROW = Pattern.compile(
            "^(?i:valeurs?|seuils?|cibles?|objectifs?|niveaux? (?:garanti|contractuel|attendu|cible)s?|p[ée]riodes? de (?:mesure|calcul|r[ée]f[ée]rence)|unit[ée]s?|mesures?)\\b[^:]{0,40}:");

    /**
     * « 32.1 La disponibilité est de 99,9 %. » then « 32.2 Sont exclues… » on the next line: a new numbered clause,
     * even without a blank line (the sentence model does not split before a number).
     */
    private static boolean numberedClauseAfterSentence(StringBuilder paragraph, Line line) {
        // The shared sub-clause number (« 32.2 »), then the capital that starts the clause's text.
        Matcher number = NUMBERED_CLAUSE.matcher(line.text());
        if (paragraph.isEmpty() || !number.find() || number.end() >= line.text().length()
                || !Character.isUpperCase(line.text().charAt(number.end()))) {
            return false;
        }
        char last = paragraph.charAt(paragraph.length() - 1);
        return last == '.' || last == ';' || last == '!' || last == '»' || last == ')';
    }

    /**
     * « Délai de prise en compte : 30 min » then « Délai de rétablissement : 2 h » on the next line are two rows,
     * not one sentence: each would otherwise lend its figure to the other's subject.
     */
    private static boolean rowAfterRow(StringBuilder paragraph, List<int[]> lineStarts, Line line) {
        if (paragraph.isEmpty() || lineStarts.isEmpty() || !KEY_VALUE.matcher(line.text().strip()).matches()
                || VALUE_OF_PREVIOUS_ROW.matcher(line.text().strip()).find()) {
            return false;
        }
        String previous = paragraph.substring(lineStarts.get(lineStarts.size() - 1)[0]).strip();
        return KEY_VALUE.matcher(previous).matches();
    }

    /** The longest table row kept whole: beyond, its cells are prose and are split like prose. */
    private static final int MAX_ROW_SENTENCE = 600;
    /** The fewest cells of a row kept whole (see {@link #tableRow}). */
    private static final int MIN_ROW_CELLS = 4;

    /**
     * A table row (cells joined by « | ») is read whole: a cell ending on a full stop (« … susceptibles de contenir
     * des données de santé. | Conservation 24 mois | HDS : non ») must not cut the row from the company it describes.
     */
    private static boolean tableRow(String paragraph) {
        if (paragraph.length() > MAX_ROW_SENTENCE) {
            return false;
        }
        // Four cells at least: a register of subcontractors or of sites, not a requirement with its answer and
        // commentary (« EX-12 | Conforme | Nous … . Toutefois … »), whose sentences are read one by one.
        int cells = 1;
        for (int at = paragraph.indexOf(" | "); at >= 0; at = paragraph.indexOf(" | ", at + 3)) {
            cells++;
        }
        return cells >= MIN_ROW_CELLS;
    }

    private static List<Sentence> sentences(String paragraph, int base, List<int[]> lineStarts, Section section,
                                            int firstIndex) {
        List<Sentence> result = new ArrayList<>();
        for (int[] span : tableRow(paragraph) ? SentenceSplitter.whole(paragraph) : SentenceSplitter.split(paragraph)) {
            int page = lineStarts.get(0)[1];
            for (int[] ls : lineStarts) {
                if (ls[0] <= span[0]) {
                    page = ls[1];
                }
            }
            result.add(new Sentence(firstIndex + result.size(), paragraph.substring(span[0], span[1]), page, section,
                    base + span[0], base + span[1]));
        }
        return result;
    }

    private static List<Page> pages(int length, int[] pageStart, int pageCount, Set<Integer> ocrPages) {
        List<Page> pages = new ArrayList<>();
        int previousStart = 0;
        for (int p = 1; p <= pageCount; p++) {
            int start = pageStart[p] >= 0 ? pageStart[p] : previousStart;
            start = Math.max(start, previousStart);
            pages.add(new Page(p, start, length, ocrPages.contains(p)));
            if (p > 1) {
                Page before = pages.get(p - 2);
                pages.set(p - 2, new Page(before.number(), before.start(), start, before.ocr()));
            }
            previousStart = start;
        }
        return pages;
    }

    /** Removes lines that repeat on the top or bottom edge of most pages, and bare page numbers there. */
    static List<Line> dropRunningLines(List<Line> lines, int pageCount) {
        Map<Integer, List<Integer>> byPage = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            byPage.computeIfAbsent(lines.get(i).page(), p -> new ArrayList<>()).add(i);
        }
        Set<Integer> edgeLines = new HashSet<>();
        Map<String, Set<Integer>> pagesByKey = new HashMap<>();
        for (Map.Entry<Integer, List<Integer>> e : byPage.entrySet()) {
            List<Integer> idx = e.getValue();
            for (int k = 0; k < idx.size(); k++) {
                if (k < EDGE || k >= idx.size() - EDGE) {
                    edgeLines.add(idx.get(k));
                    pagesByKey.computeIfAbsent(key(lines.get(idx.get(k)).text()), x -> new HashSet<>()).add(e.getKey());
                }
            }
        }
        int pagesWithText = byPage.size();
        List<Line> kept = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (edgeLines.contains(i)) {
                boolean pageNumber = PAGE_NUMBER.matcher(line.text()).matches() && pageCount > 1;
                boolean running = pagesWithText >= 3 && line.headingLevel() == 0
                        && pagesByKey.get(key(line.text())).size() * 2 > pagesWithText;
                if (pageNumber || running) {
                    continue;
                }
            }
            kept.add(line);
        }
        return kept;
    }

    private static boolean continuesOnNextLine(List<Line> lines, int i) {
        if (i + 1 >= lines.size()) {
            return false;
        }
        Line next = lines.get(i + 1);
        String text = lines.get(i).text().strip();
        if (next.headingLevel() != 0) {
            return false;
        }
        // « 5.1 Le Titulaire est titulaire du certificat n° » stops where no title stops, whatever the spacing (a
        // title in capitals that wraps, « ARTICLE 11 – DROITS EXTRA-EUROPÉENS ET », was joined to its end before).
        if (NUMBERED_CLAUSE.matcher(text).find() && endsMidPhrase(text)) {
            return true;
        }
        if (next.breakBefore()) {
            return false;
        }
        // A long sub-clause line (« 2.3. Une copie … située en ») that stops mid-phrase goes on, even when the next
        // line starts with a capital (« Suisse. ») ; short numbered lines stay headings.
        boolean longClause = NUMBERED_CLAUSE.matcher(text).find() && text.length() >= 60
                && !endsWithStop(text, false);
        return startsLowerCase(next.text()) || longClause;
    }

    private static final Pattern NUMBERED_CLAUSE = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2})+\\.?\\s");

    private static final Pattern BARE_NUMBER = Pattern.compile("^\\d{1,2}(?:\\.\\d{1,2}){0,4}\\.?$");

    /** Layout engines often put a clause number (« 5.3 ») on a line of its own: it belongs to the next line. */
    static List<Line> joinBareNumbers(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (BARE_NUMBER.matcher(line.text()).matches() && i + 1 < lines.size() && lines.get(i + 1).headingLevel() == 0) {
                Line next = lines.get(++i);
                out.add(new Line(line.text() + " " + next.text(), line.page(), line.headingLevel(), line.breakBefore()));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    /**
     * « ARTICLE 11 – DROITS EXTRA-EUROPÉENS ET » then « DEMANDES D'AUTORITÉS »: a title in capitals that stops
     * mid-phrase goes on in capitals on the next line, and the two lines are one title.
     */
    static List<Line> joinWrappedCapitalTitles(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text().strip();
            if (i + 1 < lines.size() && inCapitals(text) && endsMidPhrase(text)) {
                Line next = lines.get(i + 1);
                if (!next.breakBefore() && next.text().strip().length() <= 80 && inCapitals(next.text().strip())) {
                    out.add(new Line(text + " " + next.text().strip(), line.page(), line.headingLevel(), line.breakBefore()));
                    i++;
                    continue;
                }
            }
            out.add(line);
        }
        return out;
    }

    private static boolean inCapitals(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters >= 3;
    }

    private static String key(String text) {
        return DIGITS.matcher(text.toLowerCase(java.util.Locale.ROOT)).replaceAll("#");
    }

    private static boolean endsWithHyphenatedWord(StringBuilder s) {
        int n = s.length();
        return n >= 2 && s.charAt(n - 1) == '-' && Character.isLetter(s.charAt(n - 2));
    }

    /**
     * A line after a paragraph break that still continues the sentence — the paragraph stopped mid-phrase at the
     * foot of a column or page and this line starts in lower case — belongs to the same paragraph.
     */
    private static boolean continuesParagraph(StringBuilder paragraph, Line line) {
        String previous = paragraph.toString().stripTrailing();
        return !previous.isEmpty() && !endsWithStop(previous, true)
                && (startsLowerCase(line.text()) || endsMidPhrase(previous));
    }

    /** Words after which no sentence and no title ends: a line that stops on one goes on (« certificat n° »). */
    private static final Set<String> DANGLING_WORDS = Set.of("n°", "no", "de", "du", "des", "d'", "d’", "l'", "l’", "la", "le",
            "les", "et", "ou", "à", "au", "aux", "en", "par", "pour", "sur", "dans", "avec", "sans", "son", "sa", "ses",
            "leur", "leurs", "un", "une", "que", "qui", "dont", "entre", "chez", "vers", "selon", "ce", "cette", "ces");

    /** Prefixes of French compounds: a line ending « non- » or « sous- » broke at the compound's own hyphen. */
    private static final Set<String> COMPOUND_PREFIXES = Set.of("non", "sous", "co", "anti", "auto", "contre", "demi",
            "mi", "semi", "multi", "post", "pré", "quasi", "sur", "ultra", "extra", "inter", "intra", "ex", "vice",
            "arrière", "avant", "après", "tiers", "porte", "garde", "haut", "bas", "grand", "plein", "pluri");

    /**
     * The text stops mid-phrase: on a comma, on a hyphen after a word or number, or on a word that cannot end a
     * sentence. Laid-out PDFs may space every line as a paragraph: the line still goes on.
     */
    public static boolean endsMidPhrase(String text) {
        int n = text.length();
        if (n == 0) {
            return false;
        }
        char last = text.charAt(n - 1);
        if (last == ',' || last == '\'' || last == '’' || n >= 2 && last == '-' && Character.isLetterOrDigit(text.charAt(n - 2))) {
            return true;
        }
        int space = text.lastIndexOf(' ');
        return DANGLING_WORDS.contains(text.substring(space + 1).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean endsWithCompoundPrefix(StringBuilder s) {
        String text = s.substring(0, s.length() - 1);
        int start = text.length();
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        return COMPOUND_PREFIXES.contains(text.substring(start).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean endsWithHyphenAfterWordOrNumber(StringBuilder s) {
        int n = s.length();
        return n >= 2 && s.charAt(n - 1) == '-' && Character.isLetterOrDigit(s.charAt(n - 2));
    }

    /**
     * {@code text.matches(".*[.:;!?»)]$")} (with {@code (?s)} when {@code acrossLines}) without compiling the
     * expression for every line and scanning the whole paragraph: the last character is a stop, and, unless
     * {@code acrossLines}, no line terminator stands before it ({@code .} does not cross one).
     */
    static boolean endsWithStop(String text, boolean acrossLines) {
        int n = text.length();
        if (n == 0 || ".:;!?»)".indexOf(text.charAt(n - 1)) < 0) {
            return false;
        }
        if (!acrossLines) {
            for (int i = 0; i < n - 1; i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                    return false;
                }
            }
        }
        return true;
    }

    private static final Pattern SENTENCE_START = Pattern.compile(
            "^(?i:le|la|les|l'|l’|un|une|des|du|il|elle|ils|elles|tout|toute|tous|toutes|aucun|aucune|chaque|ce|cette|ces|"
                    + "en|au|aux|dans|pour|sauf|sous|lorsque|si|nous|vous)\\b(?![-‑])"); // « Sous-traitance » is a title word

    /** A number (« 3. », « Section 3. », « Art. 3 – »), a short title ending in a period, then the clause. */
    private static final Pattern INLINE_TITLED = Pattern.compile(
            "^((?:(?i:section|article|art\\.)\\s+)?\\d{1,2}(?:\\.\\d{1,2}){0,3}\\.?)\\s+(\\p{Lu}[^.;:!?]{2,60}?)\\.\\s+(\\p{Lu}.*)$");
    /** Verbs that make a would-be title a sentence (« 2. Le Titulaire est certifié. Il… »). */
    private static final Pattern TITLE_VERB = Pattern.compile(
            "\\b(?:est|sont|a|ont|doit|doivent|peut|peuvent|sera|seront|fait|font|s'engage\\w*|assure\\w*|fournit)\\b");

    private static boolean shortTitle(String title) {
        return title.strip().split("\\s+").length <= 6 && !TITLE_VERB.matcher(title).find();
    }

    /**
     * « Article 4. Les sauvegardes sont conservées à Tours. » puts the clause on the article's line: the number is a
     * heading, the sentence is body text (often wrapped onto the next lines).
     */
    static List<Line> splitInlineArticles(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            Optional<SectionDetector.Heading> h = line.headingLevel() == 0
                    ? SectionDetector.detect(line.text(), 0) : Optional.empty();
            String title = h.map(SectionDetector.Heading::title).orElse("").strip();
            Matcher titled = line.headingLevel() == 0 ? INLINE_TITLED.matcher(line.text()) : null;
            if (title.length() >= 25 && SENTENCE_START.matcher(title).find() && line.text().endsWith(title)) {
                String number = line.text().substring(0, line.text().length() - title.length()).strip();
                out.add(new Line(number, line.page(), 0, line.breakBefore()));
                out.add(new Line(title, line.page(), 0, false));
            } else if (titled != null && titled.matches() && shortTitle(titled.group(2))
                    && SectionDetector.detect(titled.group(1) + " " + titled.group(2), 0).isPresent()) {
                // « 3. Sous-traitance. Le Prestataire… », « Section 7. Audits. Vous acceptez… »: a run-in heading.
                out.add(new Line(titled.group(1) + " " + titled.group(2), line.page(), 0, line.breakBefore()));
                out.add(new Line(titled.group(3), line.page(), 0, false));
            } else {
                out.add(line);
            }
        }
        return out;
    }

    private static boolean startsWithHyphenatedWord(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-') {
                return i > 0 && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
            }
            if (!Character.isLetter(c)) {
                return false;
            }
        }
        return false;
    }

    private static boolean startsLowerCase(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.charAt(0));
    }
}
