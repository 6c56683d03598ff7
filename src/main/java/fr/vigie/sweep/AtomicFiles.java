package fr.vigie.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Files that are either absent, the old version or the whole new version — never half written, even after
 * {@code kill -9} or a power cut: content goes to a temporary sibling, is forced to disk, then renamed.
 */
public final class AtomicFiles {

    /** Marks temporary siblings, so that leftovers of a killed run can be swept away. */
    static final String TEMP_MARK = ".tmp-";

    private AtomicFiles() {
    }

    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    public static void write(Path target, Content content) throws IOException {
        prepare(target, content).commit();
    }

    /**
     * Writes the content to a temporary sibling of {@code target}, not yet forced to disk nor renamed: the first
     * half of {@link #write}, for callers that commit on another thread. Until {@link Pending#commit} the target
     * is untouched; a killed run leaves only the temporary file, which {@link #removeLeftovers} deletes.
     */
    public static Pending prepare(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve(target.getFileName() + TEMP_MARK + UUID.randomUUID());
        boolean written = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
            }
            written = true;
            return new Pending(temp, target);
        } finally {
            if (!written) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** A file written to its temporary sibling, waiting to be forced to disk and renamed over its target. */
    public static final class Pending {
        private final Path temp;
        private final Path target;

        private Pending(Path temp, Path target) {
            this.temp = temp;
            this.target = target;
        }

        public Path target() {
            return target;
        }

        /** Forces the content to disk, then renames it over the target: absent, old or whole new, never half. */
        public void commit() throws IOException {
            try {
                // fsync applies to the file, whichever descriptor asks for it.
                try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                try {
                    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        }

        /** Gives the file up: the target stays as it was. */
        public void discard() {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // Left behind: the next run's removeLeftovers deletes it.
            }
        }
    }

    /** Deletes the temporary files a killed run left behind under {@code dir}. */
    public static int removeLeftovers(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.filter(f -> f.getFileName().toString().contains(TEMP_MARK)).toList()) {
                Files.deleteIfExists(p);
                removed++;
            }
        }
        return removed;
    }
}
