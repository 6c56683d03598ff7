package fr.vigie.web;

import fr.vigie.check.RulePackChecker;
import fr.vigie.document.Document;
import fr.vigie.facts.Evidence;
import fr.vigie.facts.Status;
import fr.vigie.report.GapReport;
import fr.vigie.report.ReportComparison;
import fr.vigie.report.ReportTexts;
import fr.vigie.report.RequirementResult;
import fr.vigie.rules.Severity;
import fr.vigie.store.DossierSearch;
import fr.vigie.store.StoredDossier;
import fr.vigie.store.StoredFile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pages: upload, report, document viewer, history. */
@Controller
public class PagesController {

    private final DossierService dossiers;
    private final CurrentUsers users;
    private final PackRegistry packs;
    private final AnnotatedDocuments annotated;

    public PagesController(DossierService dossiers, CurrentUsers users, PackRegistry packs, AnnotatedDocuments annotated) {
        this.dossiers = dossiers;
        this.users = users;
        this.packs = packs;
        this.annotated = annotated;
    }

    @GetMapping("/login")
    public String login() {
        return "web/login";
    }

    @GetMapping("/")
    public String upload(Model model, Authentication authentication) {
        fillUploadForm(model, users.of(authentication), null);
        return "web/upload";
    }

    @PostMapping("/dossiers")
    public Object submit(@RequestParam(value = "files", required = false) List<MultipartFile> files,
                         @RequestParam(value = "profile", required = false) String profile,
                         @RequestParam(value = "provider", required = false) String provider,
                         @RequestParam(value = "name", required = false) String name,
                         @RequestParam(value = "previous", required = false) String previous,
                         @RequestParam Map<String, String> form, Authentication authentication, Model model) {
        VigieUser user = users.of(authentication);
        Map<String, Boolean> assumptions = new LinkedHashMap<>();
        form.forEach((k, v) -> {
            if (k.startsWith("assume.") && (v.equals("true") || v.equals("false"))) {
                assumptions.put(k.substring("assume.".length()), Boolean.parseBoolean(v));
            }
        });
        try {
            DossierService.Submission s = dossiers.submit(user, new DossierService.Request(ApiController.uploads(files), name,
                    provider, profile, assumptions, previous));
            return "redirect:/dossiers/" + s.dossier().id();
        } catch (UploadRejected e) {
            fillUploadForm(model, user, e.getMessage());
            ModelAndView mav = new ModelAndView("web/upload", model.asMap());
            mav.setStatus(e.status());
            return mav;
        }
    }

    @GetMapping("/dossiers/{id}")
    public String dossier(@PathVariable String id, Model model, Authentication authentication) {
        VigieUser user = users.of(authentication);
        StoredDossier d = dossiers.visible(user, id).orElseThrow(PagesController::notFound);
        GapReport report = dossiers.reportWithWaivers(d);
        List<StoredFile> files = dossiers.files(d);
        Map<String, String> fileIds = new HashMap<>();
        files.forEach(f -> fileIds.put(f.name(), f.id()));
        model.addAttribute("user", user);
        model.addAttribute("dossier", d);
        model.addAttribute("report", report);
        model.addAttribute("files", files);
        model.addAttribute("fileIds", fileIds);
        model.addAttribute("verdictText", ReportTexts.verdict(report));
        model.addAttribute("criticalGaps", new ArrayList<>(report.findings().stream()
                .filter(r -> r.isGap() && r.severity() == Severity.CRITICAL).toList()));
        Map<String, List<RequirementResult>> byDomain = new LinkedHashMap<>();
        report.findings().forEach(r -> byDomain.computeIfAbsent(r.domain(), k -> new ArrayList<>()).add(r));
        model.addAttribute("domains", byDomain);
        List<Map.Entry<String, Integer>> counts = new ArrayList<>();
        for (Status s : Status.values()) {
            counts.add(Map.entry(s.name(), report.summary().byStatus().getOrDefault(s, 0)));
        }
        model.addAttribute("counts", counts);
        model.addAttribute("texts", new ReportTexts.Bean());
        model.addAttribute("links", new Links());
        model.addAttribute("versions", new ArrayList<>(dossiers.versions(d)));
        dossiers.comparedWithPrevious(d).ifPresent(e -> {
            model.addAttribute("previous", e.getKey());
            ReportComparison c = e.getValue();
            model.addAttribute("fixed", new ArrayList<>(c.fixed()));
            model.addAttribute("remaining", new ArrayList<>(c.remaining()));
            model.addAttribute("introduced", new ArrayList<>(c.introduced()));
        });
        return "web/dossier";
    }

    /** The document as Vigie read it, page by page, the evidence marked; {@code req} and {@code at} pick the one to show. */
    @GetMapping("/dossiers/{id}/documents/{fileId}")
    public String document(@PathVariable String id, @PathVariable String fileId,
                           @RequestParam(value = "req", required = false) String requirement,
                           @RequestParam(value = "at", defaultValue = "-1") int at, Model model, Authentication authentication) {
        VigieUser user = users.of(authentication);
        StoredDossier d = dossiers.visible(user, id).orElseThrow(PagesController::notFound);
        StoredFile file = dossiers.files(d).stream().filter(f -> f.id().equals(fileId) && f.readable()).findFirst()
                .orElseThrow(PagesController::notFound);
        Document document = annotated.read(dossiers.path(file));
        GapReport report = dossiers.reportWithWaivers(d);
        model.addAttribute("view", DocumentView.of(document, report, requirement, at));
        model.addAttribute("report", report);
        model.addAttribute("dossier", d);
        model.addAttribute("file", file);
        model.addAttribute("printable", false);
        return "document-text";
    }

    @GetMapping("/dossiers/{id}/documents/{fileId}/annotated")
    public ResponseEntity<byte[]> annotatedDocument(@PathVariable String id, @PathVariable String fileId, Authentication authentication) {
        StoredDossier d = dossiers.visible(users.of(authentication), id).orElseThrow(PagesController::notFound);
        StoredFile file = dossiers.files(d).stream().filter(f -> f.id().equals(fileId) && f.readable()).findFirst()
                .orElseThrow(PagesController::notFound);
        return ApiController.annotatedResponse(file, annotated.annotated(file, dossiers.path(file), dossiers.reportWithWaivers(d)));
    }

    @PostMapping("/dossiers/{id}/derogations")
    public String waive(@PathVariable String id, @RequestParam("requirement") String requirement,
                        @RequestParam(value = "scope", defaultValue = "dossier") String scope,
                        @RequestParam("justification") String justification, @RequestParam("expires") String expires,
                        Authentication authentication) {
        VigieUser user = users.of(authentication);
        StoredDossier d = dossiers.visible(user, id).orElseThrow(PagesController::notFound);
        dossiers.waive(user, d, requirement, scope.equals("provider"), justification, ApiController.date(expires));
        return "redirect:/dossiers/" + id + "#" + requirement;
    }

    @GetMapping("/dossiers/{id}/rapport")
    public ResponseEntity<byte[]> report(@PathVariable String id, @RequestParam(value = "format", defaultValue = "pdf") String format,
                                         Authentication authentication) {
        StoredDossier d = dossiers.visible(users.of(authentication), id).orElseThrow(PagesController::notFound);
        return ReportFormats.response(dossiers.reportWithWaivers(d), format, true);
    }

    @GetMapping("/dossiers")
    public String history(@RequestParam(value = "provider", required = false) String provider,
                          @RequestParam(value = "verdict", required = false) String verdict,
                          @RequestParam(value = "requirement", required = false) String requirement,
                          @RequestParam(value = "status", required = false) String status,
                          Model model, Authentication authentication) {
        VigieUser user = users.of(authentication);
        model.addAttribute("user", user);
        model.addAttribute("dossiers", new ArrayList<>(dossiers.search(user,
                new DossierSearch(null, provider, verdict, requirement, status), 200)));
        model.addAttribute("q", new DossierSearch(null, provider, verdict, requirement, status));
        model.addAttribute("requirements", new ArrayList<>(packs.checker().pack().requirements()));
        model.addAttribute("statuses", Status.values());
        model.addAttribute("texts", new ReportTexts.Bean());
        return "web/history";
    }

    @GetMapping("/paquet")
    public String pack(Model model, Authentication authentication) {
        model.addAttribute("user", users.of(authentication));
        model.addAttribute("status", packs.status());
        model.addAttribute("packDir", packs.packDir().toAbsolutePath().toString());
        return "web/pack";
    }

    private void fillUploadForm(Model model, VigieUser user, String error) {
        RulePackChecker checker = packs.checker();
        model.addAttribute("user", user);
        model.addAttribute("error", error);
        model.addAttribute("profiles", new ArrayList<>(checker.pack().profiles().keySet().stream().sorted().toList()));
        model.addAttribute("defaultProfile", checker.pack().defaultProfile());
        model.addAttribute("conditions", new ArrayList<>(checker.pack().conditions().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue().label())).toList()));
        model.addAttribute("recent", new ArrayList<>(dossiers.search(user, DossierSearch.all(null), 50)));
    }

    @ExceptionHandler(NotFound.class)
    public ModelAndView notFoundPage() {
        ModelAndView mav = new ModelAndView("web/message");
        mav.addObject("message", "Ce dossier ou ce document n'existe pas, ou vous n'avez pas le droit de le consulter.");
        mav.setStatus(HttpStatus.NOT_FOUND);
        return mav;
    }

    @ExceptionHandler(UploadRejected.class)
    public ModelAndView rejected(UploadRejected e) {
        ModelAndView mav = new ModelAndView("web/message");
        mav.addObject("message", e.getMessage());
        mav.setStatus(e.status());
        return mav;
    }

    /** A dossier or document that does not exist — or that this user may not see: the same answer for both. */
    static final class NotFound extends RuntimeException {
        NotFound() {
            super(null, null, false, false);
        }
    }

    private static NotFound notFound() {
        return new NotFound();
    }

    /** Links of the report page, for the template (Thymeleaf forbids static calls). */
    public static final class Links {
        public String evidence(String dossierId, String fileId, String requirement, Evidence e) {
            return "/dossiers/" + dossierId + "/documents/" + fileId + "?req=" + requirement + "&at=" + e.start() + "#marque";
        }
    }
}
