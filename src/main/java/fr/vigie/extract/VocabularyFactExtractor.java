package fr.vigie.extract;

import fr.vigie.document.Document;
import fr.vigie.document.Section;
import fr.vigie.document.Sentence;
import fr.vigie.facts.Certification;
import fr.vigie.facts.CertificationStatus;
import fr.vigie.facts.Evidence;
import fr.vigie.facts.HostingSite;
import fr.vigie.facts.Measure;
import fr.vigie.facts.Modality;
import fr.vigie.facts.Party;
import fr.vigie.facts.SiteRole;
import fr.vigie.facts.Statement;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads facts in sentences with a pack's vocabulary: topics, the clause structure (negation scope,
 * exceptions), modality, the acting party, figures with units, places and certifications.
 * Immutable and thread-safe.
 */
public final class VocabularyFactExtractor implements FactExtractor {

    private final Vocabulary vocabulary;
    private final List<Vocabulary.Unit> units;
    private final Map<String, Pattern> durationPatterns = new LinkedHashMap<>();
    private final Pattern percentPattern;
    private final boolean parallel;
    private final SentenceReadings readings;
    /** The prefilter literals of every pattern run on a whole sentence, found in one pass. */
    private final LiteralScan scan;
    private final Topics topics;

    /** French number words, « quatre-vingt-dix-neuf virgule cinq » included (parsed by {@link NumberWords}). */
    private static final String WORDS = "(?:(?:un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze"
            + "|douze|treize|quatorze|quinze|seize|vingts?|trente|quarante|cinquante|soixante|cents?|mille)(?:[- ]et[- ]| virgule |[- ])?)+";
    /**
     * A number in digits (thousands grouped by spaces, as French typography writes « 1 440 minutes »), or French
     * number words, optionally repeated in digits between brackets.
     */
    private static final String NUMBER = "(?<num>\\d{1,3}(?:[ \u00a0\u202f]\\d{3})+(?!\\d)|\\d+(?:[.,]\\d+)?|" + WORDS + ")"
            + "(?:\\s*\\(\\s*(?<digits>\\d+(?:[.,]\\d+)?)\\s*\\))?";

    private VocabularyFactExtractor(Vocabulary vocabulary) {
        this(vocabulary, true, new SentenceReadings());
    }

    private VocabularyFactExtractor(Vocabulary vocabulary, boolean parallel, SentenceReadings readings) {
        this.parallel = parallel;
        this.readings = readings;
        this.vocabulary = vocabulary;
        this.units = vocabulary.units;
        for (Vocabulary.Unit unit : units) {
            // The unit must not be followed by « / » or « sur » (« 24h/24 », « 24 heures sur 24 », « 7 jours sur 7 »:
            // a coverage, not a delay) nor be a reference (« 4.2 heures » is fine).
            durationPatterns.put(unit.name(), Pattern.compile("(?<![\\p{L}\\p{N}.,/])" + NUMBER + "\\s*(?:" + unit.pattern().pattern()
                    + ")(?!\\s*(?:/|sur\\s+(?:\\d|vingt|sept|cinq|six|douze)))"));
        }
        percentPattern = Pattern.compile("(?<![\\p{L}\\p{N}.,])(?<num>\\d{1,3}(?:[.,]\\d+)?|" + WORDS + ")\\s*(?:"
                + vocabulary.percent.pattern() + ")");
        LiteralScan.Builder literals = LiteralScan.builder();
        vocabulary.topicParts.values().forEach(literals::addAll);
        literals.addAll(vocabulary.cues.values()).addAll(vocabulary.parties.values()).addAll(vocabulary.roles.values())
                .add(vocabulary.roleUniversal).addAll(durationPatterns.values()).add(percentPattern);
        vocabulary.places.forEach(place -> {
            literals.add(place.pattern());
            if (place.sites() != null) {
                literals.add(place.sites());
            }
        });
        vocabulary.schemes.forEach(scheme -> literals.add(scheme.pattern()));
        vocabulary.schemeMentions.forEach(scheme -> literals.add(scheme.pattern()));
        literals.add(vocabulary.certificationCue);
        vocabulary.documentKinds.forEach(kind -> literals.add(kind.pattern()));
        scan = literals.build();
        topics = new Topics(vocabulary.topicParts, scan);
    }

    public static VocabularyFactExtractor load(Path vocabularyDir) {
        return new VocabularyFactExtractor(Vocabulary.load(vocabularyDir));
    }

    @Override
    public FactExtractor sequential() {
        return parallel ? new VocabularyFactExtractor(vocabulary, false, readings) : this;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** How often a sentence was read from the cache rather than analysed (boilerplate shared between dossiers). */
    @Override
    public SentenceReadings.Stats readingStats() {
        return readings.stats();
    }

    @Override
    public ExtractedFacts extract(Document document) {
        return extract(document, PartyNames.of(List.of(document), this::partyOf));
    }

    @Override
    public List<ExtractedFacts> extract(List<Document> dossier, boolean parallel) {
        // The names are the dossier's: defined once, read in every document.
        PartyNames names = PartyNames.of(dossier, this::partyOf);
        return (parallel ? dossier.parallelStream() : dossier.stream()).map(d -> extract(d, names)).toList();
    }

    private ExtractedFacts extract(Document document, PartyNames names) {
        String kind = documentKind(document);
        Map<String, Set<String>> sectionTopics = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Section> sectionsById = new HashMap<>();
        document.sections().forEach(s -> sectionsById.put(s.id(), s));
        // A header cell is worth carrying when it names a topic, a place or a certification, or a party (« Sous-traitant »).
        TableRows.Reading tables = TableRows.read(document.sentences(),
                cell -> !readings.get(cell, text -> read(text, false)).silent() || partyOf(cell) != Party.UNKNOWN);
        Map<Integer, String> tableRows = tables.rows();
        // Sentences are independent: analysed in parallel, gathered in document order.
        // A table's header row, made of labels, states nothing.
        var sentences = (parallel ? document.sentences().parallelStream() : document.sentences().stream())
                .filter(sentence -> !tables.headers().contains(sentence.index()));
        List<SentenceFacts> analysed = sentences
                .map(sentence -> analyse(document, kind, sentence,
                        names.annotate(tableRows.getOrDefault(sentence.index(), sentence.text())), sectionTopics, sectionsById))
                .filter(java.util.Objects::nonNull)
                .toList();
        List<Statement> statements = new ArrayList<>();
        List<HostingSite> sites = new ArrayList<>();
        List<Certification> certifications = new ArrayList<>();
        Statement previous = null;
        for (SentenceFacts f : analysed) {
            Statement statement = f.statement();
            // « L'Éditeur peut accéder à des données. Il ne les traite que pour l'intervention »: the pronoun is the
            // subject of the sentence before, in the same article (done here, the sentence cache knows no context).
            // Only a provider or its subcontractor is carried over: « l'utilisateur peut télécharger ses données.
            // Elles sont ensuite effacées » speaks of the data, not of the buyer.
            if (statement.actor() == Party.UNKNOWN && previous != null
                    && (previous.actor() == Party.PROVIDER || previous.actor() == Party.SUBCONTRACTOR)
                    && java.util.Objects.equals(previous.evidence().section(), statement.evidence().section())
                    && SUBJECT_PRONOUN.matcher(statement.evidence().text()).lookingAt()) {
                statement = statement.withActor(previous.actor());
            }
            List<Certification> certified = f.certifications();
            // (The heading is read only for a sentence that names a certification: every sentence passes here.)
            if (!certified.isEmpty() && ((statement.actor() == Party.SUBCONTRACTOR && statement != f.statement())
                    || headedBySubcontractor(statement))) {
                // « L'hébergement est confié à X, sous-traitant. Cette société est titulaire du certificat HDS… »:
                // the subject carried over holds the certificate; so does the company a register's sub-article names.
                certified = certified.stream().map(c -> c.holder() == Party.PROVIDER ? new Certification(c.statementId(),
                        c.scheme(), Party.SUBCONTRACTOR, c.status(), c.activities(), c.details(), c.evidence()) : c).toList();
            }
            previous = statement;
            statements.add(statement);
            sites.addAll(f.sites());
            if (certified.isEmpty()) {
                continueCertification(certifications, statement);
            }
            certifications.addAll(certified);
        }
        return new ExtractedFacts(kind, statements, sites, certifications);
    }

    /** An item of a list of HDS activities, in normalized text: « · activité 1 – … », « – 5° l'administration… ». */
    private static final Pattern ACTIVITY_ITEM = Pattern.compile("[^a-z0-9]*(?:activites?\\s+(?:n°\\s*)?\\d|\\d\\s*°)");

    /**
     * A sentence of the same article that goes on about the last HDS certificate without naming the scheme again.
     * « X est titulaire du certificat HDS n° … délivré le … par … . Le périmètre du certificat couvre les activités
     * suivantes : 1° … ; 6° … »: its activities go to that certificate when it named none itself.
     */
    private void continueCertification(List<Certification> certifications, Statement statement) {
        int last = certifications.size() - 1;
        while (last >= 0 && !certifications.get(last).scheme().equals("HDS")) {
            last--;
        }
        if (last < 0) {
            return;
        }
        Certification certificate = certifications.get(last);
        if (!java.util.Objects.equals(certificate.evidence().section(), statement.evidence().section())
                || !certificate.evidence().document().equals(statement.evidence().document())) {
            return;
        }
        String text = NormalizedText.normalize(statement.evidence().text());
        // « 4.1 L'infrastructure est hébergée par X, certifiée HDS pour les activités 1 à 4. 4.2 L'Éditeur … n'est
        // donc pas lui-même certifié. »: the party of the second sentence is not certified for the same scheme.
        if ((statement.actor() == Party.PROVIDER || statement.actor() == Party.SUBCONTRACTOR)
                && vocabulary.uncertifiedContinuation.matcher(text).find()) {
            certifications.add(new Certification(statement.id(), "HDS", statement.actor(), CertificationStatus.NOT_HELD,
                    Set.of(), "", statement.evidence()));
            return;
        }
        // « 5.2 X est certifiée HDS pour les activités 1 à 4. 5.3 L'Éditeur a engagé une démarche de certification
        // pour les activités 5 et 6. »: the scheme is the one of the article, still being obtained by that party.
        if ((statement.actor() == Party.PROVIDER || statement.actor() == Party.SUBCONTRACTOR) && text.contains("certifi")
                && !text.contains("hds") && vocabulary.certificationInProgress.matcher(text).find()) {
            certifications.add(new Certification(statement.id(), "HDS", statement.actor(), CertificationStatus.IN_PROGRESS,
                    activities(text), "", statement.evidence()));
            return;
        }
        // « … pour les activités suivantes : » then one item per activity (« · activité 1 – sites physiques ; »).
        if (certificate.evidence().text().strip().endsWith(":") && ACTIVITY_ITEM.matcher(text).lookingAt()) {
            Set<Integer> scope = new java.util.TreeSet<>(certificate.activities());
            scope.addAll(activities(text));
            certifications.set(last, new Certification(certificate.statementId(), certificate.scheme(), certificate.holder(),
                    certificate.status(), scope, certificate.details(), certificate.evidence()));
            return;
        }
        if (!certificate.activities().isEmpty() || !vocabulary.scopeContinuation.matcher(text).find()) {
            return;
        }
        Set<Integer> scope = activities(text);
        if (!scope.isEmpty()) {
            certifications.set(last, new Certification(certificate.statementId(), certificate.scheme(), certificate.holder(),
                    certificate.status(), scope, certificate.details(), certificate.evidence()));
        }
    }

    /**
     * Hours rounded to a third of a second: « deux cent quarante minutes » are four hours, not 4.000008 (the
     * factor of a minute is written with a few decimals), and a threshold of four hours must hold them.
     */
    private static double hours(double hours) {
        return Math.round(hours * 10_000d) / 10_000d;
    }

    /** The party a role word names (« le Titulaire », « l'Hébergeur »), UNKNOWN for none. */
    private Party partyOf(String role) {
        String norm = NormalizedText.normalize(role);
        for (Map.Entry<Party, Pattern> e : vocabulary.parties.entrySet()) {
            if (e.getValue().matcher(norm).find()) {
                return e.getKey();
            }
        }
        return Party.UNKNOWN;
    }


    @Override
    public List<ExtractedFacts> settle(List<Document> documents, List<ExtractedFacts> facts) {
        return Amendments.apply(vocabulary.supersession, vocabulary.derogation, vocabulary.maintenance,
                vocabulary.documentKinds, documents, facts);
    }

    private record SentenceFacts(Statement statement, List<HostingSite> sites, List<Certification> certifications) {
    }

    /** @param text what is read: the sentence, or a table row with its column headers ({@link TableRows}) */
    private SentenceFacts analyse(Document document, String kind, Sentence sentence, String text,
                                  Map<String, Set<String>> sectionTopics, Map<String, Section> sectionsById) {
        // « Est-ce que je suis remboursé ? » in a FAQ asks; the answer that follows is what commits.
        if (sentence.text().stripTrailing().endsWith("?")) {
            return null;
        }
        Set<String> headingTopics = sectionTopics.computeIfAbsent(sentence.section().id(),
                id -> headingTopics(sentence.section(), sectionsById));
        SentenceReading reading = readings.get(text, t -> read(t, false));
        if (reading == SentenceReading.INQUIRY) {
            return null; // « Le candidat décrit la conduite qu'il tiendrait… »: the candidate's answer is what commits
        }
        if (reading.silent()) {
            if (headingTopics.isEmpty()) {
                return null;
            }
            // « 4.1 Délai de rétablissement » then « Quatre heures. »: the heading gives the subject, the sentence
            // still gives its figures, party and modality (cached apart: a standard clause under its usual heading
            // comes back in every dossier).
            reading = readings.getFull(text, t -> read(t, true));
        }
        String id = document.name() + "#" + sentence.index();
        Evidence evidence = new Evidence(document.name(), sentence.page(), sentence.section().label(),
                sentence.text(), sentence.start(), sentence.end());
        Statement statement = new Statement(id, evidence, kind, reading.topicOffsets().keySet(), headingTopics,
                reading.negated(), reading.excepted(), reading.actor(), reading.modality(), reading.hedged(),
                reading.exception(), reading.discretion(), reading.permissive(), reading.measures(), reading.originalOffsets());
        List<HostingSite> sites = new ArrayList<>();
        for (SiteReading site : reading.sites()) {
            sites.add(new HostingSite(id, site.role(), site.place().label(), site.place().code(), site.place().zones(),
                    site.precise(), site.outside(), site.negated(), reading.modality(), reading.discretion(), evidence));
        }
        List<Certification> certifications = new ArrayList<>();
        for (CertReading c : reading.certifications()) {
            certifications.add(new Certification(id, c.scheme(), c.holder(), c.status(), c.activities(), "", evidence));
        }
        return new SentenceFacts(statement, sites, certifications);
    }

    /**
     * What the vocabulary reads in a sentence, independent of where the sentence stands: the same sentence in
     * another document reads the same (the cache of {@link SentenceReadings} relies on it).
     */
    record SentenceReading(Map<String, Integer> topicOffsets, Set<String> negated, Set<String> excepted, Modality modality,
                           Party actor, boolean hedged, boolean exception, boolean discretion, boolean permissive,
                           List<Measure> measures,
                           Map<String, Integer> originalOffsets, List<SiteReading> sites, List<CertReading> certifications) {

        static final SentenceReading SILENT = new SentenceReading(Map.of(), Set.of(), Set.of(), Modality.ASSERTION,
                Party.UNKNOWN, false, false, false, false, List.of(), Map.of(), List.of(), List.of());
        /** A tender asking the candidate to describe or state something: like a question, it commits no one. */
        static final SentenceReading INQUIRY = new SentenceReading(Map.of(), Set.of(), Set.of(), Modality.ASSERTION,
                Party.UNKNOWN, false, false, false, false, List.of(), Map.of(), List.of(), List.of());

        boolean silent() {
            return this == SILENT;
        }
    }

    record SiteReading(Vocabulary.Place place, SiteRole role, boolean precise, boolean outside, boolean negated) {
    }

    record CertReading(String scheme, Party holder, CertificationStatus status, Set<Integer> activities) {
    }

    /**
     * Where a topic stands for the figures of its sentence: the mention closest to a figure, rather than the first
     * one, and its end when the figure follows it (the figures of a sentence go to the topic mention nearest them).
     */
    private void anchorNearFigures(LiteralScan.Hits hits, NormalizedText norm, List<Measure> measures,
                                   Map<String, Integer> originalOffsets) {
        if (measures.size() < 2) {
            return;
        }
        for (Map.Entry<String, Integer> anchor : originalOffsets.entrySet()) {
            List<int[]> mentions = topics.mentions(hits, anchor.getKey());
            int best = anchor.getValue();
            int bestDistance = Integer.MAX_VALUE;
            for (int[] mention : mentions) {
                int start = norm.original(mention[0]);
                int end = norm.original(mention[1]);
                for (Measure m : measures) {
                    // A figure after the mention is measured from its end (« délai de rétablissement de huit heures »).
                    boolean after = m.offset() >= end;
                    int distance = after ? m.offset() - end : Math.abs(start - m.offset());
                    if (distance < bestDistance) {
                        bestDistance = distance;
                        best = after ? end : start;
                    }
                }
            }
            anchor.setValue(best);
        }
    }

    /** @param evenIfSilent read party, modality and figures even when no topic, place or certification is named */
    private SentenceReading read(String sentence, boolean evenIfSilent) {
        NormalizedText norm = NormalizedText.of(sentence);
        LiteralScan.Hits hits = scan.scan(norm.text());
        Map<String, Integer> topicOffsets = topics.offsets(hits);
        List<Place> places = places(hits);
        places.removeIf(place -> inProperName(sentence, norm.original(place.at)));
        List<Cert> certs = certifications(hits);
        if (hits.find(vocabulary.cues.get("inquiry")) && !hits.find(vocabulary.cues.get("prohibition"))) {
            return SentenceReading.INQUIRY;
        }
        // « Hébergement sur infrastructure certifiée HDS | Non souscrite »: an option the buyer did not take is no
        // part of the contract; the row states nothing.
        if (TableRows.isRow(hits.text()) && hits.find(vocabulary.cues.get("declined-option"))) {
            return SentenceReading.SILENT;
        }
        if (!evenIfSilent && topicOffsets.isEmpty() && places.isEmpty() && certs.isEmpty()) {
            return SentenceReading.SILENT;
        }
        Clauses clauses = Clauses.of(hits, vocabulary);
        Set<String> negated = new TreeSet<>();
        Set<String> excepted = new TreeSet<>();
        Map<String, Integer> originalOffsets = new LinkedHashMap<>();
        topicOffsets.forEach((topic, at) -> {
            if (clauses.negatedAt(at) && !restrictedBefore(norm.text(), at)) {
                negated.add(topic);
            }
            if (clauses.exceptedAt(at)) {
                excepted.add(topic);
            }
            originalOffsets.put(topic, norm.original(at));
        });
        List<Measure> measures = measures(norm, hits);
        anchorNearFigures(hits, norm, measures, originalOffsets);
        List<SiteReading> sites = new ArrayList<>();
        for (Place p : places) {
            boolean placeNegated = clauses.negatedAt(p.at) && !clauses.exceptedAt(p.at);
            for (SiteRole role : roles(hits, clauses, p.at, places.size() == 1)) {
                sites.add(new SiteReading(p.place, role, p.precise, p.outside, placeNegated));
            }
        }
        List<CertReading> certifications = new ArrayList<>();
        for (Cert c : certs) {
            certifications.add(new CertReading(c.scheme, holder(norm.text(), c.at),
                    certificationStatus(norm.text(), clauses, c.at), c.activities));
        }
        VerbCues verbs = new VerbCues(hits.first(vocabulary.cues.get("prohibition")),
                hits.first(vocabulary.cues.get("permission")), hits.first(vocabulary.cues.get("obligation")));
        Party actor = actor(hits, verbs);
        // « Le pouvoir adjudicateur se réserve la possibilité d'auditer » is the buyer's right, not the provider's
        // discretion: discretion is the provider deciding alone.
        boolean discretion = actor != Party.BUYER && hits.find(vocabulary.cues.get("discretion"));
        Modality modality = modality(verbs, clauses);
        boolean permissive = modality == Modality.PERMISSION && actor != Party.BUYER
                && permittedEverywhere(hits, topicOffsets.values());
        return new SentenceReading(java.util.Collections.unmodifiableMap(topicOffsets), Set.copyOf(negated),
                Set.copyOf(excepted), modality, actor,
                hits.find(vocabulary.cues.get("hedge")), clauses.hasException(),
                discretion, permissive, List.copyOf(measures),
                Map.copyOf(originalOffsets), List.copyOf(sites), List.copyOf(certifications));
    }

    /**
     * Every topic stands in a part of the sentence governed by a permission cue (parts end at « ; » and « : »):
     * « les techniciens peuvent voir des résultats ; ils sont tenus à la confidentialité » promises the second part.
     */
    private boolean permittedEverywhere(LiteralScan.Hits hits, java.util.Collection<Integer> offsets) {
        String text = hits.text();
        Pattern permission = vocabulary.cues.get("permission");
        List<Integer> cues = new ArrayList<>();
        StartMatcher m = hits.matcher(permission);
        while (m.find()) {
            if (!buyersOwn(text, m.start())) {
                cues.add(m.start());
            }
        }
        if (cues.isEmpty() || offsets.isEmpty()) {
            return false;
        }
        for (int at : offsets) {
            int partStart = Math.max(text.lastIndexOf(';', at), text.lastIndexOf(':', at)) + 1;
            int semicolon = text.indexOf(';', at);
            int colon = text.indexOf(':', at);
            int partEnd = Math.min(semicolon < 0 ? text.length() : semicolon, colon < 0 ? text.length() : colon);
            // The subject of the permitted verb may come first (« les journaux pourront être conservés »).
            if (cues.stream().noneMatch(c -> c >= partStart && c < partEnd)) {
                return false;
            }
        }
        return true;
    }

    /** « …, qui peut », « … qui pourra les extraire »: a relative clause opening on « qui », in normalized text. */
    private static final Pattern RELATIVE_BEFORE = Pattern.compile(",?\\s*qui\\s+(?:en |les |le |la |l'|y |lui )?$");

    /**
     * « tenues à la disposition de l'Établissement, qui peut les extraire »: a permission in a relative clause whose
     * antecedent is the buyer is the buyer's right, not a mere permission left to the provider.
     */
    private boolean buyersOwn(String text, int cue) {
        int from = Math.max(0, cue - 16);
        Matcher relative = RELATIVE_BEFORE.matcher(text.substring(from, cue));
        if (!relative.find()) {
            return false;
        }
        int relativeStart = from + relative.start();
        String before = text.substring(Math.max(0, relativeStart - 40), relativeStart);
        Matcher buyer = vocabulary.parties.get(Party.BUYER).matcher(before);
        while (buyer.find()) {
            if (buyer.end() >= before.length() - 1) {
                return true;
            }
        }
        return false;
    }

    private Set<String> headingTopics(Section section, Map<String, Section> byId) {
        Set<String> found = new LinkedHashSet<>();
        for (Section s = section; s != null; s = s.parentId() == null ? null : byId.get(s.parentId())) {
            String heading = NormalizedText.normalize(s.heading() + " " + s.number());
            found.addAll(topics.offsets(scan.scan(heading)).keySet());
        }
        return found;
    }

    private String documentKind(Document document) {
        StringBuilder head = new StringBuilder(document.name().replaceAll("[_.-]", " ")).append(' ');
        document.sentences().stream().limit(6).forEach(s -> head.append(s.text()).append(' '));
        document.sections().stream().limit(3).forEach(s -> head.append(s.heading()).append(' '));
        LiteralScan.Hits hits = scan.scan(NormalizedText.normalize(head.toString()));
        int best = Integer.MAX_VALUE;
        String kind = "AUTRE";
        for (Vocabulary.Named k : vocabulary.documentKinds) {
            int at = hits.first(k.pattern(), best);
            if (at >= 0) {
                best = at;
                kind = k.id();
            }
        }
        return kind;
    }

    private static final Pattern PREPOSITION_BEFORE = Pattern.compile("(?:^|\\s)(?:a|au|aux|de|du|des|d'|aupres de|envers|pour)\\s*$");

    /**
     * The agent of a participle (« maintenances validées par le Client ») qualifies a noun of the sentence: in a
     * sentence without a verb cue it is not the party the sentence binds. (After a modal verb, « peuvent être
     * modifiées par le Prestataire », the agent is the one acting and stays the fallback.)
     */
    private static final Pattern PARTICIPLE_AGENT_BEFORE = Pattern.compile("\\w(?:e|es|ee|ees|is|ise|ises|u|ue|us|ues|it|ite|ites) par\\s*$");

    /** A sentence opening on a personal pronoun (not the impersonal « il est convenu », « il appartient »). */
    private static final Pattern SUBJECT_PRONOUN = Pattern.compile(
            // (After the number of its sub-clause: « 24.2 Il conserve… ».)
            "\\s*(?:\\d{1,3}(?:\\.\\d{1,3})*\\.?\\s+)?(?:(?:il|elle|ils|elles)\\b(?!\\s+(?:appartient|incombe|convient|existe|y\\s|s'agit|importe|faut|est\\s+(?:convenu|entendu|précisé|rappelé|expressément|possible|interdit|prévu|admis|stipulé|important|nécessaire|obligatoire|indispensable|recommandé|demandé|exigé)|sera\\s+(?:convenu|précisé)))"
            + "|celui-ci|celle-ci|ce dernier|cette dernière|cette société|ladite société|cette entreprise)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The agent of a passive verb (« l'Acheteur est averti par l'Hébergeur », « les données sont hébergées par le
     * Titulaire »): the party that acts, though named after the one acted upon.
     */
    private static final Pattern PASSIVE_AGENT_BEFORE = Pattern.compile(
            "\\b(?:est|sont|sera|seront|soit|soient|ete|etre)(?: \\w+)? \\w+(?:e|es|ee|ees|i|ie|ies|is|ise|ises|u|ue|us|ues|it|ite|ites) par\\s*$");

    /** Words after which a party opens a clause as its subject (« et le Titulaire… », « si l'Acheteur… »). */
    private static final Pattern CLAUSE_OPENER = Pattern.compile(
            // (At the start, after the number of a sub-clause: « 11.2 Le Prestataire… ».)
            "(?:^(?:\\s*\\d{1,3}(?:\\.\\d{1,3})*\\.?)?|[,;:(]|\\b(?:et|ou|que|qu'|si|s'|lorsque|lorsqu'|quand|puis|mais|donc|car|alors|ensuite|enfin))\\s*$");

    /** A personal pronoun that opens a clause, in normalized text; impersonal « il appartient », « il est convenu » are not subjects. */
    private static final Pattern CLAUSE_PRONOUN = Pattern.compile(
            "(?:[,;:]|\\b(?:et|mais|puis|alors))\\s*(?:il|elle|ils|elles|celui-ci|celle-ci|ce dernier|cette derniere)\\s+"
            + "(?!appartient|incombe|convient|existe|y\\s|s'agit|importe|faut|resulte|est\\s+(?:convenu|entendu|precise|rappele|"
            + "expressement|possible|interdit|prevu|admis|stipule|important|necessaire|obligatoire|indispensable|recommande|"
            + "demande|exige)|sera\\s+(?:convenu|precise))");

    private static boolean opensClause(String text, int at) {
        return CLAUSE_OPENER.matcher(text.substring(Math.max(0, at - 14), at)).find();
    }

    private static boolean complement(String text, int at, String party) {
        return party.startsWith("du ") || party.startsWith("au ") || party.startsWith("aux ")
                || PREPOSITION_BEFORE.matcher(text.substring(Math.max(0, at - 12), at)).find()
                || (at > 0 && text.charAt(at - 1) == '(' && PREPOSITION_BEFORE_NAME.matcher(text.substring(Math.max(0, at - 60), at)).find());
    }

    /** « au DPO du CHIV (l'Établissement) »: the role PartyNames writes after a name follows the name's preposition. */
    private static final Pattern PREPOSITION_BEFORE_NAME = Pattern.compile(
            "(?:^|\\s)(?:a|au|aux|de|du|des|d'|aupres de|envers|pour)\\s*(?:l'|le |la )?[\\w&'.-]+(?: [\\w&'.-]+){0,4} \\($");

    /**
     * Where the first prohibition, permission and obligation cues of a sentence start (-1 when absent): found once,
     * read by both the modality and the acting party.
     */
    private record VerbCues(int prohibition, int permission, int obligation) {

        /** The first verb cue of any kind, {@link Integer#MAX_VALUE} when none. */
        int verb() {
            int verb = Integer.MAX_VALUE;
            for (int at : new int[] {obligation, permission, prohibition}) {
                if (at >= 0) {
                    verb = Math.min(verb, at);
                }
            }
            return verb;
        }
    }

    /** The earliest deontic cue decides; a prohibition cue anywhere wins over a permission. */
    private static Modality modality(VerbCues verbs, Clauses clauses) {
        int prohibition = verbs.prohibition();
        int permission = verbs.permission();
        int obligation = verbs.obligation();
        if (prohibition >= 0) {
            return Modality.PROHIBITION;
        }
        if (permission >= 0 && clauses.negatedAt(permission)) {
            return Modality.PROHIBITION;
        }
        if (permission >= 0 && (obligation < 0 || permission < obligation)) {
            return Modality.PERMISSION;
        }
        return obligation >= 0 ? Modality.OBLIGATION : Modality.ASSERTION;
    }

    /**
     * « Le Client concède à l'Éditeur le droit d'utiliser… »: the party given a right (cues.yaml, « grant ») is
     * the one that will act on it, whoever signs the grant.
     */
    private Party grantee(LiteralScan.Hits hits) {
        Pattern grant = vocabulary.cues.get("grant");
        int at = hits.first(grant);
        if (at < 0) {
            return Party.UNKNOWN;
        }
        String text = hits.text();
        Matcher g = grant.matcher(text);
        g.find(at);
        String after = text.substring(g.start(), Math.min(text.length(), g.end() + 40));
        Party found = Party.UNKNOWN;
        int foundAt = Integer.MAX_VALUE;
        for (Map.Entry<Party, Pattern> e : vocabulary.parties.entrySet()) {
            Matcher m = e.getValue().matcher(after);
            if (m.find() && m.start() < foundAt) {
                foundAt = m.start();
                found = e.getKey();
            }
        }
        // « Il concède à Apothex un droit d'utiliser… »: right after the grant stands a trade name, not a role. The
        // buyer is named by its role in its own contracts; a company named by its name is the provider.
        if (found == Party.UNKNOWN || foundAt > g.end() - g.start() + 20) {
            Matcher name = GRANTEE_NAME.matcher(text).region(g.end(), text.length());
            if (name.lookingAt() && !NOT_A_NAME.contains(name.group(1))) {
                return Party.PROVIDER;
            }
        }
        return found;
    }

    private static final Pattern GRANTEE_NAME = Pattern.compile("\\s*([a-z][a-z0-9&-]+)\\b");
    private static final Set<String> NOT_A_NAME = Set.of("la", "le", "les", "l", "un", "une", "des", "titre", "cet", "cette",
            "ce", "ces", "chaque", "tout", "toute", "tous", "toutes", "ses", "son", "sa", "leur", "leurs", "nos", "vos", "notre",
            "votre", "lui", "eux", "elle", "elles", "celui", "celle", "ceux", "quiconque", "autrui", "compter", "partir",
            "effet", "ladite", "ledit", "lesdits", "lesdites", "tiers", "aucun", "aucune", "sous", "condition");

    /** The party named last before the first verb cue, else the first party named. */
    private Party actor(LiteralScan.Hits hits, VerbCues verbs) {
        String text = hits.text();
        Party grantee = grantee(hits);
        if (grantee != Party.UNKNOWN) {
            return grantee;
        }
        int verb = verbs.verb();
        Party best = Party.UNKNOWN;
        int bestAt = -1;
        Party subject = Party.UNKNOWN;
        int subjectAt = -1;
        int firstAt = Integer.MAX_VALUE;
        Party first = Party.UNKNOWN;
        int firstAgentlessAt = Integer.MAX_VALUE;
        Party firstAgentless = Party.UNKNOWN;
        int passiveAgentAt = Integer.MAX_VALUE;
        Party passiveAgent = Party.UNKNOWN;
        Set<Integer> taken = new java.util.HashSet<>();
        for (Map.Entry<Party, Pattern> e : vocabulary.parties.entrySet()) {
            if (!hits.mayMatch(e.getValue())) {
                continue;
            }
            StartMatcher m = hits.matcher(e.getValue());
            while (m.find()) {
                if (!taken.add(m.start())) {
                    continue;
                }
                // Without a verb, « portée à la connaissance de l'Acheteur » names the buyer as the one told,
                // not the one acting: a party behind a preposition is a complement, not the subject.
                if (m.start() < firstAt && !complement(text, m.start(), m.group())) {
                    firstAt = m.start();
                    first = e.getKey();
                }
                // Read only where it is used: in a sentence without a verb cue.
                if (verb == Integer.MAX_VALUE && m.start() < passiveAgentAt
                        && PASSIVE_AGENT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
                    passiveAgentAt = m.start();
                    passiveAgent = e.getKey();
                }
                if (m.start() < firstAgentlessAt && !complement(text, m.start(), m.group())
                        && !PARTICIPLE_AGENT_BEFORE.matcher(text.substring(Math.max(0, m.start() - 16), m.start())).find()) {
                    firstAgentlessAt = m.start();
                    firstAgentless = e.getKey();
                }
                if (m.start() < verb && m.start() > bestAt && !complement(text, m.start(), m.group())) {
                    bestAt = m.start();
                    best = e.getKey();
                }
                if (m.start() < verb && m.start() > subjectAt && opensClause(text, m.start())) {
                    subjectAt = m.start();
                    subject = e.getKey();
                }
            }
        }
        // Without any verb cue, the sentence has no acting party to read before its verb: the first one named.
        if (verb == Integer.MAX_VALUE) {
            return passiveAgent != Party.UNKNOWN ? passiveAgent : firstAgentless;
        }
        // « …sur instruction documentée de l'Établissement ; il s'interdit toute utilisation… »: a pronoun opening
        // the clause of the verb is its subject, so the party named before it is not; the pronoun stands for the
        // party that opens the sentence, if one does, else for someone the sentence does not name.
        if (bestAt >= 0) {
            Matcher pronoun = CLAUSE_PRONOUN.matcher(text).region(bestAt, verb);
            if (pronoun.find()) {
                return subjectAt >= 0 && subjectAt < pronoun.start() ? subject : Party.UNKNOWN;
            }
        }
        // « …, le Titulaire en avertirait immédiatement l'Acheteur et s'opposerait… »: the buyer there is the
        // object of the first verb; the subject is the party that opens its clause.
        return subjectAt >= 0 ? subject : bestAt >= 0 ? best : first;
    }

    private List<Measure> measures(NormalizedText norm, LiteralScan.Hits hits) {
        String text = norm.text();
        List<Measure> measures = new ArrayList<>();
        Set<Integer> used = new java.util.HashSet<>();
        for (Vocabulary.Unit unit : units) {
            Pattern duration = durationPatterns.get(unit.name());
            if (!hits.mayMatch(duration)) {
                continue;
            }
            StartMatcher m = hits.matcher(duration);
            while (m.find()) {
                String digits = m.group("digits");
                double value = NumberWords.parse(digits != null ? digits : m.group("num").strip());
                if (Double.isNaN(value) || !used.add(m.start())) {
                    continue;
                }
                measures.add(new Measure(Measure.Kind.DURATION, value, unit.name(), hours(value * unit.hours()), norm.original(m.start()),
                        cellOf(text, m.start())));
            }
        }
        for (Vocabulary.ImplicitDuration implicit : vocabulary.implicitDurations) {
            if (!hits.mayMatch(implicit.pattern())) {
                continue;
            }
            Matcher m = implicit.pattern().matcher(hits.text());
            while (m.find()) {
                if (used.add(m.start())) {
                    measures.add(new Measure(Measure.Kind.DURATION, implicit.value(), implicit.unit(), implicit.hours(),
                            norm.original(m.start()), cellOf(text, m.start())));
                }
            }
        }
        if (hits.mayMatch(percentPattern)) {
            StartMatcher p = hits.matcher(percentPattern);
            while (p.find()) {
                double value = NumberWords.parse(p.group("num"));
                if (!Double.isNaN(value) && value <= 100) {
                    measures.add(new Measure(Measure.Kind.PERCENT, value, "%", value, norm.original(p.start()),
                            cellOf(text, p.start())));
                }
            }
        }
        measures.sort(java.util.Comparator.comparingInt(Measure::offset));
        return measures;
    }

    /** The index of the table cell at this offset: the cell bars before it. */
    private static int cellOf(String text, int at) {
        int cell = 0;
        for (int i = text.indexOf(" | "); i >= 0 && i < at; i = text.indexOf(" | ", i + 3)) {
            cell++;
        }
        return cell;
    }

    /**
     * A place written inside a proper name is no site: « la société Séquestre Numérique de France », « Microsoft
     * France », « Hôpitaux de Paris ». Read on the sentence as written: the capital of the word before (not the
     * first word of a sentence or cell, not all-capital text, not « Région » or « Zone » that name a site).
     */
    private static boolean inProperName(String sentence, int at) {
        // (« Marcoussis (91) »: the department after the town's name is the place, the town its site.)
        if (at <= 0 || at >= sentence.length() || !Character.isLetter(sentence.charAt(at))) {
            return false;
        }
        Matcher m = NAME_BEFORE_PLACE.matcher(sentence.substring(Math.max(0, at - 60), at));
        if (!m.find()) {
            return false;
        }
        String word = m.group("word");
        return !word.equals(word.toUpperCase(java.util.Locale.ROOT)) && !SITE_NOUNS.matcher(word).matches();
    }

    private static final Pattern NAME_BEFORE_PLACE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<=[\\p{L}'’,]\\s)(?<word>\\p{Lu}[\\p{L}’'-]+)\\s+(?:(?:de|du|des)\\s+|d[’'])?$");
    private static final Pattern SITE_NOUNS = Pattern.compile(
            "(?i)r[ée]gions?|zones?|sites?|campus|datacenters?|data|centres?|h[ée]bergement|localisation|pays|territoire");

    private record Place(Vocabulary.Place place, int at, boolean outside, boolean precise) {
    }

    private List<Place> places(LiteralScan.Hits hits) {
        List<Place> found = new ArrayList<>();
        boolean dataContext = vocabulary.roles.values().stream().anyMatch(hits::find);
        // « Article A6 – Transferts hors de l'Union européenne »: a title announces what the clauses under it say;
        // it places no data itself.
        if (!dataContext || find(vocabulary.headingLine, hits.text())) {
            return found;
        }
        Set<Integer> taken = new java.util.HashSet<>();
        for (Vocabulary.Place place : vocabulary.places) {
            // Sites first: « Roubaix » and « France » in one clause are two places, the city being the precise one.
            if (place.sites() != null) {
                collect(place, place.sites(), true, hits, taken, found);
            }
            collect(place, place.pattern(), false, hits, taken, found);
        }
        return found;
    }

    private void collect(Vocabulary.Place place, Pattern pattern, boolean precise, LiteralScan.Hits hits, Set<Integer> taken,
                         List<Place> found) {
        if (!hits.mayMatch(pattern)) {
            return;
        }
        String text = hits.text();
        StartMatcher m = hits.matcher(pattern);
        while (m.find()) {
            if (!taken.add(m.start())) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - 120), m.start());
            if (find(vocabulary.notASite, before)) {
                continue; // « les lois des États-Unis », « les autorités chinoises »: not where the data are
            }
            Matcher o = vocabulary.outside.matcher(before);
            boolean outside = false;
            while (o.find()) {
                outside = o.end() >= before.length() - 1;
            }
            found.add(new Place(place, m.start(), outside, precise));
        }
    }

    /**
     * The roles of a place: the most specific role word of its clause; and when the clause includes copies in the
     * hosting (« les données, y compris les sauvegardes et le secours, sont hébergées en France »), the primary
     * role plus every copy role it names.
     */
    private List<SiteRole> roles(LiteralScan.Hits hits, Clauses clauses, int at, boolean onlyPlace) {
        String text = hits.text();
        // With a single place in the sentence, the inclusion may stand in another clause (« …, y compris … »).
        String clause = onlyPlace ? text : clauses.clauseText(at);
        if (find(vocabulary.roleFrom, text.substring(Math.max(0, at - 60), at))) {
            return List.of(SiteRole.SUPPORT);
        }
        if (!clauses.hasException() && hits.find(vocabulary.roleUniversal)) {
            return List.of(SiteRole.PRIMARY, SiteRole.BACKUP, SiteRole.DISASTER_RECOVERY);
        }
        Matcher inclusion = vocabulary.roleInclusion.matcher(clause);
        if (inclusion.find()) {
            // « le site de secours, ainsi que les sauvegardes, sont à Genève »: what the copies are added to is
            // itself a copy, not the primary data.
            String base = clause.substring(0, inclusion.start());
            boolean baseIsCopy = List.of(SiteRole.DISASTER_RECOVERY, SiteRole.BACKUP).stream()
                    .map(vocabulary.roles::get).anyMatch(p -> p != null && find(p, base));
            List<SiteRole> roles = new ArrayList<>(baseIsCopy ? List.of() : List.of(SiteRole.PRIMARY));
            for (SiteRole role : List.of(SiteRole.DISASTER_RECOVERY, SiteRole.BACKUP)) {
                Pattern p = vocabulary.roles.get(role);
                if (p != null && find(p, clause)) {
                    roles.add(role);
                }
            }
            return roles;
        }
        SiteRole role = role(hits, clauses, at);
        // A copy role beside the production named in the same clause (« deux centres en France, l'un de production,
        // l'autre de secours »): the place holds both.
        if ((role == SiteRole.DISASTER_RECOVERY || role == SiteRole.BACKUP) && find(vocabulary.roleProduction, clause)) {
            return List.of(SiteRole.PRIMARY, role);
        }
        return List.of(role);
    }

    private SiteRole role(LiteralScan.Hits hits, Clauses clauses, int at) {
        String clause = clauses.clauseText(at);
        boolean row = TableRows.isRow(hits.text());
        List<String> scopes = List.of(clause, hits.text());
        for (int i = 0; i < scopes.size(); i++) {
            String scope = scopes.get(i);
            for (SiteRole role : List.of(SiteRole.DISASTER_RECOVERY, SiteRole.BACKUP, SiteRole.SUPPORT, SiteRole.TRANSFER,
                    SiteRole.PRIMARY)) {
                Pattern p = vocabulary.roles.get(role);
                // A literal missing from the sentence is missing from each of its clauses.
                if (p == null || !hits.mayMatch(p) || !p.matcher(scope).find()) {
                    continue;
                }
                // In a table row, a cell's column label (« Localisation », « Lieu de traitement ») says where, not
                // what for: the service the row describes (« Centre d'appels », « Envoi des SMS ») gives the role,
                // read on the whole row next.
                if (row && i == 0 && role == SiteRole.PRIMARY
                        && !p.matcher(vocabulary.rowLabels.matcher(scope).replaceAll(" ")).find()) {
                    break;
                }
                return role;
            }
        }
        return SiteRole.UNSPECIFIED;
    }

    private record Cert(String scheme, int at, Set<Integer> activities) {
    }

    private List<Cert> certifications(LiteralScan.Hits hits) {
        List<Cert> found = new ArrayList<>();
        for (Vocabulary.Named scheme : vocabulary.schemes) {
            int at = hits.first(scheme.pattern());
            if (at >= 0) {
                found.add(new Cert(scheme.id(), at, scheme.id().equals("HDS") ? activities(hits.text()) : Set.of()));
            }
        }
        // « au sens de l'article L.1111-8 », a contract titled « hébergement de données de santé »: the field, not a
        // certificate, unless the sentence also speaks of certification (« hébergeur agréé de données de santé ») or
        // claims to meet its requirements (« conformément aux exigences applicables à l'hébergement de données de
        // santé »: a claim, read as such below).
        if (hits.first(vocabulary.certificationCue) >= 0 || hits.first(vocabulary.certificationClaimed) >= 0) {
            for (Vocabulary.Named mention : vocabulary.schemeMentions) {
                int at = hits.first(mention.pattern());
                if (at >= 0 && found.stream().noneMatch(c -> c.scheme().equals(mention.id()))) {
                    found.add(new Cert(mention.id(), at, mention.id().equals("HDS") ? activities(hits.text()) : Set.of()));
                }
            }
        }
        // « met à disposition … les certificats HDS mentionnés au contrat »: certificates as papers to hand over say
        // nothing of who holds which (the pack's « documents-only »). Asked only of the few sentences that name one.
        if (!found.isEmpty() && hits.find(vocabulary.certificateAsDocument)) {
            return List.of();
        }
        return found;
    }

    /** HDS activities named by number (« activités 1 à 6 », « 1, 2 et 5 ») or by name. */
    private Set<Integer> activities(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher list = vocabulary.activityList.matcher(text);
        while (list.find()) {
            String numbers = list.group().replaceAll("[^0-9a]+", " ").strip();
            Matcher range = Pattern.compile("([1-6])\\s+a\\s+([1-6])").matcher(numbers);
            if (range.find()) {
                for (int i = Integer.parseInt(range.group(1)); i <= Integer.parseInt(range.group(2)); i++) {
                    found.add(i);
                }
            }
            Matcher single = Pattern.compile("(?<![0-9])([1-6])(?![0-9])").matcher(numbers);
            while (single.find()) {
                found.add(Integer.parseInt(single.group(1)));
            }
        }
        if (find(vocabulary.activityAll, text)) {
            for (int i = 1; i <= 6; i++) {
                found.add(i);
            }
        }
        vocabulary.activities.forEach((n, p) -> {
            if (p.matcher(text).find()) {
                found.add(n);
            }
        });
        return found;
    }

    /**
     * A register of subcontractors written as one sub-article per company (« 9.2 – Nordrive Services Private
     * Limited », then « Certification HDS : non »): a sentence that names no provider speaks of the company its
     * heading names.
     */
    private boolean headedBySubcontractor(Statement statement) {
        String heading = statement.evidence().section();
        if (heading == null || heading.isEmpty()) {
            return false;
        }
        String text = NormalizedText.normalize(statement.evidence().text());
        return vocabulary.parties.get(Party.SUBCONTRACTOR).matcher(NormalizedText.normalize(heading)).find()
                && !vocabulary.parties.get(Party.PROVIDER).matcher(text).find()
                && !vocabulary.parties.get(Party.SUBCONTRACTOR).matcher(text).find();
    }

    /** A subcontractor or host named before the scheme holds it; otherwise the provider does. */
    private Party holder(String text, int at) {
        Matcher m = vocabulary.parties.get(Party.SUBCONTRACTOR).matcher(text.substring(0, at));
        return m.find() ? Party.SUBCONTRACTOR : Party.PROVIDER;
    }

    private CertificationStatus certificationStatus(String text, Clauses clauses, int at) {
        if (vocabulary.certificationDeniedAfter.matcher(text).region(at, text.length()).lookingAt()) {
            return CertificationStatus.NOT_HELD;
        }
        if (vocabulary.certificationInProgress.matcher(text).find()) {
            return CertificationStatus.IN_PROGRESS;
        }
        if (vocabulary.certificationClaimed.matcher(text).find()) {
            return CertificationStatus.CLAIMED;
        }
        if (clauses.negatedAt(at) && !clauses.exceptedAt(at)) {
            return CertificationStatus.NOT_HELD;
        }
        if (vocabulary.certificationRequired.matcher(text).find()) {
            return CertificationStatus.REQUIRED;
        }
        return CertificationStatus.HELD;
    }

    /**
     * « ne … pas sans l'accord », « ne … qu'avec l'autorisation »: in a negated clause, a topic introduced by a
     * restriction cue (cues.yaml, « restriction ») is what the clause requires, not what it denies.
     */
    private boolean restrictedBefore(String text, int at) {
        String window = text.substring(Math.max(0, at - 60), at);
        Pattern restriction = vocabulary.cues.get("restriction");
        if (!Literals.mayMatch(restriction, window)) {
            return false;
        }
        Matcher m = restriction.matcher(window);
        int start = -1;
        int end = -1;
        while (m.find()) {
            start = m.start();
            end = m.end();
        }
        if (end < 0 || window.substring(end).strip().split("\\s+").length > 3) {
            return false; // at most three short words (articles, « écrit », « préalable ») between the cue and the topic
        }
        // Only a double negation restricts: « peut répondre sans informer » still denies the information.
        String before = text.substring(Math.max(0, at - 140), Math.max(0, at - 60) + start);
        Pattern negation = vocabulary.cues.get("negation");
        Matcher n = negation.matcher(before);
        while (n.find()) {
            if (!n.group().startsWith("sans")) {
                return true;
            }
        }
        return false;
    }

    /** A regex search behind the literal prefilter. */
    private static boolean find(Pattern p, String text) {
        return Literals.mayMatch(p, text) && p.matcher(text).find();
    }
}
