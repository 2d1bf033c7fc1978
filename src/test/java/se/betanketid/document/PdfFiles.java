package se.betanketid.document;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** What a person would see of a PDF: its text (PDFBox) and its pages as PNG (Debian's pdftoppm). */
final class PdfFiles {

  static final Path PDFTOPPM = Path.of("/usr/bin/pdftoppm");
  static final Path OUT = Path.of("target", "documents");

  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  static int pages(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    }
  }

  /** Page 1 rendered by pdftoppm at 100 dpi, saved as target/documents/&lt;name&gt;.png. */
  static Path firstPagePng(byte[] pdf, String name) throws IOException, InterruptedException {
    Files.createDirectories(OUT);
    Path file = OUT.resolve(name + ".pdf");
    Files.write(file, pdf);
    Process process = new ProcessBuilder(PDFTOPPM.toString(), "-png", "-r", "100", "-f", "1", "-l", "1",
        "-singlefile", file.toString(), OUT.resolve(name).toString()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("pdftoppm failed: " + output);
    }
    return OUT.resolve(name + ".png");
  }

  /** The share of pixels of the image that are not (nearly) white. */
  static double inkShare(Path png) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r + g + b < 600) {
          ink++;
        }
      }
    }
    return (double) ink / ((long) image.getWidth() * image.getHeight());
  }

  private PdfFiles() {}
}
