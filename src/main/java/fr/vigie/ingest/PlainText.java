package fr.vigie.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Recognises plain text that content detection misnamed: valid UTF-8 or Latin-1 without binary bytes. */
final class PlainText {

    private PlainText() {
    }

    static boolean looksLikeText(byte[] bytes) {
        int sample = Math.min(bytes.length, 64 * 1024);
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x09 || b > 0x0D && b < 0x20 && b != 0x1B) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, sample));
            return true;
        } catch (CharacterCodingException e) {
            // Truncation inside the sample may split a UTF-8 sequence: accept Latin-1 text as well.
            return true;
        }
    }
}
