package fr.vigie.rules;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rule pack loaded from its folder: manifest, requirements, profiles and conditions.
 * The DRL and decision tables are compiled separately ({@link KieBaseFactory}).
 *
 * @param id             pack id (« sante-cloud »)
 * @param version        pack version
 * @param title          French title
 * @param root           the pack folder
 * @param contentHash    SHA-256 over every file of the pack (relative path and bytes)
 * @param defaultProfile profile used when none is chosen
 * @param families       domain order for reports
 * @param requirements   requirements in report order (family order, then ID)
 * @param profiles       profiles by name
 * @param conditions     applicability conditions by name
 * @param overridingKinds document kinds (« AVENANT », « CONDITIONS-PARTICULIERES ») whose findings set aside, for
 *                       the same requirement, those drawn from the other documents of the dossier
 * @param precedenceTopic the vocabulary topic by which a document says that it prevails over the others (« en cas de
 *                        contradiction, les présentes conditions particulières prévalent »); when the pack names one,
 *                        an overriding document that does not say so cannot silence a violation found elsewhere (the
 *                        requirement becomes REVIEW); empty when every overriding document prevails
 * @param deferenceTopic  the vocabulary topic by which a document says that another prevails over it (« les Conditions
 *                        générales prévalent sur le présent bon de commande », « …, lesquelles prévalent »): such a
 *                        sentence speaks of precedence but does not make its own document prevail; empty when none
 * @param restInForceTopic the vocabulary topic by which an amendment (the first of {@code overridingKinds}) keeps the
 *                        rest of the contract in force (« les autres stipulations du Contrat demeurent inchangées »):
 *                        a violation in an article it does not replace then stands beside its findings instead of
 *                        being set aside; empty when none
 * @param expressDerogationTopic the vocabulary topic by which a document lets another derogate from it only expressly
 *                        (« sauf si le bon de commande mentionne expressément l'article auquel il déroge »): a violation
 *                        in such a document, met by special conditions or an order form that say they prevail too,
 *                        is a battle of the forms (REVIEW), not set aside; empty when none
 * @param untouchedTermsTopic the vocabulary topic by which a document that prevails says it leaves another piece as
 *                        it is (« les conditions d'utilisation du fournisseur de modèle … ne sont pas modifiées par le
 *                        présent bon de commande »): its claim to prevail no longer silences a violation found
 *                        elsewhere, which becomes a conflict to look at (REVIEW); empty when none
 * @param answeringKinds  document kinds in which a candidate answers the buyer's requirements (« MEMOIRE »): a
 *                        reservation there against a requirement met elsewhere in the dossier is a conflict (REVIEW)
 * @param perCompanyRequirements requirements judged company by company (each hosting subcontractor must hold its own
 *                        certificate): a prevailing piece's MET answers only the companies it names, so a violation by
 *                        a subcontractor it never names is not silenced but becomes a conflict (REVIEW)
 * @param perItemRequirements requirements judged item by item, with the vocabulary topics that name the items (for the
 *                        return of data: the logs, the settings): a prevailing piece's MET answers only the items it
 *                        speaks of, so a violation elsewhere about an item it never names (« les journaux et le
 *                        paramétrage ne sont pas restitués ») is not silenced but becomes a conflict (REVIEW)
 */
public record RulePack(String id, String version, String title, Path root, String contentHash,
                       String defaultProfile, List<String> families, List<RequirementSpec> requirements,
                       Map<String, ProfileSpec> profiles, Map<String, ConditionSpec> conditions,
                       List<String> overridingKinds, String precedenceTopic, String deferenceTopic,
                       String restInForceTopic, String expressDerogationTopic, String untouchedTermsTopic,
                       List<String> answeringKinds, Set<String> perCompanyRequirements,
                       Map<String, Set<String>> perItemRequirements) {

    public RulePack {
        overridingKinds = List.copyOf(overridingKinds);
        perCompanyRequirements = Set.copyOf(perCompanyRequirements);
        perItemRequirements = Map.copyOf(perItemRequirements);
        answeringKinds = List.copyOf(answeringKinds);
        families = List.copyOf(families);
        requirements = List.copyOf(requirements);
        profiles = Map.copyOf(profiles);
        conditions = Map.copyOf(conditions);
    }

    /** The vocabulary topics the engine itself reads (precedence between documents), not only the rules. */
    public List<String> engineTopics() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(precedenceTopic, deferenceTopic, restInForceTopic,
                        expressDerogationTopic, untouchedTermsTopic),
                perItemRequirements.values().stream().flatMap(Set::stream)).filter(t -> !t.isEmpty()).distinct().toList();
    }

    public Path vocabularyDir() {
        return root.resolve("vocabulary");
    }

    /** The named profile, or the default when {@code name} is null. */
    public ProfileSpec profile(String name) {
        String wanted = name == null ? defaultProfile : name;
        ProfileSpec profile = profiles.get(wanted);
        if (profile == null) {
            throw new PackException("Profil inconnu « " + wanted + " » ; profils du paquet " + id + " : "
                    + String.join(", ", profiles.keySet().stream().sorted().toList()));
        }
        return profile;
    }

    /** The profile and its ancestors, most specific first. */
    public List<ProfileSpec> lineage(ProfileSpec profile) {
        List<ProfileSpec> chain = new java.util.ArrayList<>();
        for (ProfileSpec p = profile; p != null; p = p.parent() == null ? null : profiles.get(p.parent())) {
            if (chain.contains(p)) {
                throw new PackException("Le profil « " + profile.name() + " » s'étend lui-même (cycle).");
            }
            chain.add(p);
        }
        return chain;
    }
}
