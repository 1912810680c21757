package com.disputedesk.casefile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes wrapped text onto A4 pages, a new page when one is full, numbered at the foot. DejaVu Sans (bundled) has
 * Latin and Cyrillic, so the parties' own words are kept as they wrote them; what it cannot draw becomes "?".
 */
final class PdfPages implements AutoCloseable {
  private static final float MARGIN = 50;
  private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
  private final PDDocument document = new PDDocument();
  private final PDFont regular;
  private final PDFont bold;
  private final String footer;
  private PDPageContentStream page;
  private float y;

  PdfPages(String footer) {
    this.footer = footer;
    try {
      regular = load("/fonts/DejaVuSans.ttf");
      bold = load("/fonts/DejaVuSans-Bold.ttf");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void title(String text) {
    write(text, bold, 16, 8);
  }

  void heading(String text) {
    space(8);
    write(text, bold, 12, 4);
  }

  void line(String text) {
    write(text, regular, 9.5f, 2);
  }

  /** A label and its value on one line (the value wraps under itself). */
  void field(String label, String value) {
    line(label + ": " + (value == null || value.isBlank() ? "—" : value));
  }

  void space(float points) {
    y -= points;
  }

  byte[] finish() {
    try {
      endPage();
      numberPages();
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    document.close();
  }

  private void write(String text, PDFont font, float size, float after) {
    try {
      for (String paragraph : (text == null ? "" : text).split("\\R", -1)) {
        for (String row : wrap(drawable(paragraph, font), font, size)) {
          if (page == null || y - size < MARGIN + 20) {
            newPage();
          }
          page.beginText();
          page.setFont(font, size);
          page.newLineAtOffset(MARGIN, y - size);
          page.showText(row);
          page.endText();
          y -= size * 1.35f;
        }
      }
      y -= after;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> wrap(String text, PDFont font, float size) throws IOException {
    List<String> rows = new ArrayList<>();
    StringBuilder row = new StringBuilder();
    for (String word : text.split(" ")) {
      String candidate = row.isEmpty() ? word : row + " " + word;
      if (width(candidate, font, size) <= WIDTH) {
        row.setLength(0);
        row.append(candidate);
        continue;
      }
      if (!row.isEmpty()) {
        rows.add(row.toString());
        row.setLength(0);
      }
      // a word wider than the page (a hash, a URL) is cut where it must be
      String rest = word;
      while (width(rest, font, size) > WIDTH) {
        int cut = rest.length() - 1;
        while (cut > 1 && width(rest.substring(0, cut), font, size) > WIDTH) {
          cut--;
        }
        rows.add(rest.substring(0, cut));
        rest = rest.substring(cut);
      }
      row.append(rest);
    }
    rows.add(row.toString());
    return rows;
  }

  private static float width(String s, PDFont font, float size) throws IOException {
    return font.getStringWidth(s) / 1000 * size;
  }

  /** Keeps what the font can draw; control characters and missing glyphs become "?". */
  private static String drawable(String text, PDFont font) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> {
      String ch = new String(Character.toChars(cp));
      try {
        out.append(Character.isISOControl(cp) ? "?" : ch.equals("\t") ? " " : ch);
        font.encode(ch);
      } catch (IOException | IllegalArgumentException missing) {
        out.setLength(out.length() - ch.length());
        out.append('?');
      }
    });
    return out.toString();
  }

  private void newPage() throws IOException {
    endPage();
    PDPage next = new PDPage(PDRectangle.A4);
    document.addPage(next);
    page = new PDPageContentStream(document, next);
    y = PDRectangle.A4.getHeight() - MARGIN;
  }

  private void endPage() throws IOException {
    if (page != null) {
      page.close();
      page = null;
    }
  }

  private void numberPages() throws IOException {
    int total = document.getNumberOfPages();
    for (int i = 0; i < total; i++) {
      try (var foot = new PDPageContentStream(document, document.getPage(i), PDPageContentStream.AppendMode.APPEND,
          true)) {
        foot.beginText();
        foot.setFont(regular, 8);
        foot.newLineAtOffset(MARGIN, MARGIN - 10);
        foot.showText(drawable(footer + " · page " + (i + 1) + " of " + total, regular));
        foot.endText();
      }
    }
  }

  private PDFont load(String resource) throws IOException {
    try (InputStream in = PdfPages.class.getResourceAsStream(resource)) {
      return PDType0Font.load(document, in);
    }
  }
}
