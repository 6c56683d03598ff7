package fr.vigie.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.vigie.check.CheckOptions;
import fr.vigie.report.GapReport;
import fr.vigie.report.JsonReportWriter;
import fr.vigie.report.ReportComparison;
import fr.vigie.rules.PackException;
import fr.vigie.store.DossierRepository;
import fr.vigie.store.DossierSearch;
import fr.vigie.store.FileStore;
import fr.vigie.store.StoredDossier;
import fr.vigie.store.StoredFile;
import fr.vigie.store.Role;
import fr.vigie.store.WaiverRepository;
import fr.vigie.waiver.Waiver;
import fr.vigie.waiver.WaiverApplier;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Dossiers of the web application: check an upload with the current rule pack and keep it, find the ones a
 * user may read (a buyer: their establishment only — any other id answers « not found »), compare versions.
 */
@Service
public class DossierService {

    private static final ObjectMapper READER = JsonReportWriter.mapper().copy()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** A dossier just checked and stored; {@code millis} is the server-side time of the whole deposit. */
    public record Submission(StoredDossier dossier, GapReport report, long millis) {
    }

    /** What the upload form or the API asked for. */
    public record Request(List<Upload> uploads, String name, String provider, String profile,
                          Map<String, Boolean> assumptions, String previousVersionOf) {
    }

    private final PackRegistry packs;
    private final DossierRepository repository;
    private final FileStore files;
    private final UploadPolicy policy;
    private final UploadRateLimiter rateLimiter;
    private final WaiverRepository waivers;
    private final Clock clock = Clock.systemDefaultZone();

    public DossierService(PackRegistry packs, DossierRepository repository, FileStore files, UploadPolicy policy,
                          UploadRateLimiter rateLimiter, WaiverRepository waivers) {
        this.packs = packs;
        this.repository = repository;
        this.files = files;
        this.policy = policy;
        this.rateLimiter = rateLimiter;
        this.waivers = waivers;
    }

    public Submission submit(VigieUser user, Request request) {
        long start = System.nanoTime();
        rateLimiter.acquire(user.username());
        List<String> types = policy.check(request.uploads());
        String seriesId;
        int version;
        String establishment = user.establishment();
        if (request.previousVersionOf() != null && !request.previousVersionOf().isBlank()) {
            StoredDossier previous = visible(user, request.previousVersionOf())
                    .orElseThrow(() -> new UploadRejected(HttpStatus.NOT_FOUND, "Dossier précédent introuvable."));
            seriesId = previous.seriesId();
            version = repository.nextVersion(seriesId);
            establishment = previous.establishment();
        } else {
            seriesId = UUID.randomUUID().toString();
            version = 1;
        }
        String id = UUID.randomUUID().toString();
        List<Path> paths = new ArrayList<>();
        List<StoredFile> stored = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try {
            Files.createDirectories(files.dossierDir(id));
            for (int i = 0; i < request.uploads().size(); i++) {
                Upload u = request.uploads().get(i);
                String name = unique(FileStore.cleanName(u.originalName()), names);
                Path path = files.file(id, name);
                Files.write(path, u.bytes());
                paths.add(path);
                stored.add(new StoredFile(UUID.randomUUID().toString(), id, name, types.get(i), u.bytes().length,
                        sha256(u.bytes()), true));
            }
            String dossierName = request.name() != null && !request.name().isBlank() ? request.name().strip()
                    : stored.get(0).name().replaceFirst("\\.[^.]+$", "");
            var checker = packs.checker();
            GapReport report;
            try {
                report = checker.check(dossierName, paths, new CheckOptions(blankToNull(request.profile()), request.assumptions()));
            } catch (PackException e) {
                throw new UploadRejected(HttpStatus.BAD_REQUEST, e.getMessage());
            }
            if (report.dossier().documents().isEmpty()) {
                StringBuilder why = new StringBuilder("Aucun document lisible dans ce dossier :");
                report.dossier().failures().forEach(f -> why.append(" « ").append(f.name()).append(" » — ").append(f.message()).append(';'));
                throw new UploadRejected(HttpStatus.UNPROCESSABLE_CONTENT, why.toString().replaceFirst(";$", "."));
            }
            Set<String> unreadable = new HashSet<>();
            report.dossier().failures().forEach(f -> unreadable.add(f.name()));
            stored.replaceAll(f -> unreadable.contains(f.name())
                    ? new StoredFile(f.id(), f.dossierId(), f.name(), f.mediaType(), f.sizeBytes(), f.sha256(), false) : f);
            String provider = request.provider() == null || request.provider().isBlank() ? "" : request.provider().strip();
            StoredDossier dossier = new StoredDossier(id, seriesId, version, dossierName, establishment, provider,
                    user.username(), Instant.now(), report.profile(), report.verdict().name(), report.summary().criticalGaps(),
                    report.pack().id(), report.pack().version(), report.pack().contentHash(), json(report));
            repository.save(dossier, stored, report.findings().stream()
                    .map(r -> new DossierRepository.FindingRow(r.requirement(), r.domain(), r.severity().name(), r.status().name()))
                    .toList());
            return new Submission(dossier, report, (System.nanoTime() - start) / 1_000_000);
        } catch (IOException e) {
            files.delete(id);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            files.delete(id);
            throw e;
        }
    }

    /** The dossier if it exists and the user may read it; otherwise empty, whether it exists or not. */
    public Optional<StoredDossier> visible(VigieUser user, String id) {
        if (id == null || !id.matches("[0-9a-f-]{36}")) {
            return Optional.empty();
        }
        return repository.find(id).filter(d -> user.mayRead(d.establishment()));
    }

    public List<StoredDossier> search(VigieUser user, DossierSearch criteria, int limit) {
        DossierSearch scoped = new DossierSearch(user.visibleEstablishment(), criteria.provider(), criteria.verdict(),
                criteria.requirement(), criteria.status());
        return repository.search(scoped, limit);
    }

    public List<StoredFile> files(StoredDossier dossier) {
        return repository.files(dossier.id());
    }

    public Path path(StoredFile file) {
        return files.file(file.dossierId(), file.name());
    }

    /** The report as stored, with the waivers recorded since (running or expired) applied. */
    public GapReport reportWithWaivers(StoredDossier dossier) {
        List<Waiver> ws = waivers.forDossier(dossier.seriesId(), dossier.provider()).stream()
                .map(w -> new Waiver(w.requirement(), w.seriesId() != null ? dossier.name() : null, w.provider(),
                        w.justification(), w.author(), w.expires()))
                .toList();
        return new WaiverApplier(clock).apply(report(dossier), ws, dossier.provider());
    }

    /** Records a waiver on a gap of this dossier (all its versions) or of every dossier of its provider. */
    public void waive(VigieUser user, StoredDossier dossier, String requirement, boolean wholeProvider, String justification,
                      LocalDate expires) {
        if (user.role() == Role.BUYER) {
            throw new UploadRejected(HttpStatus.FORBIDDEN, "Seuls les juristes, les auditeurs et les administrateurs accordent des dérogations.");
        }
        if (report(dossier).findings().stream().noneMatch(r -> r.requirement().equals(requirement))) {
            throw new UploadRejected(HttpStatus.BAD_REQUEST, "Exigence inconnue « " + requirement + " ».");
        }
        if (justification == null || justification.isBlank()) {
            throw new UploadRejected(HttpStatus.BAD_REQUEST, "Une dérogation doit être justifiée.");
        }
        if (expires == null || expires.isBefore(LocalDate.now(clock))) {
            throw new UploadRejected(HttpStatus.BAD_REQUEST, "La date d'expiration doit être aujourd'hui ou plus tard.");
        }
        if (wholeProvider && dossier.provider().isBlank()) {
            throw new UploadRejected(HttpStatus.BAD_REQUEST, "Ce dossier n'a pas de prestataire renseigné : dérogation pour ce dossier seulement.");
        }
        waivers.save(requirement, wholeProvider ? null : dossier.seriesId(), wholeProvider ? dossier.provider() : null,
                justification.strip(), user.username(), expires);
    }

    public GapReport report(StoredDossier dossier) {
        try {
            return READER.readValue(dossier.reportJson(), GapReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored report unreadable: " + dossier.id(), e);
        }
    }

    /** The earlier version of the same dossier and what changed since, when there is one. */
    public Optional<Map.Entry<StoredDossier, ReportComparison>> comparedWithPrevious(StoredDossier dossier) {
        if (dossier.version() <= 1) {
            return Optional.empty();
        }
        return repository.series(dossier.seriesId()).stream().filter(d -> d.version() == dossier.version() - 1).findFirst()
                .map(previous -> Map.entry(previous, ReportComparison.between(reportWithWaivers(previous), reportWithWaivers(dossier))));
    }

    public List<StoredDossier> versions(StoredDossier dossier) {
        return repository.series(dossier.seriesId());
    }

    private static String json(GapReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new JsonReportWriter().write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String unique(String name, Set<String> taken) {
        String candidate = name;
        for (int i = 2; !taken.add(candidate); i++) {
            int dot = name.lastIndexOf('.');
            candidate = dot > 0 ? name.substring(0, dot) + "-" + i + name.substring(dot) : name + "-" + i;
        }
        return candidate;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
