package fr.vigie.ingest;

import fr.vigie.document.FailureKind;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a ZIP-based document (DOCX, ODT) before parsing: the real unpacked size and the ratio are
 * measured by inflating, since entry headers can lie.
 */
final class ZipGuard {

    private ZipGuard() {
    }

    static boolean isZip(byte[] bytes) {
        return bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static void check(byte[] bytes, IngestLimits limits) throws IngestException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                long entrySize = 0;
                int n;
                while ((n = read(zip, buffer)) > 0) {
                    entrySize += n;
                    total += n;
                    if (total > limits.maxUnpackedBytes()) {
                        throw bomb("plus de " + limits.maxUnpackedBytes() / (1024 * 1024) + " Mo une fois décompressé");
                    }
                }
                long compressed = entry.getCompressedSize();
                if (compressed > 0 && entrySize > 1024 * 1024 && entrySize / compressed > limits.maxRatio()) {
                    throw bomb("un taux de compression de " + entrySize / compressed + " pour 1 dans « " + entry.getName() + " »");
                }
            }
        } catch (IOException e) {
            throw new IngestException(FailureKind.CORRUPT,
                    "Le document est endommagé ou tronqué (archive illisible : " + PdfLineReader.firstLine(e) + ").", e);
        }
    }

    private static int read(InputStream in, byte[] buffer) throws IOException {
        return in.read(buffer);
    }

    private static IngestException bomb(String why) {
        return new IngestException(FailureKind.BOMB, "Le document est une « bombe de décompression » (" + why
                + ") ; il n'a pas été lu.");
    }
}
