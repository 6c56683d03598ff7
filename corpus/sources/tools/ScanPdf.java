import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;

/**
 * Turns a PDF into what a photocopier-scanner produces: each page an image only (grey, 150 dpi, slightly tilted,
 * a little noise), no text layer. Run: java -cp "$(cat cp.txt)" ScanPdf.java in.pdf out.pdf
 */
public class ScanPdf {
    public static void main(String[] args) throws Exception {
        Random random = new Random(7);
        try (PDDocument in = Loader.loadPDF(new File(args[0])); PDDocument out = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(in);
            for (int i = 0; i < in.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, 150, ImageType.GRAY);
                BufferedImage scan = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = scan.createGraphics();
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, scan.getWidth(), scan.getHeight());
                g.rotate(Math.toRadians(0.6), scan.getWidth() / 2.0, scan.getHeight() / 2.0);
                g.drawImage(page, 0, 0, null);
                g.dispose();
                for (int n = 0; n < scan.getWidth() * scan.getHeight() / 400; n++) {
                    scan.getRaster().setSample(random.nextInt(scan.getWidth()), random.nextInt(scan.getHeight()), 0, 120 + random.nextInt(100));
                }
                PDPage p = new PDPage(PDRectangle.A4);
                out.addPage(p);
                try (PDPageContentStream c = new PDPageContentStream(out, p)) {
                    c.drawImage(LosslessFactory.createFromImage(out, scan), 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            out.save(new File(args[1]));
        }
    }
}
