package fr.vigie.extract;

import fr.vigie.document.Document;
import fr.vigie.document.Section;
import fr.vigie.document.Sentence;
import fr.vigie.facts.Articles;
import fr.vigie.facts.Certification;
import fr.vigie.facts.Evidence;
import fr.vigie.facts.HostingSite;
import fr.vigie.facts.KeptInForce;
import fr.vigie.facts.Statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Articles that one document of a dossier deletes or replaces in the others: « L'article 14 du Contrat est supprimé
 * et remplacé par les stipulations suivantes ». A clause struck out by an amendment no longer binds anyone, so its
 * facts are dropped before the rules run; the replacing text, in the amendment, is read like any other clause.
 * A sentence that only announces the replacement is dropped too: it names the old article's subject (« intitulé
 * « Réversibilité » ») without committing to anything; one that goes on with the new text (« … est remplacé par :
 * « Le Titulaire notifie… » ») is kept, since that text binds.
 *
 * <p>The phrasings are the pack's ({@code supersession} in {@code cues.yaml}), each with a group {@code article}
 * naming the article; the engine only matches numbers: an article « 6.3 » struck out takes « 6.3.1 » with it, and a
 * fact belongs to the article its sentence starts with (« 6.3 Les sauvegardes… ») or else to its section.
 *
 * <p>A derogation (« Par dérogation à l'article 14.4, le CHIV consent de manière générale à ce recours », the pack's
 * {@code derogation}) sets the article aside like a replacement, but only when it names an article the derogating
 * document does not have: « par dérogation à l'article 12.1 ci-dessus » is an exception inside the document, read
 * by the rules as such, and must not strike the article 12.1 of another piece.
 *
 * <p>The other way round, a piece may keep articles of another in force (« La Section 19 des CGU demeure applicable »,
 * « sans préjudice des Sections 5.2 et 7 des CGU », the pack's {@code maintenance}): their sentences are marked
 * {@link KeptInForce}, so that a prevailing amendment does not set them aside (see the rules' Evaluator).
 * Articles may be called « Article », « Section » or « Clause »; a group naming several (« 5.2 et 7 ») names each.
 */
final class Amendments {

    /** What may follow the announcement without being new text: « par les stipulations suivantes : ». */
    private static final Pattern ANNOUNCEMENT_TAIL = Pattern.compile(
            "^(?:[\\s,:«»\"'()]|(?:supprimee?s?|abrogee?s?|annulee?s?|remplacee?s?)|dans son integralite|en totalite|par (?:les|la) (?:stipulations?|dispositions?|redaction|clause)s? suivantes?|par ce qui suit"
                    + "|comme suit|ainsi qu'il suit|par|et|de la maniere suivante|a compter de la date d'effet du present avenant)*$");

    private Amendments() {
    }

    /** The facts of each document, less what another document of the dossier struck out. */
    static List<ExtractedFacts> apply(List<Pattern> supersession, List<Pattern> derogation, List<Pattern> maintenance,
                                      List<Vocabulary.Named> documentKinds, List<Document> documents,
                                      List<ExtractedFacts> facts) {
        if (supersession.isEmpty() && derogation.isEmpty() && maintenance.isEmpty()) {
            return facts;
        }
        Map<String, String> kindOf = new HashMap<>();
        for (int i = 0; i < documents.size() && i < facts.size(); i++) {
            kindOf.put(documents.get(i).name(), facts.get(i).documentKind());
        }
        Pieces pieces = new Pieces(kindOf, documentKinds);
        Map<String, Set<ArticleRef>> struckBy = new HashMap<>();
        Map<String, Set<ArticleRef>> keptBy = new HashMap<>();
        Set<String> announcements = new HashSet<>();
        for (Document document : documents) {
            // « Article unique – L'article 19.1 du contrat est remplacé par la stipulation suivante : » stands as a heading.
            for (Section section : document.sections()) {
                Strike strike = struckOut(supersession, section.label());
                if (!strike.articles().isEmpty()) {
                    struckBy.computeIfAbsent(document.name(), d -> new HashSet<>()).addAll(strike.articles());
                }
            }
            Set<String> ownArticles = null;
            for (Sentence sentence : document.sentences()) {
                if (!namesArticle(sentence.text())) {
                    continue; // neither list can strike anything out: see struckOut
                }
                String norm = NormalizedText.normalize(sentence.text());
                Strike strike = struck(supersession, norm);
                if (!strike.articles().isEmpty()) {
                    struckBy.computeIfAbsent(document.name(), d -> new HashSet<>()).addAll(strike.articles());
                    if (strike.bare()) {
                        announcements.add(document.name() + "#" + sentence.index());
                    }
                }
                Set<ArticleRef> kept = struck(maintenance, norm).articles();
                if (!kept.isEmpty()) {
                    keptBy.computeIfAbsent(document.name(), d -> new HashSet<>()).addAll(kept);
                }
                Strike derogated = struck(derogation, norm);
                if (!derogated.articles().isEmpty()) {
                    if (ownArticles == null) {
                        ownArticles = articlesOf(document);
                    }
                    for (ArticleRef article : derogated.articles()) {
                        // « par dérogation à la Section 14.2 des CGU » names another piece: the derogating piece's own
                        // article 14.2, if it has one, is not the one meant.
                        boolean namesAnotherPiece = article.piece() != null && !pieces.designates(article, document.name());
                        if (namesAnotherPiece || !ownArticles.contains(article.number())) {
                            struckBy.computeIfAbsent(document.name(), d -> new HashSet<>()).add(article);
                        }
                    }
                }
            }
        }
        if (struckBy.isEmpty() && keptBy.isEmpty()) {
            return facts;
        }
        List<ExtractedFacts> kept = new ArrayList<>(facts.size());
        for (ExtractedFacts f : facts) {
            List<Statement> statements = keep(f.statements(), Statement::id, Statement::evidence, struckBy, announcements, pieces);
            List<KeptInForce> inForce = new ArrayList<>(f.keptInForce());
            statements.stream().filter(s -> inArticleOfOther(s.evidence(), keptBy, pieces))
                    .forEach(s -> inForce.add(new KeptInForce(s.id(), s.evidence())));
            kept.add(new ExtractedFacts(f.documentKind(), statements,
                    keep(f.sites(), HostingSite::statementId, HostingSite::evidence, struckBy, announcements, pieces),
                    keep(f.certifications(), Certification::statementId, Certification::evidence, struckBy, announcements,
                            pieces),
                    inForce));
        }
        return kept;
    }

    /**
     * The article numbers a sentence strikes out (none when it amends nothing), and whether the sentence says no
     * more than that.
     */
    record Strike(Set<ArticleRef> articles, boolean bare) {
    }

    /**
     * An article named by another piece: its number, and the piece it belongs to as written (« du DPA », « des
     * CGU »: the pattern's group {@code piece}, normalised), or null when the sentence does not say.
     */
    record ArticleRef(String number, String piece) {
    }

    /**
     * Which documents of the dossier a piece's name designates: those of the kinds it names (« du DPA »: the DPA,
     * « des CGU »: the terms of use), by the pack's document kinds. A name that designates no kind present in the
     * dossier (« du contrat ») designates every other document.
     */
    private record Pieces(Map<String, String> kindOf, Set<String> present, List<Vocabulary.Named> kinds) {
        Pieces(Map<String, String> kindOf, List<Vocabulary.Named> kinds) {
            this(kindOf, Set.copyOf(kindOf.values()), kinds);
        }

        boolean designates(ArticleRef ref, String document) {
            if (ref.piece() == null) {
                return true;
            }
            Set<String> named = new HashSet<>();
            for (Vocabulary.Named kind : kinds) {
                if (present.contains(kind.id()) && kind.pattern().matcher(ref.piece()).find()) {
                    named.add(kind.id());
                }
            }
            return named.isEmpty() || named.contains(kindOf.get(document));
        }
    }

    static Strike struckOut(List<Pattern> supersession, String sentence) {
        // Every sentence of the dossier passes here: most name no article and need no normalising.
        if (!namesArticle(sentence)) {
            return new Strike(Set.of(), false);
        }
        return struck(supersession, NormalizedText.normalize(sentence));
    }

    /** Whether the sentence may name an article (« article », « section », « clause »): every pattern needs the word. */
    private static boolean namesArticle(String sentence) {
        return NAMES_AN_ARTICLE.matcher(sentence).find();
    }

    /** {@link #struckOut} on a sentence already normalised. */
    private static Strike struck(List<Pattern> supersession, String norm) {
        Set<ArticleRef> articles = new HashSet<>();
        int end = 0;
        for (Pattern p : supersession) {
            Matcher m = p.matcher(norm);
            boolean namesPiece = p.pattern().contains("(?<piece>");
            while (m.find()) {
                String piece = namesPiece ? m.group("piece") : null;
                for (String number : Articles.numbersIn(m.group("article"))) {
                    articles.add(new ArticleRef(number, piece));
                }
                end = Math.max(end, m.end());
            }
        }
        return new Strike(articles, ANNOUNCEMENT_TAIL.matcher(norm.substring(end).replaceAll("[.;]", " ").strip()).matches());
    }

    private static final Pattern NAMES_AN_ARTICLE = Pattern.compile("(?i)rticle|\\bsections?\\b|\\bclauses?\\b");

    private static <T> List<T> keep(List<T> facts, Function<T, String> id, Function<T, Evidence> evidence,
                                    Map<String, Set<ArticleRef>> struckBy, Set<String> announcements, Pieces pieces) {
        Predicate<T> struck = fact -> {
            if (announcements.contains(id.apply(fact))) {
                return true;
            }
            return inArticleOfOther(evidence.apply(fact), struckBy, pieces);
        };
        return facts.stream().filter(struck.negate()).toList();
    }

    /**
     * Whether the fact stands in an article that another document names (an article « 6.3 » takes « 6.3.1 » with
     * it), in the piece it names: a piece does not strike out, nor keep in force, its own text.
     */
    private static boolean inArticleOfOther(Evidence e, Map<String, Set<ArticleRef>> articlesByDocument, Pieces pieces) {
        String article = Articles.of(e);
        if (article == null) {
            return false;
        }
        for (Map.Entry<String, Set<ArticleRef>> named : articlesByDocument.entrySet()) {
            if (named.getKey().equals(e.document())) {
                continue;
            }
            for (ArticleRef ref : named.getValue()) {
                if (Articles.within(article, ref.number()) && pieces.designates(ref, e.document())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The numbers of the articles a document has, by its sentences' leading numbers and its sections. */
    private static Set<String> articlesOf(Document document) {
        Set<String> numbers = new HashSet<>();
        for (Sentence sentence : document.sentences()) {
            String number = Articles.of(sentence.text(), sentence.section() == null ? "" : sentence.section().label());
            if (number != null) {
                numbers.add(number);
            }
        }
        return numbers;
    }

}
