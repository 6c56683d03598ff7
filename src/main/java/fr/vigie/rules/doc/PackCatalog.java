package fr.vigie.rules.doc;

import fr.vigie.facts.Status;
import fr.vigie.rules.ProfileSpec;
import fr.vigie.rules.RequirementSpec;
import fr.vigie.rules.RulePack;
import fr.vigie.rules.Severity;
import fr.vigie.rules.ThresholdTable;
import fr.vigie.rules.cases.RuleCase;
import fr.vigie.rules.cases.RuleCaseLoader;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalog of a rule pack, generated from what legal staff wrote — metadata, profiles, decision tables and
 * fixtures — so that it can never disagree with the rules: an index, and one page per requirement with its
 * statement, reference, severity and thresholds per profile, the clause to add, and examples of compliant and
 * non-compliant clauses taken from its test cases. Written as Markdown, and as HTML rendered from it.
 */
public final class PackCatalog {

    private static final Pattern THRESHOLD_USE = Pattern.compile("key\\s*==\\s*\"([^\"]+)\"");
    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());

    private final RulePack pack;
    private final List<ThresholdTable.Row> thresholds;
    private final Map<String, List<RuleCase>> cases = new LinkedHashMap<>();

    public PackCatalog(RulePack pack) {
        this.pack = pack;
        this.thresholds = ThresholdTable.read(pack.root());
        RuleCaseLoader.load(pack.root()).forEach(c -> cases.computeIfAbsent(c.requirement(), k -> new ArrayList<>()).add(c));
    }

    /** Writes index.md/.html and one page per requirement under {@code out}; returns the files written. */
    public List<Path> write(Path out, boolean markdown, boolean html) {
        List<Path> written = new ArrayList<>();
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("index", index());
        for (RequirementSpec r : pack.requirements()) {
            pages.put(r.id(), page(r));
        }
        try {
            Files.createDirectories(out);
            for (Map.Entry<String, String> p : pages.entrySet()) {
                if (markdown) {
                    written.add(Files.writeString(out.resolve(p.getKey() + ".md"), p.getValue(), StandardCharsets.UTF_8));
                }
                if (html) {
                    written.add(Files.writeString(out.resolve(p.getKey() + ".html"), html(title(p.getKey()), p.getValue()),
                            StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }

    private String title(String page) {
        if (page.equals("index")) {
            return "Paquet " + pack.id() + " " + pack.version();
        }
        return pack.requirements().stream().filter(r -> r.id().equals(page)).map(r -> r.id() + " — " + r.title())
                .findFirst().orElse(page);
    }

    String index() {
        StringBuilder md = new StringBuilder();
        md.append("# Paquet de règles ").append(pack.id()).append(' ').append(pack.version()).append("\n\n");
        md.append(pack.title()).append("\n\n");
        md.append("Empreinte du contenu : `").append(pack.contentHash()).append("` — page générée par `vigie rules doc`, ")
                .append("ne pas modifier à la main.\n\n");
        md.append("## Profils\n\n| profil | titre | hérite de | exigences exclues | gravités modifiées |\n|---|---|---|---|---|\n");
        for (ProfileSpec p : pack.profiles().values().stream().sorted(java.util.Comparator.comparing(ProfileSpec::name)).toList()) {
            md.append("| `").append(p.name()).append("` | ").append(cell(p.title())).append(" | ")
                    .append(p.parent() == null ? "" : "`" + p.parent() + "`").append(" | ")
                    .append(String.join(", ", p.excluded().stream().sorted().toList())).append(" | ")
                    .append(String.join(", ", p.severities().entrySet().stream().sorted(Map.Entry.comparingByKey())
                            .map(e -> e.getKey() + " → " + e.getValue()).toList())).append(" |\n");
        }
        md.append("\n## Conditions d'applicabilité\n\n| condition | sens | par défaut |\n|---|---|---|\n");
        pack.conditions().values().stream().sorted(java.util.Comparator.comparing(c -> c.name())).forEach(c ->
                md.append("| `").append(c.name()).append("` | ").append(cell(c.label())).append(" | ")
                        .append(c.defaultValue() ? "oui" : "non").append(" |\n"));
        md.append("\n## Seuils\n\n| paramètre | profils | valeur | unité | description |\n|---|---|---|---|---|\n");
        for (ThresholdTable.Row t : thresholds) {
            md.append("| `").append(t.key()).append("` | ").append(String.join(", ", t.profiles())).append(" | ")
                    .append(t.value()).append(" | ").append(cell(t.unit())).append(" | ").append(cell(t.description())).append(" |\n");
        }
        for (String family : pack.families()) {
            List<RequirementSpec> reqs = pack.requirements().stream().filter(r -> r.domain().equals(family)).toList();
            if (reqs.isEmpty()) {
                continue;
            }
            md.append("\n## ").append(family).append("\n\n| exigence | titre | gravité | s'applique si | cas de test |\n|---|---|---|---|---|\n");
            for (RequirementSpec r : reqs) {
                md.append("| [").append(r.id()).append("](").append(r.id()).append(".md) | ").append(cell(r.title())).append(" | ")
                        .append(severity(r.severity())).append(" | ").append(String.join(", ", r.appliesWhen())).append(" | ")
                        .append(cases.getOrDefault(r.id(), List.of()).size()).append(" |\n");
            }
        }
        return md.toString();
    }

    String page(RequirementSpec r) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(r.id()).append(" — ").append(r.title()).append("\n\n");
        md.append("[← catalogue du paquet ").append(pack.id()).append("](index.md)\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| domaine | ").append(r.domain()).append(" |\n");
        md.append("| gravité | ").append(severity(r.severity()));
        r.severityWhen().forEach((cond, sev) -> md.append(" ; ").append(severity(sev)).append(" si ").append(cond));
        md.append(" |\n");
        md.append("| s'applique | ").append(r.appliesWhen().isEmpty() ? "toujours" : "si " + String.join(" et ", r.appliesWhen())).append(" |\n");
        md.append("| si le dossier est muet | ").append(r.onSilence() == Status.MET ? "satisfaite (le droit commun suffit)" : "absente").append(" |\n");
        md.append("| référence | ").append(cell(r.reference())).append(" |\n");
        if (r.since() != null && !r.since().isBlank()) {
            md.append("| depuis la version | ").append(r.since()).append(" |\n");
        }
        if (r.rationale() != null && !r.rationale().isBlank()) {
            md.append("\n## Pourquoi\n\n").append(r.rationale()).append("\n");
        }
        md.append("\n## Par profil\n\n| profil | jugée | gravité |\n|---|---|---|\n");
        for (ProfileSpec p : pack.profiles().values().stream().sorted(java.util.Comparator.comparing(ProfileSpec::name)).toList()) {
            boolean excluded = pack.lineage(p).stream().anyMatch(l -> l.excluded().contains(r.id()));
            Severity sev = pack.lineage(p).stream().map(l -> l.severities().get(r.id())).filter(java.util.Objects::nonNull)
                    .findFirst().orElse(r.severity());
            md.append("| `").append(p.name()).append("` | ").append(excluded ? "non" : "oui").append(" | ")
                    .append(excluded ? "" : severity(sev)).append(" |\n");
        }
        List<ThresholdTable.Row> own = thresholdsOf(r);
        if (!own.isEmpty()) {
            md.append("\n## Seuils\n\nValeurs de la table de décision `thresholds/` (modifiables sans toucher aux règles).\n\n")
                    .append("| paramètre | profils | valeur | unité | description |\n|---|---|---|---|---|\n");
            for (ThresholdTable.Row t : own) {
                md.append("| `").append(t.key()).append("` | ").append(String.join(", ", t.profiles())).append(" | ")
                        .append(t.value()).append(" | ").append(cell(t.unit())).append(" | ").append(cell(t.description())).append(" |\n");
            }
        }
        md.append("\n## Clause à ajouter ou modifier\n\n> ").append(r.remediation()).append("\n");
        List<RuleCase> mine = cases.getOrDefault(r.id(), List.of());
        examples(md, "Exemples conformes", mine.stream().filter(c -> c.expected() == Status.MET && !c.knownGap()).toList());
        examples(md, "Exemples non conformes", mine.stream().filter(c -> (c.expected() == Status.VIOLATED
                || c.expected() == Status.MISSING) && !c.knownGap()).toList());
        examples(md, "Exemples à revoir", mine.stream().filter(c -> c.expected() == Status.REVIEW && !c.knownGap()).toList());
        md.append("\n").append(mine.size()).append(" cas de test dans `").append(r.domain()).append('/').append(r.id())
                .append(".cases.yaml`.\n");
        return md.toString();
    }

    private static void examples(StringBuilder md, String heading, List<RuleCase> cases) {
        List<RuleCase> withText = cases.stream().filter(c -> c.text() != null && !c.text().isBlank()).limit(3).toList();
        if (withText.isEmpty()) {
            return;
        }
        md.append("\n## ").append(heading).append("\n");
        for (RuleCase c : withText) {
            md.append("\n**").append(c.description()).append("** (").append(c.expected()).append(")\n\n");
            for (String line : c.text().strip().split("\n")) {
                md.append("> ").append(line.strip()).append("\n");
            }
        }
    }

    private List<ThresholdTable.Row> thresholdsOf(RequirementSpec r) {
        Path drl = pack.root().resolve(r.domain()).resolve(r.id() + ".drl");
        List<String> keys = new ArrayList<>();
        try {
            if (Files.isRegularFile(drl)) {
                Matcher m = THRESHOLD_USE.matcher(Files.readString(drl));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return thresholds.stream().filter(t -> keys.contains(t.key())).toList();
    }

    private static String severity(Severity s) {
        return fr.vigie.report.ReportTexts.severity(s).toLowerCase(java.util.Locale.FRENCH);
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
    }

    static String html(String title, String markdown) {
        Parser parser = Parser.builder().extensions(EXTENSIONS).build();
        String body = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build().render(parser.parse(markdown))
                .replaceAll("href=\"([^\"]+)\\.md\"", "href=\"$1.html\"");
        return "<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title>\n"
                + "<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.45;color:#1b1b1b}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}"
                + "blockquote{margin:.4rem 0;padding:.3rem .8rem;border-left:3px solid #999;background:#fafafa}code{background:#f2f2f2}</style>"
                + "</head><body>\n" + body + "</body></html>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
