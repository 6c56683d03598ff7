package fr.vigie.extract;

import fr.vigie.facts.Certification;
import fr.vigie.facts.HostingSite;
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
 */
public record ExtractedFacts(String documentKind, List<Statement> statements, List<HostingSite> sites,
                             List<Certification> certifications) {

    public ExtractedFacts {
        statements = List.copyOf(statements);
        sites = List.copyOf(sites);
        certifications = List.copyOf(certifications);
    }

    /** Every fact, to insert into a rule session. */
    public List<Object> all() {
        List<Object> all = new ArrayList<>(statements.size() + sites.size() + certifications.size());
        all.addAll(statements);
        all.addAll(sites);
        all.addAll(certifications);
        return all;
    }
}
