package fr.vigie.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import fr.vigie.facts.Party;
import fr.vigie.facts.SiteRole;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * The phrasings of a rule pack ({@code vocabulary/}), compiled once. Every pattern is matched on
 * {@link NormalizedText} with letter/digit boundaries added around it.
 */
public final class Vocabulary {

    /** A country or zone; {@code sites} (cities, regions; null when none) identify a site inside it. */
    record Place(String code, String label, Set<String> zones, Pattern pattern, Pattern sites) {
    }

    record Named(String id, Pattern pattern) {
    }

    /** A duration said without a figure (« dans la semaine », « sous huitaine »): its value in one unit. */
    record ImplicitDuration(Pattern pattern, double value, String unit, double hours) {
    }

    record Unit(String name, Pattern pattern, double hours) {
    }

    static final List<String> CUES = List.of("negation", "exception", "restriction", "hedge", "discretion", "permission",
            "obligation", "prohibition", "clause-break", "grant", "inquiry", "declined-option");

    // A key written twice (two « label: » in one topic) is an authoring mistake: refused, not silently overwritten.
    private static final ObjectMapper YAML = new ObjectMapper(
            YAMLFactory.builder().enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    final Map<String, Pattern> topics = new LinkedHashMap<>();
    /** The same topics, each split into its alternatives (see {@link #parts}): what the extractor runs. */
    final Map<String, List<Pattern>> topicParts = new LinkedHashMap<>();
    final Map<String, Pattern> cues = new LinkedHashMap<>();
    /** Phrasings of an amendment striking out an article, each with a group « article » (see {@link Amendments}). */
    final List<Pattern> supersession = new ArrayList<>();
    /** « Par dérogation à l'article 14.4, … »: the article of another document that the sentence sets aside. */
    final List<Pattern> derogation = new ArrayList<>();
    /** « La Section 19 des CGU demeure applicable »: the articles of another document that the sentence keeps in force. */
    final List<Pattern> maintenance = new ArrayList<>();
    final Map<Party, Pattern> parties = new LinkedHashMap<>();
    final List<Place> places = new ArrayList<>();
    Pattern outside;
    /** « y compris les sauvegardes »: the place of the clause holds the data and the copies it names. */
    Pattern roleInclusion;
    Pattern roleUniversal;
    /** « dans deux centres en France, l'un de production, l'autre de secours »: the place holds the production too. */
    Pattern roleProduction;
    /** « … est assurée par le personnel de X depuis Bâle »: work done from a place is done there, whatever it is on. */
    Pattern roleFrom;
    Pattern rowLabels;
    /** Words that make the following place the origin of laws or authorities, not a data location (ends the text before). */
    Pattern notASite;
    Pattern headingLine;
    final Map<SiteRole, Pattern> roles = new EnumMap<>(SiteRole.class);
    final List<Named> schemes = new ArrayList<>();
    /** Words naming a scheme's field (« hébergement de données de santé »): a certification only beside a cue. */
    final List<Named> schemeMentions = new ArrayList<>();
    Pattern certificationCue;
    final Map<Integer, Pattern> activities = new LinkedHashMap<>();
    Pattern activityList;
    Pattern activityAll;
    Pattern scopeContinuation;
    Pattern uncertifiedContinuation;
    Pattern certificationRequired;
    Pattern certificationInProgress;
    Pattern certificationClaimed;
    Pattern certificateAsDocument;
    /** Read from the scheme's mention on: « HDS : non », « HDS : néant » in a cell of a table of subcontractors. */
    Pattern certificationDeniedAfter;
    final List<Unit> units = new ArrayList<>();
    final List<ImplicitDuration> implicitDurations = new ArrayList<>();
    Pattern percent;
    final List<Named> documentKinds = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private Vocabulary() {
    }

    public static Vocabulary load(Path dir) {
        Vocabulary v = new Vocabulary();
        v.read(dir);
        if (!v.problems.isEmpty()) {
            throw new VocabularyException("Vocabulaire invalide dans " + dir + " :\n  " + String.join("\n  ", v.problems),
                    v.problems);
        }
        return v;
    }

    public Set<String> topicIds() {
        return topics.keySet();
    }

    /** Patterns that name an article by a group « article », each compiled on its own (the group names repeat). */
    private void readArticlePatterns(JsonNode cueFile, String key, List<Pattern> into) {
        for (String p : valid(list(cueFile.path(key)), "cues.yaml", key, true)) {
            if (!p.contains("(?<article>")) {
                problems.add("cues.yaml : « " + key + " » : le motif « " + p + " » doit nommer l'article par un groupe"
                        + " « (?<article>…) ».");
            } else {
                into.add(alternation(List.of(p), true));
            }
        }
    }

    private void read(Path dir) {
        JsonNode cueFile = yaml(dir.resolve("cues.yaml"));
        for (String cue : CUES) {
            // Clause breaks start with punctuation (« , et »): a word boundary before them would never match.
            cues.put(cue, cue.equals("clause-break") ? compileRaw(list(cueFile.path(cue)), "cues.yaml", cue)
                    : compile(list(cueFile.path(cue)), "cues.yaml", cue));
        }
        readArticlePatterns(cueFile, "supersession", supersession);
        readArticlePatterns(cueFile, "derogation", derogation);
        readArticlePatterns(cueFile, "maintenance", maintenance);
        JsonNode partyFile = yaml(dir.resolve("parties.yaml"));
        // Most specific first: « son hébergeur » is a subcontractor before « hébergeur » is the provider.
        parties.put(Party.SUBCONTRACTOR, compile(list(partyFile.path("subcontractor")), "parties.yaml", "subcontractor"));
        parties.put(Party.THIRD_PARTY, compile(list(partyFile.path("third-party")), "parties.yaml", "third-party"));
        parties.put(Party.BUYER, compile(list(partyFile.path("buyer")), "parties.yaml", "buyer"));
        parties.put(Party.PROVIDER, compile(list(partyFile.path("provider")), "parties.yaml", "provider"));

        JsonNode placeFile = yaml(dir.resolve("places.yaml"));
        for (JsonNode c : placeFile.path("countries")) {
            List<String> sites = list(c.path("sites"));
            places.add(new Place(c.path("code").asText(), c.path("label").asText(c.path("code").asText()),
                    Set.copyOf(list(c.path("zones"))), compile(list(c.path("patterns")), "places.yaml", c.path("code").asText()),
                    sites.isEmpty() ? null : compile(sites, "places.yaml", c.path("code").asText() + " (sites)")));
        }
        for (JsonNode z : placeFile.path("zones")) {
            places.add(new Place("", z.path("label").asText(), Set.copyOf(list(z.path("zones"))),
                    compile(list(z.path("patterns")), "places.yaml", z.path("label").asText()), null));
        }
        outside = compileRaw(list(placeFile.path("outside")), "places.yaml", "outside");
        roleInclusion = compile(list(placeFile.path("role-inclusion")), "places.yaml", "role-inclusion");
        roleUniversal = compile(list(placeFile.path("role-universal")), "places.yaml", "role-universal");
        roleProduction = compile(list(placeFile.path("role-production")), "places.yaml", "role-production");
        roleFrom = compileRaw(list(placeFile.path("role-from")), "places.yaml", "role-from");
        rowLabels = compile(list(placeFile.path("row-labels")), "places.yaml", "row-labels");
        notASite = compileRaw(list(placeFile.path("not-a-site")), "places.yaml", "not-a-site");
        headingLine = compileRaw(list(placeFile.path("heading-line")), "places.yaml", "heading-line");
        placeFile.path("roles").properties().forEach(e -> {
            try {
                roles.put(SiteRole.valueOf(e.getKey()), compile(list(e.getValue()), "places.yaml", "roles." + e.getKey()));
            } catch (IllegalArgumentException ex) {
                problems.add("places.yaml : rôle inconnu « " + e.getKey() + " » (PRIMARY, BACKUP, DISASTER_RECOVERY, SUPPORT, TRANSFER).");
            }
        });

        JsonNode certFile = yaml(dir.resolve("certifications.yaml"));
        for (JsonNode s : certFile.path("schemes")) {
            schemes.add(new Named(s.path("id").asText(), compile(list(s.path("patterns")), "certifications.yaml", s.path("id").asText())));
            if (!list(s.path("mentions")).isEmpty()) {
                schemeMentions.add(new Named(s.path("id").asText(),
                        compile(list(s.path("mentions")), "certifications.yaml", s.path("id").asText() + " (mentions)")));
            }
        }
        certificationCue = compile(list(certFile.path("certification-cue")), "certifications.yaml", "certification-cue");
        certFile.path("activities").properties().forEach(e ->
                activities.put(Integer.parseInt(e.getKey()), compile(list(e.getValue()), "certifications.yaml", "activities." + e.getKey())));
        activityList = compileRaw(list(certFile.path("activity-list")), "certifications.yaml", "activity-list");
        activityAll = compile(list(certFile.path("activity-all")), "certifications.yaml", "activity-all");
        uncertifiedContinuation = compile(list(certFile.path("uncertified-continuation")), "certifications.yaml", "uncertified-continuation");
        scopeContinuation = compile(list(certFile.path("scope-continuation")), "certifications.yaml", "scope-continuation");
        certificationRequired = compile(list(certFile.path("required")), "certifications.yaml", "required");
        certificationInProgress = compile(list(certFile.path("in-progress")), "certifications.yaml", "in-progress");
        certificationClaimed = compile(list(certFile.path("claimed")), "certifications.yaml", "claimed");
        certificateAsDocument = compile(list(certFile.path("documents-only")), "certifications.yaml", "documents-only");
        certificationDeniedAfter = compileRaw(list(certFile.path("denied-after")), "certifications.yaml", "denied-after");

        JsonNode unitFile = yaml(dir.resolve("units.yaml"));
        for (JsonNode u : unitFile.path("durations")) {
            // Units follow a figure directly (« 4h »): only the trailing boundary applies.
            units.add(new Unit(u.path("unit").asText(), compileTrailing(list(u.path("patterns")), "units.yaml", u.path("unit").asText()),
                    u.path("hours").asDouble()));
        }
        percent = compileRaw(list(unitFile.path("percent")), "units.yaml", "percent");
        for (JsonNode d : unitFile.path("without-figure")) {
            String unit = d.path("unit").asText();
            Optional<Unit> known = units.stream().filter(u -> u.name().equals(unit)).findFirst();
            if (known.isEmpty()) {
                problems.add("units.yaml : « without-figure » : unité inconnue « " + unit + " »");
                continue;
            }
            double value = d.path("value").asDouble(1);
            implicitDurations.add(new ImplicitDuration(compile(list(d.path("patterns")), "units.yaml", "without-figure"),
                    value, unit, value * known.get().hours()));
        }

        JsonNode kindFile = yaml(dir.resolve("document-kinds.yaml"));
        for (JsonNode k : kindFile.path("kinds")) {
            documentKinds.add(new Named(k.path("id").asText(), compile(list(k.path("patterns")), "document-kinds.yaml", k.path("id").asText())));
        }

        Path topicDir = dir.resolve("topics");
        if (Files.isDirectory(topicDir)) {
            try (Stream<Path> files = Files.list(topicDir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                    String where = "topics/" + f.getFileName();
                    for (JsonNode t : yaml(f).path("topics")) {
                        String id = t.path("id").asText();
                        if (id.isBlank()) {
                            problems.add(where + " : un sujet sans « id ».");
                        } else if (topics.containsKey(id)) {
                            problems.add(where + " : le sujet « " + id + " » est déjà défini ailleurs.");
                        } else {
                            List<String> valid = valid(list(t.path("patterns")), where, id, true);
                            topics.put(id, alternation(valid, true));
                            topicParts.put(id, parts(valid, topics.get(id)));
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private JsonNode yaml(Path file) {
        if (!Files.isRegularFile(file)) {
            problems.add(file.getFileName() + " : fichier manquant.");
            return YAML.createObjectNode();
        }
        try {
            JsonNode node = YAML.readTree(file.toFile());
            return node == null ? YAML.createObjectNode() : node;
        } catch (IOException e) {
            problems.add(file.getFileName() + " : YAML illisible — " + e.getMessage().lines().findFirst().orElse(""));
            return YAML.createObjectNode();
        }
    }

    private static List<String> list(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** Alternation of the patterns, bounded so a pattern never matches inside a word. */
    private Pattern compile(List<String> patterns, String file, String entry) {
        return compile(patterns, file, entry, true);
    }

    /** Alternation without the leading boundary (for patterns that start with punctuation, such as « % »). */
    private Pattern compileRaw(List<String> patterns, String file, String entry) {
        return compile(patterns, file, entry, false);
    }

    private Pattern compileTrailing(List<String> patterns, String file, String entry) {
        Pattern raw = compile(patterns, file, entry, false);
        return Pattern.compile("(?:" + raw.pattern() + ")" + WORD_END);
    }

    /**
     * End of a match: not inside a word, except after an elided article or preposition, so that
     * « sur instruction de l' » matches « sur instruction de l'acheteur ».
     */
    private static final String WORD_END = "(?:(?<=')|(?![\\p{L}\\p{N}]))";

    /**
     * Endings that word boundaries make unmatchable, each with the advice given to the author. Checked on bounded
     * patterns only; `vigie rules validate` reports them with the file and the entry.
     */
    private record DeadEnding(Pattern ending, String advice) {
    }

    private static final List<DeadEnding> DEAD_ENDINGS = List.of(
            // « journaux (?:d'acces)? » never matches « journaux sont… », « soumis (?:au |aux ) » never matches
            // « soumis au droit »: the space must be followed by a letter, and the word boundary forbids exactly that.
            new DeadEnding(Pattern.compile("(?: \\((?:\\?:)?[^()]*\\)[?*]| [)?*+]*)$"),
                    "finit par une espace (seule, dans un groupe ou avant un groupe facultatif) : la limite de mot qui suit"
                            + " interdit toute lettre après elle, le motif ne trouve donc rien. Écrivez « mot(?: suite)? »"
                            + " ou « (?:au|aux) »."),
            // « le droit d(?:e |') » finds « le droit d'agir » but never « le droit de… »: one branch of the last group
            // ends with a space, and the word boundary after it never holds.
            new DeadEnding(Pattern.compile(" \\|[^()]*\\)[?*+]*$"),
                    "a, dans son dernier groupe, une alternative qui finit par une espace : cette alternative ne trouve"
                            + " jamais rien. Écrivez « d(?:e|') » plutôt que « d(?:e |') »."),
            // « sous reserve d » finds « sous réserve d'un accord » but never « sous réserve des » nor « du ».
            new DeadEnding(Pattern.compile("(?:^| )[dl]$"),
                    "finit par une lettre isolée ; il ne trouve que la forme élidée (« d' »). Écrivez « d(?:e|es|u|') »."),
            // « nordhost sa,? (?=societe) » never matches: the lookahead consumes nothing, so the word boundary falls
            // right after the space, before a letter.
            new DeadEnding(Pattern.compile(" \\(\\?[=!][^()]*(?:\\([^()]*\\)[^()]*)*\\)$"),
                    "finit par une espace suivie d'une anticipation « (?=…) » : la limite de mot qui suit l'espace interdit"
                            + " toute lettre, le motif ne trouve donc rien. Mettez l'espace dans l'anticipation : « sa(?=,? societe) »."),
            // « limitée à \\d » finds « limitée à 5 % » but never « limitée à 50 % ».
            new DeadEnding(Pattern.compile("[ |(]\\\\d\\)*$"),
                    "finit par un seul chiffre (\\d) ; il ne trouve aucun nombre de deux chiffres ou plus. Écrivez « \\d+ »."),
            // « conservées par [a-z] » finds « conservées par X » but never « conservées par Parlivo ».
            new DeadEnding(Pattern.compile(" \\[[^\\]]*a-z[^\\]]*\\]\\)*$"),
                    "finit par une seule lettre ([a-z]) après une espace ; il ne trouve que des mots d'une lettre. Écrivez"
                            + " « [a-z]\\w* »."));

    private Pattern compile(List<String> patterns, String file, String entry, boolean bounded) {
        return alternation(valid(patterns, file, entry, bounded), bounded);
    }

    /** The patterns that compile and can match, the others reported as problems. */
    private List<String> valid(List<String> patterns, String file, String entry, boolean bounded) {
        List<String> valid = new ArrayList<>();
        for (String p : patterns) {
            DeadEnding dead = bounded ? DEAD_ENDINGS.stream().filter(d -> d.ending().matcher(p).find()).findFirst().orElse(null) : null;
            if (dead != null) {
                problems.add(file + " : « " + entry + " » : le motif « " + p + " » " + dead.advice());
                continue;
            }
            try {
                Pattern.compile(p);
                valid.add(p);
            } catch (PatternSyntaxException e) {
                problems.add(file + " : « " + entry + " » : motif invalide « " + p + " » — " + e.getDescription());
            }
        }
        return valid;
    }

    private static Pattern alternation(List<String> valid, boolean bounded) {
        if (valid.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        String body = String.join("|", valid.stream().map(p -> "(?:" + p + ")").toList());
        return Pattern.compile(bounded ? WORD_START + "(?:" + body + ")" + WORD_END : "(?:" + body + ")");
    }

    /** Start of a bounded match: not inside a word. */
    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";

    /** Inline flags and back-references tie the alternatives of a pattern together; \Q…\E hides its « | ». */
    private static final Pattern UNSPLITTABLE = Pattern.compile("\\(\\?-?[idmsuxU]|\\\\[1-9]|\\\\k<|\\\\Q");

    /**
     * The top-level alternatives of bounded patterns, each compiled on its own with the same boundaries as
     * {@code whole}, their alternation. The alternation matches at a position exactly when one of its
     * alternatives does, so its earliest match starts where the earliest match of any alternative starts; and
     * each alternative gets a literal prefilter of its own. One long topic then no longer runs entirely on
     * every sentence that holds a literal of any of its phrasings (« donnees » lets forty alternatives of
     * health-data run where two can match). Only the start of a match is the same: callers that need the
     * matched text or every match use {@code whole}. Patterns whose alternatives cannot be separated keep
     * {@code whole} as their only part.
     */
    static List<Pattern> parts(List<String> valid, Pattern whole) {
        if (valid.stream().anyMatch(p -> UNSPLITTABLE.matcher(p).find())) {
            return List.of(whole);
        }
        java.util.Set<String> alternatives = new java.util.LinkedHashSet<>();
        for (String p : valid) {
            alternatives.addAll(Literals.topLevelAlternatives(p));
        }
        List<Pattern> parts = new ArrayList<>();
        for (String alternative : alternatives) {
            try {
                parts.add(Pattern.compile(WORD_START + "(?:" + alternative + ")" + WORD_END));
            } catch (PatternSyntaxException e) {
                return List.of(whole); // a « | » the splitter misread: the whole alternation stays exact
            }
        }
        return List.copyOf(parts);
    }
}
