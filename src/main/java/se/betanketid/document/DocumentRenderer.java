package se.betanketid.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Renders a case's document: the FreeMarker template {@code src/main/resources/document/document.xhtml.ftl}
 * (XHTML, every value escaped) laid out by openhtmltopdf as PDF/A-2u, with DejaVu Sans embedded (å, ä, ö) and
 * the sRGB colour profile. Nothing is written to disk.
 */
@Component
class DocumentRenderer {

  static final String FONT_FAMILY = "DejaVu Sans";
  private static final String TEMPLATE = "document.xhtml.ftl";

  private final Configuration freemarker;
  private final byte[] regular = resource("/document/fonts/DejaVuSans.ttf");
  private final byte[] bold = resource("/document/fonts/DejaVuSans-Bold.ttf");
  private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  DocumentRenderer() {
    RendererLog.install();
    freemarker = new Configuration(Configuration.VERSION_2_3_32);
    freemarker.setClassLoaderForTemplateLoading(DocumentRenderer.class.getClassLoader(), "document");
    freemarker.setDefaultEncoding("UTF-8");
    freemarker.setOutputFormat(XHTMLOutputFormat.INSTANCE);
    freemarker.setLocale(Locale.forLanguageTag("sv-SE"));
    freemarker.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    freemarker.setLogTemplateExceptions(false);
  }

  /** The document's XHTML (what the PDF shows), from the model of {@link ApplicationContent} or the like. */
  String xhtml(Map<String, Object> model) {
    try {
      StringWriter out = new StringWriter();
      freemarker.getTemplate(TEMPLATE).process(model, out);
      return out.toString();
    } catch (IOException | TemplateException e) {
      throw new IllegalStateException("Cannot render document template " + TEMPLATE, e);
    }
  }

  byte[] pdf(Map<String, Object> model) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfAConformance(PdfAConformance.PDFA_2_U);
    builder.useColorProfile(srgb);
    builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
    builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
    builder.withHtmlContent(xhtml(model), null);
    builder.toStream(out);
    try {
      builder.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] resource(String path) {
    try (InputStream in = DocumentRenderer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
