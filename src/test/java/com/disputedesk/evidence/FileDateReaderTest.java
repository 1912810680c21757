package com.disputedesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileDateReaderTest {
  private final Reader reader = new Reader();

  /** The reader takes stored files; the tests hand it bytes. */
  private static final class Reader {
    private final FileDateReader dates = new FileDateReader();

    FileDates read(byte[] content, String type) {
      try {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("dates-", ".bin");
        try {
          java.nio.file.Files.write(file, content);
          return dates.read(file, type);
        } finally {
          java.nio.file.Files.delete(file);
        }
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Test
  void readsTheCoreDatesOfAnOfficeDocument() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("docProps/core.xml"));
      zip.write(("<cp:coreProperties xmlns:dcterms=\"http://purl.org/dc/terms/\">"
          + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">2017-09-12T08:00:00Z</dcterms:created>"
          + "<dcterms:modified>2017-09-14T10:30:00Z</dcterms:modified></cp:coreProperties>")
          .getBytes(StandardCharsets.UTF_8));
    }
    FileDates dates = reader.read(bytes.toByteArray(),
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(dates.createdAt()).isEqualTo(Instant.parse("2017-09-12T08:00:00Z"));
    assertThat(dates.modifiedAt()).isEqualTo(Instant.parse("2017-09-14T10:30:00Z"));
  }

  @Test
  void readsThePdfInfoDates() {
    byte[] pdf = "%PDF-1.4\n1 0 obj << /CreationDate (D:20170810093000+03'00') /ModDate (D:20170811120000) >>\n%%EOF"
        .getBytes(StandardCharsets.ISO_8859_1);
    FileDates dates = reader.read(pdf, "application/pdf");
    assertThat(dates.createdAt()).isEqualTo(Instant.parse("2017-08-10T09:30:00Z"));
    assertThat(dates.modifiedAt()).isEqualTo(Instant.parse("2017-08-11T12:00:00Z"));
  }

  @Test
  void aDocumentDateBeyondAnyCalendarWeKeepIsNoHint() {
    byte[] pdf = "%PDF-1.4\n1 0 obj << /CreationDate (D:99991231235959) /ModDate (D:00010101000000) >>\n%%EOF"
        .getBytes(StandardCharsets.ISO_8859_1);
    FileDates dates = reader.read(pdf, "application/pdf");
    assertThat(dates.createdAt()).isNull();
    assertThat(dates.modifiedAt()).isNull();
  }

  @Test
  void aFileWithoutDatesOrWithGarbageSaysNothing() {
    assertThat(reader.read(new byte[] {1, 2, 3}, "image/jpeg")).isEqualTo(FileDates.NONE);
    assertThat(reader.read("not a zip".getBytes(), "application/x-tika-ooxml")).isEqualTo(FileDates.NONE);
  }
}
