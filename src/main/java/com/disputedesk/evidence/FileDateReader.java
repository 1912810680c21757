package com.disputedesk.evidence;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.springframework.stereotype.Component;

/**
 * Reads the dates a file records about itself: EXIF capture time of photos, core properties of office documents,
 * the info dictionary of PDFs. A file that says nothing, or lies badly, simply yields no date.
 */
@Component
class FileDateReader {
  private static final Pattern OOXML_CREATED = Pattern.compile("<dcterms:created[^>]*>([^<]+)</dcterms:created>");
  private static final Pattern OOXML_MODIFIED = Pattern.compile("<dcterms:modified[^>]*>([^<]+)</dcterms:modified>");
  private static final Pattern PDF_CREATED = Pattern.compile("/CreationDate\\s*\\(D:(\\d{14})");
  private static final Pattern PDF_MODIFIED = Pattern.compile("/ModDate\\s*\\(D:(\\d{14})");
  private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

  /** Dates outside this range are forgeries or garbage, and no column could hold the far ones: no hint at all. */
  private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
  private static final Instant LATEST = Instant.parse("2100-12-31T23:59:59Z");

  FileDates read(Path file, String contentType) {
    FileDates dates = readAll(file, contentType);
    return new FileDates(sane(dates.capturedAt()), sane(dates.createdAt()), sane(dates.modifiedAt()));
  }

  private static Instant sane(Instant instant) {
    return instant == null || instant.isBefore(EARLIEST) || instant.isAfter(LATEST) ? null : instant;
  }

  private FileDates readAll(Path file, String contentType) {
    try {
      if (contentType.startsWith("image/")) {
        return new FileDates(exifCapture(file), null, null);
      }
      if (contentType.equals("application/pdf")) {
        String text = pdfInfo(file);
        return new FileDates(null, pdfDate(PDF_CREATED, text), pdfDate(PDF_MODIFIED, text));
      }
      if (contentType.contains("officedocument") || contentType.equals("application/x-tika-ooxml")) {
        String core = zipEntry(file, "docProps/core.xml");
        return core == null ? FileDates.NONE
            : new FileDates(null, isoDate(OOXML_CREATED, core), isoDate(OOXML_MODIFIED, core));
      }
    } catch (IOException | RuntimeException e) {
      return FileDates.NONE; // unreadable metadata is no evidence either way
    }
    return FileDates.NONE;
  }

  /** metadata-extractor reads the segments it needs from the file. */
  private static Instant exifCapture(Path file) throws IOException {
    try {
      var directory = ImageMetadataReader.readMetadata(file.toFile())
          .getFirstDirectoryOfType(ExifSubIFDDirectory.class);
      Date original = directory == null ? null : directory.getDateOriginal(TimeZone.getTimeZone("UTC"));
      return original == null ? null : original.toInstant();
    } catch (com.drew.imaging.ImageProcessingException e) {
      return null;
    }
  }

  private static Instant pdfDate(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? LocalDateTime.parse(m.group(1), PDF_DATE).toInstant(ZoneOffset.UTC) : null;
  }

  private static Instant isoDate(Pattern pattern, String xml) {
    Matcher m = pattern.matcher(xml);
    if (!m.find()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(m.group(1).strip()).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** One entry through the archive's directory, at most 200 kB of it. */
  private static String zipEntry(Path file, String name) throws IOException {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      ZipEntry e = zip.getEntry(name);
      if (e == null) {
        return null;
      }
      try (var in = zip.getInputStream(e)) {
        return new String(in.readNBytes(200_000), StandardCharsets.UTF_8);
      }
    }
  }

  /**
   * The text around a PDF's info dictionary: its first and last 64 kB (where writers put it, and where an
   * incremental update appends the new one), without reading the middle of a large file.
   */
  private static String pdfInfo(Path file) throws IOException {
    long size = java.nio.file.Files.size(file);
    try (var channel = java.nio.channels.FileChannel.open(file)) {
      int head = (int) Math.min(size, 65_536);
      java.nio.ByteBuffer first = java.nio.ByteBuffer.allocate(head);
      channel.read(first, 0);
      int tail = (int) Math.min(Math.max(0, size - head), 65_536);
      java.nio.ByteBuffer last = java.nio.ByteBuffer.allocate(tail);
      channel.read(last, size - tail);
      return new String(first.array(), StandardCharsets.ISO_8859_1) + "\n"
          + new String(last.array(), StandardCharsets.ISO_8859_1);
    }
  }
}
