package fr.vigie.extract;

import fr.vigie.facts.Certification;
import fr.vigie.facts.HostingSite;
import fr.vigie.facts.KeptInForce;
import fr.vigie.facts.Statement;

import java.util.ArrayList;
import java.util.List;

/**
 * The facts read in one document.
 *
 * @param documentKind   detected kind (« CCAP », « CCTP », « DPA »..., « AUTRE »)
 * @param statements     one per sentence that mentions a vocabulary topic
 * @param sites          hosting places named by the document
 * @param certifications certifications the document speaks of
 * @param keptInForce    its clauses that another piece of the dossier keeps in force (known once the dossier is read)
 */
public record ExtractedFacts(String documentKind, List<Statement> statements, List<HostingSite> sites,
                             List<Certification> certifications, List<KeptInForce> keptInForce) {

    public ExtractedFacts {
        statements = List.copyOf(statements);
        sites = List.copyOf(sites);
        certifications = List.copyOf(certifications);
        keptInForce = List.copyOf(keptInForce);
    }

    /** The facts of one document read on its own. */
    public ExtractedFacts(String documentKind, List<Statement> statements, List<HostingSite> sites,
                          List<Certification> certifications) {
        this(documentKind, statements, sites, certifications, List.of());
    }

    /** Every fact, to insert into a rule session. */
    public List<Object> all() {
        List<Object> all = new ArrayList<>(statements.size() + sites.size() + certifications.size() + keptInForce.size());
        all.addAll(statements);
        all.addAll(sites);
        all.addAll(certifications);
        all.addAll(keptInForce);
        return all;
    }
}
