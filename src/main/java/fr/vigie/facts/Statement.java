package fr.vigie.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one sentence of the dossier says, as far as the rule pack's vocabulary can tell.
 * A statement is produced for every sentence that mentions at least one vocabulary topic
 * (in the sentence itself or in the heading of its section).
 *
 * @param id             unique id: « document#sentenceIndex »
 * @param evidence       the quoted sentence and where it is
 * @param documentKind   the detected kind of the document (« CCAP », « CCTP », « DPA »..., or « AUTRE »)
 * @param topics         vocabulary topics mentioned in the sentence
 * @param sectionTopics  vocabulary topics mentioned in the headings of the enclosing sections
 * @param negatedTopics  topics of {@code topics} that sit inside a negated clause
 *                       (« n'emporte aucune obligation de réversibilité » negates « reversibility »)
 * @param exceptionTopics topics that appear inside an exception or reservation
 *                       (« sauf autorisation écrite de l'Établissement »)
 * @param actor          the party the main clause is about
 * @param modality       the deontic force of the main clause
 * @param hedged         « dans la mesure du possible », « meilleurs efforts », « si possible »...
 * @param exception      the sentence carries an exception (« sauf », « à l'exception de », « sous réserve de »)
 * @param discretion     the provider decides alone (« à sa seule discrétion », « se réserve le droit »)
 * @param permissive     what the sentence says of the provider is only allowed, not promised: every topic
 *                       stands in a part of the sentence governed by a permission cue (« le Prestataire pourra
 *                       chiffrer… »), the acting party not being the buyer
 * @param measures       quantities (durations, percentages...) in sentence order
 * @param topicOffsets   offset inside the sentence of the first mention of each topic of {@code topics}
 */
public record Statement(String id, Evidence evidence, String documentKind,
                        Set<String> topics, Set<String> sectionTopics, Set<String> negatedTopics,
                        Set<String> exceptionTopics, Party actor, Modality modality,
                        boolean hedged, boolean exception, boolean discretion, boolean permissive,
                        List<Measure> measures, Map<String, Integer> topicOffsets) {

    public Statement {
        topics = Set.copyOf(topics);
        sectionTopics = Set.copyOf(sectionTopics);
        negatedTopics = Set.copyOf(negatedTopics);
        exceptionTopics = Set.copyOf(exceptionTopics);
        measures = List.copyOf(measures);
        topicOffsets = Map.copyOf(topicOffsets);
    }

    /** The same sentence with another acting party that is not the buyer (a pronoun resolved to a provider). */
    public Statement withActor(Party party) {
        if (party == Party.BUYER) {
            throw new IllegalArgumentException("Discretion and permission were read for a party other than the buyer");
        }
        return new Statement(id, evidence, documentKind, topics, sectionTopics, negatedTopics, exceptionTopics, party,
                modality, hedged, exception, discretion, permissive, measures, topicOffsets);
    }

    /** The two sentences name a topic in common (in the sentences themselves, not their headings). */
    public boolean sharesTopicWith(Statement other) {
        return other != null && topics.stream().anyMatch(other.topics::contains);
    }

    /** The topic is mentioned in the sentence. */
    public boolean has(String topic) {
        return topics.contains(topic);
    }

    /** The topic is mentioned in the sentence or in the heading of its section. */
    public boolean about(String topic) {
        return topics.contains(topic) || sectionTopics.contains(topic);
    }

    /** The topic is mentioned in the sentence and not negated. */
    public boolean affirms(String topic) {
        return topics.contains(topic) && !negatedTopics.contains(topic);
    }

    /** The topic is mentioned in the sentence inside a negated clause. */
    public boolean denies(String topic) {
        return negatedTopics.contains(topic);
    }

    /** The topic appears inside an exception or reservation of the sentence. */
    public boolean excepts(String topic) {
        return exceptionTopics.contains(topic);
    }

    /**
     * Both sentences sit in the same numbered article (or section) of the same document: a clause often
     * states its subject in one paragraph and its conditions in the next.
     */
    public boolean sameArticle(Statement other) {
        return other != null && evidence.document().equals(other.evidence.document())
                && evidence.section() != null && !evidence.section().isBlank()
                && evidence.section().equals(other.evidence.section());
    }

    /**
     * This sentence refers to the article the other stands in: « restitue les données dans les conditions de
     * l'article 16 » and « 16.1 … sur devis préalablement accepté » in the same document, or « dans le cadre de
     * l'article 16 de la convention » from an annex (any other piece: which one the name designates is not checked).
     */
    public boolean refersTo(Statement other) {
        if (other == null || other == this) {
            return false;
        }
        String article = Articles.of(other.evidence);
        boolean otherPiece = !evidence.document().equals(other.evidence.document());
        return article != null
                && Articles.referencedBy(evidence.text(), otherPiece).stream().anyMatch(n -> Articles.within(article, n));
    }

    /**
     * The sentence names a company by its legal form (« ArchiveNord Stockage SAS ») that the other sentence mentions
     * too (« ArchiveNord … est certifiée HDS »).
     */
    public boolean namesCompanyOf(Statement other) {
        return other != null && Companies.mentioned(Companies.in(evidence.text()), other.evidence.text());
    }

    /** The sentence names at least one company by its legal form. */
    public boolean namesCompany() {
        return !Companies.in(evidence.text()).isEmpty();
    }

    /** No hedge, no exception and no provider discretion. */
    public boolean firm() {
        return !hedged && !exception && !discretion;
    }

    /** Hours of the duration nearest to the first mention of the topic, or -1 when the sentence has none. */
    public double hoursNear(String topic) {
        return nearest(Measure.Kind.DURATION, topic);
    }

    /**
     * The guaranteed hours for the topic when a table row gives several: « GTR P1 | deux heures | six heures » (business
     * hours, then nights and week-ends), « GTR | 4 h en heures ouvrées, 8 h en heures non ouvrées »: the guarantee
     * holds only up to the longest value given in the value cells (short cells after the label, not a penalty's).
     * Outside such a row, or with a single value, {@link #hoursNear}. (Rows whose columns are severity classes are the
     * rules' to tell apart.)
     */
    public double worstHoursNear(String topic) {
        // Cells are found by index: a figure's offset is in the text read, which for a table row carries the header
        // labels, not in the quoted row.
        String[] cells = evidence.text().split(" \\| ", -1);
        if (cells.length < 2) {
            return hoursNear(topic);
        }
        double worst = -1;
        int values = 0;
        for (Measure m : measures) {
            if (m.kind() != Measure.Kind.DURATION || m.cell() < 1 || m.cell() >= cells.length) {
                continue;
            }
            String cell = cells[m.cell()].strip();
            if (cell.split("\\s+").length <= 12 && !VALUE_CELL_EXCLUDED.matcher(cell).find()) {
                worst = Math.max(worst, m.normalized());
                values++;
            }
        }
        return values >= 2 ? worst : hoursNear(topic);
    }

    /** A cell about money or penalties gives durations of another kind (« 200 € par heure au-delà de 4 heures »). */
    private static final java.util.regex.Pattern VALUE_CELL_EXCLUDED =
            java.util.regex.Pattern.compile("(?i)€|euros?|%|p[ée]nalit|cr[ée]dit|plafon");

    /** Percent value nearest to the first mention of the topic, or -1 when the sentence has none. */
    public double percentNear(String topic) {
        return nearest(Measure.Kind.PERCENT, topic);
    }

    /** Unit of the duration nearest to the topic, as written (« heure ouvrée », « jour »…), or "" when none. */
    public String unitNear(String topic) {
        Measure m = nearestMeasure(Measure.Kind.DURATION, topic);
        return m == null ? "" : m.unit();
    }

    /** Figure of the duration nearest to the topic in its own unit (16 for « 16 heures ouvrées »), or -1. */
    public double valueNear(String topic) {
        Measure m = nearestMeasure(Measure.Kind.DURATION, topic);
        return m == null ? -1 : m.value();
    }

    /**
     * Whether a duration of these hours is written in hours of some kind with a figure within the bound: « quatre
     * heures ouvrées » count 5.6 hours at worst, yet the figure a drafter wrote is four; the unit, not the figure,
     * makes it exceed a four-hour threshold, which a lawyer reads as a question rather than a breach.
     */
    public boolean figureWithin(double hours, double bound) {
        return measures.stream().anyMatch(m -> m.kind() == Measure.Kind.DURATION && Math.abs(m.normalized() - hours) < 1e-6
                && m.unit().startsWith("heure") && !m.unit().equals("heure") && m.value() <= bound);
    }

    public boolean hasDuration() {
        return measures.stream().anyMatch(m -> m.kind() == Measure.Kind.DURATION);
    }

    public boolean hasPercent() {
        return measures.stream().anyMatch(m -> m.kind() == Measure.Kind.PERCENT);
    }

    /** Largest duration of the sentence in hours, or -1. */
    public double maxHours() {
        return measures.stream().filter(m -> m.kind() == Measure.Kind.DURATION)
                .mapToDouble(Measure::normalized).max().orElse(-1);
    }

    /** Smallest duration of the sentence in hours, or -1. */
    public double minHours() {
        return measures.stream().filter(m -> m.kind() == Measure.Kind.DURATION)
                .mapToDouble(Measure::normalized).min().orElse(-1);
    }

    private double nearest(Measure.Kind kind, String topic) {
        Measure best = nearestMeasure(kind, topic);
        return best == null ? -1 : best.normalized();
    }

    private Measure nearestMeasure(Measure.Kind kind, String topic) {
        Integer anchor = topicOffsets.get(topic);
        Measure best = null;
        for (Measure m : measures) {
            if (m.kind() != kind) {
                continue;
            }
            if (best == null) {
                best = m;
            } else if (anchor != null && distance(m.offset(), anchor) < distance(best.offset(), anchor)) {
                best = m;
            }
        }
        return best;
    }

    /**
     * Characters between a measure and a topic, plus a step for every « , ; : » between them: in « notifier sous
     * vingt-quatre heures, conserver les journaux pendant six mois » the six months belong to the logs, though the
     * hours stand as close.
     */
    private int distance(int measure, int anchor) {
        String text = evidence.text();
        int from = Math.max(0, Math.min(measure, anchor));
        int to = Math.min(text.length(), Math.max(measure, anchor));
        int separators = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                separators++;
            }
        }
        return Math.abs(measure - anchor) + 40 * separators;
    }
}
