package com.disputedesk.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small but real evidence files: labelled photos, a one-page PDF, an editable spreadsheet "invoice". */
final class DemoFiles {
  private DemoFiles() {}

  static byte[] photo(String caption, Color background) {
    BufferedImage image = new BufferedImage(480, 320, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(background);
    g.fillRect(0, 0, 480, 320);
    g.setColor(Color.DARK_GRAY);
    g.drawRect(60, 60, 360, 200);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    g.drawString(caption, 30, 300);
    g.dispose();
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "jpg", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] pdf(String text) {
    String content = "BT /F1 14 Tf 40 760 Td (" + text.replace("(", "[").replace(")", "]") + ") Tj ET";
    String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
        + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
        + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        + "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
        + "4 0 obj << /Length " + content.length() + " >> stream\n" + content + "\nendstream endobj\n"
        + "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
        + "trailer << /Root 1 0 R >>\n%%EOF\n";
    return body.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A minimal OOXML workbook: an invoice anyone can edit. */
  static byte[] spreadsheet(java.time.Instant created) {
    String invoiceDate = created.toString();
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
          + "package/2006/content-types\"><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
          + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>");
      entry(zip, "xl/workbook.xml", "<workbook><!-- Invoice dated " + invoiceDate + " --></workbook>");
      entry(zip, "docProps/core.xml", "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats"
          + ".org/package/2006/metadata/core-properties\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
          + "<dcterms:created>" + invoiceDate + "</dcterms:created><dcterms:modified>" + invoiceDate
          + "</dcterms:modified></cp:coreProperties>");
      zip.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
