package fr.vigie.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Runs `vigie sweep` in a child JVM tuned for a batch, as Tika's own batch mode does: under {@code java -jar} a jar
 * cannot choose the options of the JVM that runs it, and on a sweep they cost more than the work itself.
 * <ul>
 *   <li>the child runs from the jar extracted once into the cache (a plain class path: the nested-jar class loader of
 *   Spring Boot costs seconds of class loading, and of compiling the loader itself);</li>
 *   <li>the child compiles with C1 only ({@code -XX:TieredStopAtLevel=1}): C2 compiled code is faster, but on a sweep
 *   Vigie runs tens of thousands of distinct methods (PDFBox, POI, Tika, OpenNLP, Drools, Thymeleaf, Jackson) and
 *   compiling them with C2 costs more CPU than it ever saves (see docs/benchmarks.md, seventh session);</li>
 *   <li>the child collects garbage with the parallel collector: G1's write barriers cost more in C1-compiled code, and
 *   nobody waits on the pauses of a batch (short anyway with the sweep's bounded memory).</li>
 * </ul>
 * The parent only waits and passes on the child's exit code; the child stops within a tenth of a second if the parent
 * is killed ({@code kill -9}), so a resumed sweep never meets a leftover one holding the output's lock. The user's own
 * JVM options (heap, system properties...) are passed on; {@code VIGIE_SWEEP_JVM_OPTIONS} adds more (after ours, so
 * they win), and {@code -Dvigie.sweep.fork=false} keeps the sweep in the calling JVM (profiling, debugging).
 */
final class SweepProcess {

    /** Set on the child JVM: it does the sweep itself. */
    static final String CHILD = "vigie.sweep.child";
    /** {@code false}: sweep in this JVM; {@code true}: fork even when not started from Vigie's jar (tests). */
    static final String FORK = "vigie.sweep.fork";
    /** Whether the parent has a terminal (the child's standard input is not one): for {@code --progress auto}. */
    static final String CONSOLE = "vigie.sweep.console";
    static final String OPTIONS_ENV = "VIGIE_SWEEP_JVM_OPTIONS";

    /** The child's JIT and GC: see the class comment. */
    private static final List<String> TUNING = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");

    /**
     * Options of the parent that must not reach the child: recording a class archive (the parent's would be replaced by
     * the child's), agents and recordings (ports and files would clash). A class archive in use is passed on: the
     * launcher's is valid for the child, which runs the same extracted jar.
     */
    private static final List<String> NOT_PASSED = List.of("-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive",
            "-XX:AOTCacheOutput", "-XX:AOTMode=record", "-XX:AOTConfiguration", "-agentlib", "-agentpath", "-javaagent",
            "-XX:StartFlightRecording", "-Djarmode", "-D" + FORK, "-D" + CHILD, "-D" + CONSOLE, "-Djava.class.path");

    private SweepProcess() {
    }

    /** True in the JVM started by {@link #run}. */
    static boolean isChild() {
        return System.getProperty(CHILD) != null;
    }

    /** Whether this JVM had a terminal for the progress bar: its own, or its parent's. */
    static boolean console() {
        String parent = System.getProperty(CONSOLE);
        return parent != null ? Boolean.parseBoolean(parent) : System.console() != null;
    }

    /**
     * In the child: stops this JVM at once if the parent goes away (killed with SIGKILL, which it cannot pass on).
     * The sweep's files are written to survive a kill at any point; what matters is to release the output's lock.
     */
    static void watchParent() {
        Optional<ProcessHandle> parent = ProcessHandle.current().parent();
        if (parent.isEmpty()) {
            return;
        }
        ProcessHandle handle = parent.get();
        Thread watch = new Thread(() -> {
            while (handle.isAlive()) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(ExitCode.INTERNAL_ERROR.code());
        }, "vigie-parent");
        watch.setDaemon(true);
        watch.start();
    }

    /** The child's command line, or empty when this JVM should sweep itself. */
    static Optional<List<String>> command(List<String> args, PrintWriter err) {
        if (isChild() || "false".equals(System.getProperty(FORK))) {
            return Optional.empty();
        }
        String classPath = System.getProperty("java.class.path", "");
        Optional<Path> jar = vigieJar(classPath);
        if (jar.isEmpty() && !"true".equals(System.getProperty(FORK))) {
            return Optional.empty(); // run from classes (tests, IDE): the caller chose its JVM
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(TUNING);
        Optional<Path> app = jar.flatMap(j -> extracted(j, err));
        command.addAll(passedOn());
        String extra = System.getenv(OPTIONS_ENV);
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.add("-D" + CHILD + "=true");
        command.add("-D" + CONSOLE + "=" + (System.console() != null));
        if (app.isPresent()) {
            command.add("-jar");
            command.add(app.get().resolve("vigie.jar").toString());
        } else if (jar.isPresent()) {
            command.add("-jar");
            command.add(jar.get().toString());
        } else {
            command.add("-cp");
            command.add(classPath);
            command.add(VigieMain.class.getName());
        }
        command.addAll(args);
        return Optional.of(command);
    }

    /** Starts the child, waits for it and returns its exit code (-1 if it could not be started). */
    static int run(List<String> command) {
        Process child;
        try {
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException e) {
            return -1;
        }
        Thread stop = new Thread(() -> {
            if (child.isAlive()) {
                child.destroy(); // SIGTERM or Ctrl-C on the parent alone: the child stops too
                try {
                    child.waitFor(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "vigie-arret");
        Runtime.getRuntime().addShutdownHook(stop);
        int code;
        while (true) {
            try {
                code = child.waitFor();
                break;
            } catch (InterruptedException e) {
                // keep waiting: the shutdown hook stops the child if this JVM is asked to stop
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException shuttingDown) {
            // already running
        }
        return code;
    }

    /**
     * The jar Vigie runs from under {@code java -jar}: the Spring Boot jar as built, or the plain jar of its extracted
     * form (the launcher src/bin/vigie). Empty when run from a class path of folders (tests, IDE).
     */
    private static Optional<Path> vigieJar(String classPath) {
        if (classPath.isEmpty() || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            Manifest manifest = file.getManifest();
            if (manifest == null) {
                return Optional.empty();
            }
            String main = manifest.getMainAttributes().getValue("Main-Class");
            String start = manifest.getMainAttributes().getValue("Start-Class");
            String vigie = VigieMain.class.getName();
            return vigie.equals(main) || vigie.equals(start) ? Optional.of(jar) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * The folder of the extracted jar (a plain jar and its lib/), shared with the launcher src/bin/vigie:
     * {@code $VIGIE_CACHE_DIR/app-<sha256 of the jar>}, extracted on first use. Empty if that cannot be done
     * (read-only home...): the child then runs from the jar itself.
     */
    private static Optional<Path> extracted(Path jar, PrintWriter err) {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            if (file.getManifest().getMainAttributes().getValue("Spring-Boot-Lib") == null) {
                return Optional.of(jar.getParent()); // already the extracted form
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        try {
            String env = System.getenv("VIGIE_CACHE_DIR");
            Path cache = env != null && !env.isBlank() ? Path.of(env)
                    : Path.of(System.getProperty("user.home"), ".cache", "vigie");
            Path app = cache.resolve("app-" + key(cache, jar)).toAbsolutePath();
            if (Files.isRegularFile(app.resolve("vigie.jar"))) {
                return Optional.of(app);
            }
            Files.createDirectories(cache);
            err.println("Première exécution de cette version : Vigie est extrait dans " + app + "…");
            err.flush();
            Path tmp = Files.createTempDirectory(cache, app.getFileName() + ".");
            try {
                Process tools = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", tmp.resolve("app").toString())
                        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (tools.waitFor() != 0) {
                    return Optional.empty();
                }
                // The extracted jar is named after the original one; the launcher expects vigie.jar.
                Path plain = tmp.resolve("app").resolve(jar.getFileName());
                if (!plain.getFileName().toString().equals("vigie.jar")) {
                    Files.move(plain, tmp.resolve("app").resolve("vigie.jar"));
                }
                try {
                    Files.move(tmp.resolve("app"), app, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException raced) {
                    // another sweep or the launcher extracted it meanwhile: theirs is as good
                }
                return Files.isRegularFile(app.resolve("vigie.jar")) ? Optional.of(app) : Optional.empty();
            } finally {
                deleteTree(tmp);
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }



    /** The parent's JVM options worth giving the child: heap, stack, system properties, GC and JIT choices. */
    private static List<String> passedOn() {
        List<String> options = new ArrayList<>();
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (NOT_PASSED.stream().noneMatch(option::startsWith)) {
                options.add(option);
            }
        }
        return options;
    }

    /**
     * The first 16 hex digits of the jar's SHA-256, as the launcher names the folder. Hashing 150 MB on every sweep
     * costs the parent about half a second: the result is kept in the cache with the jar's size and modification time.
     */
    private static String key(Path cache, Path jar) throws IOException {
        String stamp = Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
        Path index = cache.resolve("jar-" + sha256(jar.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .substring(0, 16) + ".key");
        try {
            String[] kept = Files.readString(index).trim().split(" ");
            if (kept.length == 3 && stamp.equals(kept[0] + " " + kept[1]) && kept[2].matches("[0-9a-f]{16}")) {
                return kept[2];
            }
        } catch (IOException | RuntimeException absentOrUnreadable) {
            // hash the jar
        }
        String key = sha256(jar).substring(0, 16);
        try {
            Files.createDirectories(cache);
            Path tmp = Files.createTempFile(cache, index.getFileName().toString(), ".tmp");
            Files.writeString(tmp, stamp + " " + key + "\n");
            Files.move(tmp, index, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            // hashed again next time
        }
        return key;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // a leftover temporary folder in the cache is harmless
                }
            });
        } catch (IOException ignored) {
            // same
        }
    }
}
