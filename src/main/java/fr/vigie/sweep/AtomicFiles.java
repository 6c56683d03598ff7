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
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve(target.getFileName() + TEMP_MARK + UUID.randomUUID());
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
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
