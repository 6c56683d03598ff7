package fr.vigie.ingest;

import org.apache.tika.parser.ocr.TesseractOCRParser;

/** Whether Tesseract with French data can be used on this machine (checked once). */
final class Ocr {

    private static volatile Boolean available;

    private Ocr() {
    }

    static boolean available() {
        if (available == null) {
            available = check();
        }
        return available;
    }

    private static boolean check() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return p.waitFor() == 0 && out.lines().anyMatch(l -> l.strip().equals("fra"))
                    && new TesseractOCRParser().hasTesseract();
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (RuntimeException | org.apache.tika.exception.TikaConfigException e) {
            return false;
        }
    }
}
