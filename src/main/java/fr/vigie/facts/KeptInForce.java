package fr.vigie.facts;

/**
 * A clause of one piece that another piece of the dossier expressly keeps in force: « La Section 19 des CGU demeure
 * applicable », « sans préjudice des articles 5.2 et 7 des conditions générales ». An amendment or special
 * conditions that prevail set aside what the other pieces say on the same requirement, but not these clauses: the
 * parties chose to keep them, so they are judged with the prevailing text.
 *
 * @param statementId the kept sentence (see {@link Statement#id()})
 * @param evidence    where it stands
 */
public record KeptInForce(String statementId, Evidence evidence) {
}
