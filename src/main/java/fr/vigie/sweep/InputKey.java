package fr.vigie.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The identity of a dossier's judgment: SHA-256 over the names and contents of its files, the rule pack's
 * content hash, the profile and the assumptions. Same key, same report: the sweep does not redo it.
 */
final class InputKey {

    private InputKey() {
    }

    static String of(SweepDossier dossier, String packHash, String profile, Map<String, Boolean> assumptions) {
        MessageDigest digest = sha256();
        update(digest, "pack=" + packHash + "\nprofile=" + profile + "\nassume=" + new TreeMap<>(assumptions) + "\n");
        byte[] buffer = new byte[64 * 1024];
        for (Path file : dossier.files()) {
            update(digest, "file=" + file.getFileName() + "\n");
            try (InputStream in = Files.newInputStream(file)) {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.update(buffer, 0, n);
                }
            } catch (IOException e) {
                // An unreadable file is judged (and reported) by the check; its key only needs to differ.
                update(digest, "unreadable=" + e.getClass().getSimpleName());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
