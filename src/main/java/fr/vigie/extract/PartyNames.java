package fr.vigie.extract;

import fr.vigie.document.Document;
import fr.vigie.document.Sentence;
import fr.vigie.facts.Party;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trade names a dossier gives its parties: « la société Vireo Data SAS, …, ci-après « le Titulaire » »,
 * « Le Titulaire, Hospicloud SA, fournit… », « Apothex GmbH (le « Prestataire ») ». Contracts then write
 * « Apothex applique les correctifs » as often as « le Prestataire applique… ». Each later mention of such a name is
 * read with its role after it (« Apothex (le Prestataire) applique… »), so that the acting party, the holder of a
 * certification or the grantee of a right is found as if the role were written. Only the provider's side is named
 * this way (provider and subcontractors): the buyer is written by its role in its own contracts, and hospital names
 * (« Centre hospitalier de… ») are already known words; only a hospital's acronym defined in brackets (« le Centre
 * Hospitalier Intercommunal de Vallorgue (« le CHIV ») ») is read as the buyer. Immutable.
 */
final class PartyNames {

    /** A proper name: up to five capitalised words (« Vireo Data SAS », « ORTELLIS », « Cybéria Garde Maroc SARL »). */
    private static final String NAME = "\\p{Lu}[\\p{L}\\p{N}&'’.-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}&'’.-]*){0,4}";
    /** « ci-après « le Titulaire » », « ci-après le « Client » », « ci-après « Apothex » ou le « Fournisseur » ». */
    private static final Pattern AFTER_WORD = Pattern.compile(
            "ci-apr[èe]s(?:\\s+(?:d[ée]nomm[ée]e?s?|d[ée]sign[ée]e?s?|nomm[ée]e?s?|appel[ée]e?s?))?\\s*,?\\s*(?:(?:le|la|l')\\s*)?[«\"“]\\s*(?<role>[^»\"”]{2,40}?)\\s*[»\"”]"
                    + "(?:\\s*,?\\s*(?:ou|et)\\s+(?:(?:le|la|l')\\s*)?[«\"“]\\s*(?<second>[^»\"”]{2,40}?)\\s*[»\"”])?");
    private static final Pattern COMPANY_BEFORE = Pattern.compile(
            "(?:soci[ée]t[ée]|entreprise|groupe)\\s+(?<name>" + NAME + ")");
    private static final Pattern NAME_FIRST = Pattern.compile("^\\s*(?:Entre\\s*:?\\s*)?(?<name>" + NAME + ")");
    static final Pattern ROLE_THEN_NAME = Pattern.compile(
            "\\b(?:[Ll]e|[Ll]a|[Ll]')\\s*(?<role>Titulaire|Prestataire|Fournisseur|Cocontractant|Sous-traitant|[ÉE]diteur|H[ée]bergeur|Op[ée]rateur|Infog[ée]rant)\\s*,\\s*(?<name>"
                    + NAME + ")\\s*,");
    private static final Pattern NAME_THEN_ROLE = Pattern.compile(
            "(?<name>" + NAME + ")\\s*\\(\\s*(?:ci-apr[èe]s\\s*)?(?:le|la|l')\\s*[«\"“]?\\s*(?<role>[\\p{L}-]{4,30})\\s*[»\"”]?\\s*\\)");
    /**
     * « InkBridge, Inc., une société du Delaware … (« InkBridge », « nous ») »: terms written as « nous / vous » name
     * their author with « nous », so the short name beside it is the provider's.
     */
    private static final Pattern ALIAS_WE = Pattern.compile(
            "[«\"“]\\s*(?<alias>" + NAME + ")\\s*[»\"”]\\s*,?\\s*(?:(?:ou|et)\\s+)?[«\"“]\\s*(?:[Nn]ous|NOUS)\\s*[»\"”]");
    /** « ci-après « le Titulaire » » as matched: the article before or inside the quotes makes it a role or a thing. */
    private static final Pattern ALIAS_WITH_ARTICLE = Pattern.compile("(?:\\b[Ll]es?|\\b[Ll]a|[Ll]['’])\\s*[«\"“]|[«\"“]\\s*(?:[Ll]es?|[Ll]a|[Ll]['’])\\b");
    /** The name written right before its definition (« mises en œuvre par Kalisto Santé (ci-après « Kalisto ») »). */
    private static final Pattern NAME_JUST_BEFORE = Pattern.compile("(?<name>" + NAME + ")\\s*[,(]?\\s*$");
    /** A short trade name: capitalised words, no article (« Kalisto », « Nuvéo Santé »). */
    private static final Pattern PROPER_ALIAS = Pattern.compile(NAME);
    /** « PLANÉQUIPE SARL — CONDITIONS GÉNÉRALES », « Kalisto Santé SAS – Plan d'assurance sécurité »: the issuer. */
    private static final Pattern ISSUER_FIRST = Pattern.compile("^\\s*(?<name>" + NAME + ")\\s*,?\\s+(?:SAS|SASU|SA|SARL|EURL|SE|GmbH|AG|BV|NV|SpA|Inc\\.?|Ltd\\.?|LLC)\\b");
    /** « je soussigné …, agissant au nom et pour le compte de la société MÉDILIENCE SAS, … m'engage »: the candidate. */
    private static final Pattern ON_BEHALF_OF = Pattern.compile(
            "pour le compte de la soci[ée]t[ée]\\s+(?<name>" + NAME + ")");
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "\\s+(?:SAS|SASU|SA|SARL|EURL|SCOP|SE|GmbH|AG|BV|NV|SpA|Inc\\.?|Ltd\\.?|LLC|Corp\\.?|Corporation|S\\.A\\.S?\\.?)$");
    /** « ENTRE … ET SOLVANE SANTÉ SAS »: the conjunction of the parties' block is not part of the name. */
    private static final Pattern LEADING_CONJUNCTION = Pattern.compile("^(?:ET|Et|ENTRE|Entre)\\s+");
    /** First words that make a capitalised run a phrase, not a name. */
    private static final Set<String> NOT_A_NAME = Set.of("Le", "La", "Les", "L", "Un", "Une", "Des", "Entre", "Par", "Pour",
            "Vu", "Article", "Annexe", "Ce", "Cette", "Son", "Sa", "Ses", "Tout", "Toute", "Il", "Elle", "Nous", "Vous",
            "Centre", "Hôpital", "Établissement", "Etablissement", "Groupement", "Titulaire", "Prestataire", "Société");

    private final Map<String, String> roles;
    /** Every name in one alternation, longest first: « Vireo Data SAS » is one mention, not « Vireo Data » and more. */
    private final Pattern mentions;

    private PartyNames(Map<String, String> roles) {
        this.roles = Map.copyOf(roles);
        List<String> names = new ArrayList<>(roles.keySet());
        names.sort(java.util.Comparator.comparingInt(String::length).reversed());
        this.mentions = names.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                + String.join("|", names.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])(?!\\s*\\()");
    }

    static final PartyNames NONE = new PartyNames(Map.of());

    /**
     * The names the documents define for the provider's side.
     *
     * @param partyOf the party a role word names (« le Titulaire » → provider), from the pack's vocabulary
     */
    static PartyNames of(List<Document> documents, java.util.function.Function<String, Party> partyOf) {
        Map<String, String> roles = new LinkedHashMap<>();
        for (Document document : documents) {
            for (Sentence sentence : document.sentences()) {
                String text = sentence.text();
                if (text.contains("ci-apr")) {
                    Matcher after = AFTER_WORD.matcher(text);
                    while (after.find()) {
                        String before = text.substring(0, after.start());
                        Matcher company = COMPANY_BEFORE.matcher(before);
                        Matcher first = NAME_FIRST.matcher(before);
                        String name = company.find() ? company.group("name") : first.find() ? first.group("name") : null;
                        String role = after.group("role");
                        String second = after.group("second");
                        if (second != null && !onProviderSide(partyOf.apply(role))) {
                            // « ci-après « Apothex » ou le « Fournisseur » »: the first is a short name, the second the role.
                            define(roles, role, "le " + second, partyOf);
                            role = "le " + second;
                        }
                        if (partyOf.apply(role) == Party.UNKNOWN && !tradeAlias(name, role, after.group())) {
                            Matcher justBefore = NAME_JUST_BEFORE.matcher(before);
                            if (justBefore.find()) {
                                name = justBefore.group("name");
                            }
                        }
                        if (partyOf.apply(role) == Party.UNKNOWN && tradeAlias(name, role, after.group())) {
                            // « Kalisto Santé (ci-après « Kalisto ») » beside « ci-après « l'Établissement » »: the
                            // company that names itself for short is the other side of a hospital's contract.
                            define(roles, name, PROVIDER_ROLE, partyOf);
                            define(roles, role, PROVIDER_ROLE, partyOf);
                        } else {
                            define(roles, name, role, partyOf);
                        }
                    }
                }
                if ((text.contains("nous") || text.contains("Nous") || text.contains("NOUS"))
                        && (text.indexOf('«') >= 0 || text.indexOf('"') >= 0 || text.indexOf('“') >= 0)) {
                    Matcher we = ALIAS_WE.matcher(text);
                    while (we.find()) {
                        if (partyOf.apply(we.group("alias")) == Party.UNKNOWN) {
                            define(roles, we.group("alias"), PROVIDER_ROLE, partyOf);
                        }
                    }
                }
                if (sentence.index() < 3) {
                    Matcher issuer = ISSUER_FIRST.matcher(text);
                    if (issuer.find() && partyOf.apply(issuer.group("name")) == Party.UNKNOWN) {
                        define(roles, issuer.group("name"), PROVIDER_ROLE, partyOf);
                    }
                }
                if (text.contains("pour le compte de la soci") && text.contains("engage")) {
                    Matcher candidate = ON_BEHALF_OF.matcher(text);
                    if (candidate.find()) {
                        define(roles, candidate.group("name"), PROVIDER_ROLE, partyOf);
                    }
                }
                if (mayNameRole(text)) {
                    Matcher roleThenName = ROLE_THEN_NAME.matcher(text);
                    while (roleThenName.find()) {
                        define(roles, roleThenName.group("name"), "le " + roleThenName.group("role"), partyOf);
                    }
                }
                if (text.indexOf('(') >= 0 && (text.contains("ospital") || text.contains("CH") || text.contains("GHT"))) {
                    // « le Centre Hospitalier Intercommunal de Vallorgue (« le CHIV ») »: the buyer's own short name.
                    Matcher buyer = BUYER_ALIAS.matcher(text);
                    while (buyer.find()) {
                        String alias = buyer.group("alias");
                        if (alias.length() >= 3 && partyOf.apply(alias) == Party.UNKNOWN) {
                            roles.putIfAbsent(alias, BUYER_ROLE);
                        }
                    }
                }
                if (text.indexOf('(') >= 0) {
                    Matcher nameThenRole = NAME_THEN_ROLE.matcher(text);
                    while (nameThenRole.find()) {
                        define(roles, nameThenRole.group("name"), "le " + nameThenRole.group("role"), partyOf);
                    }
                }
            }
        }
        return roles.isEmpty() ? NONE : new PartyNames(roles);
    }

    /**
     * A literal that every role word of {@link #ROLE_THEN_NAME} contains (« [ÉE]diteur » contains « diteur »…): a
     * sentence with none of them, or without the two commas around the name, cannot match, and every sentence of the
     * dossier passes here (the regular expression tried at each position was most of this class's time in a sweep).
     */
    private static final List<String> ROLE_LITERALS = List.of("Titulaire", "Prestataire", "Fournisseur", "Cocontractant",
            "Sous-traitant", "diteur", "bergeur", "rateur", "Infog");

    /** False when {@link #ROLE_THEN_NAME} cannot match the text; true does not mean that it does. */
    static boolean mayNameRole(String text) {
        int comma = text.indexOf(',');
        if (comma < 0 || text.indexOf(',', comma + 1) < 0) {
            return false;
        }
        for (String literal : ROLE_LITERALS) {
            if (text.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    private static final String PROVIDER_ROLE = "le Prestataire";
    private static final String BUYER_ROLE = "l'Établissement";
    /**
     * A hospital's name followed by its short form in brackets: « Centre Hospitalier … (« le CHIV ») », « CENTRE
     * HOSPITALIER INTERCOMMUNAL DES DEUX-RIVES (CHIDR) ».
     */
    private static final Pattern BUYER_ALIAS = Pattern.compile(
            "(?:[Cc]entre [Hh]ospitalier|CENTRE HOSPITALIER|CHU|CHI|CHR|[Hh][ôo]pital|H[ÔO]PITAL|[Gg]roupement [Hh]ospitalier|GHT|[Hh]ospices)"
                    + "[^()«»]{0,150}?\\(\\s*(?:ci-apr[èe]s\\s*,?\\s*)?(?:(?:le|la|l['’])\\s*)?[«\"“]?\\s*(?:(?:le|la|l['’])\\s*)?"
                    + "(?<alias>\\p{Lu}[\\p{Lu}\\p{N}-]{1,15})\\s*[»\"”]?\\s*\\)");

    /** The alias is the company's own name shortened (« Kalisto Santé » → « Kalisto »), written without article. */
    private static boolean tradeAlias(String name, String alias, String definition) {
        if (name == null || ALIAS_WITH_ARTICLE.matcher(definition).find() || !PROPER_ALIAS.matcher(alias).matches()) {
            return false;
        }
        String first = alias.split("\\s+")[0].toLowerCase(java.util.Locale.ROOT);
        return first.length() >= 3 && name.toLowerCase(java.util.Locale.ROOT).startsWith(first);
    }

    private static void define(Map<String, String> roles, String name, String role, java.util.function.Function<String, Party> partyOf) {
        if (name == null) {
            return;
        }
        if (!onProviderSide(partyOf.apply(role))) {
            return;
        }
        String full = LEADING_CONJUNCTION.matcher(name.strip()).replaceFirst("");
        String firstWord = full.split("[\\s’']")[0];
        if (NOT_A_NAME.contains(firstWord)) {
            return;
        }
        for (String variant : List.of(full, LEGAL_FORM.matcher(full).replaceFirst(""))) {
            if (variant.length() >= 4) {
                put(roles, variant, role.strip(), partyOf);
                put(roles, variant.toUpperCase(java.util.Locale.ROOT), role.strip(), partyOf);
                // « MÉDILIENCE SAS » in the deed of commitment, « Médilience » in the technical answer.
                if (variant.equals(variant.toUpperCase(java.util.Locale.ROOT))) {
                    put(roles, titleCase(variant), role.strip(), partyOf);
                }
            }
        }
    }

    /**
     * The first definition of a name stands, except that a provider's role replaces a subcontractor's: « Menuvia (le
     * « Sous-traitant ») » in the DPA is the processor, the party the contract calls « l'Éditeur ».
     */
    private static void put(Map<String, String> roles, String variant, String role,
                            java.util.function.Function<String, Party> partyOf) {
        String before = roles.get(variant);
        if (before == null || (partyOf.apply(before) == Party.SUBCONTRACTOR && partyOf.apply(role) == Party.PROVIDER)) {
            roles.put(variant, role);
        }
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean start = true;
        for (char c : upper.toCharArray()) {
            out.append(start ? c : Character.toLowerCase(c));
            start = !Character.isLetterOrDigit(c);
        }
        return out.toString();
    }

    private static boolean onProviderSide(Party party) {
        return party == Party.PROVIDER || party == Party.SUBCONTRACTOR;
    }

    Map<String, String> roles() {
        return roles;
    }

    /** The text with the role written after each mention of a defined name: « Apothex (le Prestataire) applique ». */
    String annotate(String text) {
        if (mentions == null) {
            return text;
        }
        Matcher m = mentions.matcher(text);
        if (!m.find()) {
            return text;
        }
        return m.replaceAll(match -> Matcher.quoteReplacement(match.group() + " (" + roles.get(match.group()) + ")"));
    }
}
