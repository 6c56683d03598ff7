package fr.vigie.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.vigie.report.JsonReportWriter;
import fr.vigie.store.DossierSearch;
import fr.vigie.store.StoredDossier;
import fr.vigie.store.StoredFile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The REST API (HTTP Basic), mirroring the pages. Reports are returned in the schema of
 * {@code vigie check --format json} (vigie-report/1), under {@code report}.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "Dossiers", description = "Déposer un dossier, lire son rapport d'écarts")
public class ApiController {

    private static final ObjectMapper JSON = JsonReportWriter.mapper();

    private final DossierService dossiers;
    private final CurrentUsers users;
    private final AnnotatedDocuments annotated;
    private final PackRegistry packs;

    public ApiController(DossierService dossiers, CurrentUsers users, AnnotatedDocuments annotated, PackRegistry packs) {
        this.dossiers = dossiers;
        this.users = users;
        this.annotated = annotated;
        this.packs = packs;
    }

    @Operation(summary = "Déposer et vérifier un dossier",
            description = "Les fichiers forment un seul dossier. Réponse 201 avec l'identifiant et le rapport (schéma vigie-report/1). "
                    + "Refus 4xx si aucun document n'est lisible, si un type n'est pas accepté, ou au-delà des limites.")
    @PostMapping(path = "/dossiers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<String> create(@RequestParam("files") List<MultipartFile> files,
                                         @RequestParam(value = "profile", required = false) String profile,
                                         @RequestParam(value = "provider", required = false) String provider,
                                         @RequestParam(value = "name", required = false) String name,
                                         @Parameter(description = "Identifiant du dossier dont celui-ci est une nouvelle version")
                                         @RequestParam(value = "previous", required = false) String previous,
                                         @Parameter(description = "Hypothèses, par exemple HEALTH_DATA=true (répétable)")
                                         @RequestParam(value = "assume", required = false) List<String> assume,
                                         Authentication authentication) {
        VigieUser user = users.of(authentication);
        DossierService.Submission s = dossiers.submit(user, new DossierService.Request(uploads(files), name, provider, profile,
                assumptions(assume), previous));
        ObjectNode body = JSON.createObjectNode();
        body.put("id", s.dossier().id());
        body.put("version", s.dossier().version());
        body.put("url", "/dossiers/" + s.dossier().id());
        body.set("report", JSON.valueToTree(s.report()));
        // Server-Timing: the browser's developer tools and the benchmark read the server-side time of the check.
        return ResponseEntity.created(URI.create("/api/dossiers/" + s.dossier().id())).contentType(MediaType.APPLICATION_JSON)
                .header("Server-Timing", "check;dur=" + s.millis()).body(write(body));
    }

    @Operation(summary = "Rapport d'un dossier", description = "format=json (défaut), html ou pdf.")
    @GetMapping("/dossiers/{id}/report")
    public ResponseEntity<byte[]> report(@PathVariable String id, @RequestParam(value = "format", defaultValue = "json") String format,
                                         Authentication authentication) {
        StoredDossier d = visible(id, authentication);
        return ReportFormats.response(dossiers.reportWithWaivers(d), format, !format.equals("json"));
    }

    @Operation(summary = "Un dossier : version, établissement, verdict et documents (avec leurs identifiants)")
    @GetMapping(path = "/dossiers/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    public Map<String, Object> dossier(@PathVariable String id, Authentication authentication) {
        StoredDossier d = visible(id, authentication);
        Map<String, Object> row = summary(d);
        List<Map<String, Object>> documents = new ArrayList<>();
        for (StoredFile f : dossiers.files(d)) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("id", f.id());
            doc.put("name", f.name());
            doc.put("mediaType", f.mediaType());
            doc.put("sizeBytes", f.sizeBytes());
            doc.put("sha256", f.sha256());
            doc.put("readable", f.readable());
            if (f.readable()) {
                doc.put("annotated", "/api/dossiers/" + d.id() + "/documents/" + f.id() + "/annotated");
            }
            documents.add(doc);
        }
        row.put("documents", documents);
        row.put("versions", dossiers.versions(d).stream().map(StoredDossier::id).toList());
        return row;
    }

    @Operation(summary = "Rechercher dans l'historique",
            description = "Par prestataire, verdict (CRITICAL_GAPS, GAPS, COMPLIANT), exigence et statut ; un acheteur ne voit que son établissement.")
    @GetMapping(path = "/dossiers", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<Map<String, Object>> search(@RequestParam(value = "provider", required = false) String provider,
                                            @RequestParam(value = "verdict", required = false) String verdict,
                                            @RequestParam(value = "requirement", required = false) String requirement,
                                            @RequestParam(value = "status", required = false) String status,
                                            Authentication authentication) {
        VigieUser user = users.of(authentication);
        List<Map<String, Object>> out = new ArrayList<>();
        for (StoredDossier d : dossiers.search(user, new DossierSearch(null, provider, verdict, requirement, status), 500)) {
            out.add(summary(d));
        }
        return out;
    }

    private static Map<String, Object> summary(StoredDossier d) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", d.id());
        row.put("name", d.name());
        row.put("version", d.version());
        row.put("establishment", d.establishment());
        row.put("provider", d.provider());
        row.put("verdict", d.verdict());
        row.put("criticalGaps", d.criticalGaps());
        row.put("createdAt", d.createdAt().toString());
        row.put("pack", Map.of("id", d.packId(), "version", d.packVersion(), "contentHash", d.packHash()));
        row.put("report", "/api/dossiers/" + d.id() + "/report");
        return row;
    }

    @Operation(summary = "Document annoté", description = "Le PDF d'origine avec les preuves surlignées et une note par écart "
            + "(ou, pour DOCX/ODT, le texte lu par Vigie mis en page avec les mêmes marques).")
    @GetMapping("/dossiers/{id}/documents/{fileId}/annotated")
    public ResponseEntity<byte[]> annotated(@PathVariable String id, @PathVariable String fileId, Authentication authentication) {
        StoredDossier d = visible(id, authentication);
        StoredFile file = dossiers.files(d).stream().filter(f -> f.id().equals(fileId) && f.readable()).findFirst()
                .orElseThrow(() -> new UploadRejected(HttpStatus.NOT_FOUND, "Document introuvable."));
        return annotatedResponse(file, annotated.annotated(file, dossiers.path(file), dossiers.reportWithWaivers(d)));
    }

    @Operation(summary = "Accorder une dérogation", description = "Rôles LEGAL, AUDITOR ou ADMIN. scope=dossier (toutes les versions "
            + "de ce dossier) ou provider (tous les dossiers du même prestataire) ; expires au format AAAA-MM-JJ. Réponse : le rapport "
            + "avec les dérogations appliquées.")
    @PostMapping(path = "/dossiers/{id}/waivers", produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<byte[]> waive(@PathVariable String id, @RequestParam("requirement") String requirement,
                                        @RequestParam(value = "scope", defaultValue = "dossier") String scope,
                                        @RequestParam("justification") String justification,
                                        @RequestParam("expires") String expires, Authentication authentication) {
        VigieUser user = users.of(authentication);
        StoredDossier d = visible(id, authentication);
        dossiers.waive(user, d, requirement, scope.equals("provider"), justification, date(expires));
        return ReportFormats.response(dossiers.reportWithWaivers(d), "json", false);
    }

    static java.time.LocalDate date(String text) {
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (RuntimeException e) {
            throw new UploadRejected(HttpStatus.BAD_REQUEST, "Date « " + text + " » invalide : attendu AAAA-MM-JJ.");
        }
    }

    @Operation(summary = "Paquet de règles en service", description = "Identifiant, version, empreinte ; dernière version refusée et ses erreurs.")
    @GetMapping(path = "/pack", produces = MediaType.APPLICATION_JSON_VALUE)
    public PackRegistry.Status pack() {
        return packs.status();
    }

    static ResponseEntity<byte[]> annotatedResponse(StoredFile file, byte[] pdf) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_PDF);
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename("annote-" + file.name().replaceFirst("\\.[^.]+$", "") + ".pdf", StandardCharsets.UTF_8).build());
        return new ResponseEntity<>(pdf, headers, HttpStatus.OK);
    }

    private StoredDossier visible(String id, Authentication authentication) {
        return dossiers.visible(users.of(authentication), id)
                .orElseThrow(() -> new UploadRejected(HttpStatus.NOT_FOUND, "Dossier introuvable."));
    }

    static List<Upload> uploads(List<MultipartFile> files) {
        List<Upload> uploads = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())) {
                continue; // the browser sends one empty part when no file is chosen
            }
            try {
                uploads.add(new Upload(f.getOriginalFilename(), f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return uploads;
    }

    static Map<String, Boolean> assumptions(List<String> assume) {
        Map<String, Boolean> map = new LinkedHashMap<>();
        for (String a : assume == null ? List.<String>of() : assume) {
            String[] kv = a.split("=", 2);
            if (kv.length != 2 || !(kv[1].equalsIgnoreCase("true") || kv[1].equalsIgnoreCase("false"))) {
                throw new UploadRejected(HttpStatus.BAD_REQUEST, "Hypothèse invalide « " + a + " » : attendu CONDITION=true ou false.");
            }
            map.put(kv[0].strip(), Boolean.parseBoolean(kv[1].strip()));
        }
        return map;
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
