package com.disputedesk.evidence;

import com.disputedesk.common.RuleViolation;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.tika.io.TikaInputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.tika.Tika;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Which files we accept, judged by their bytes, not by their name or the declared type. */
@Component
class FileTypePolicy {
  private static final Set<String> ALLOWED_EXACT = Set.of("application/pdf", "text/plain", "text/csv",
      "application/msword", "application/vnd.ms-excel",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.spreadsheet",
      "application/x-tika-ooxml", "application/x-tika-msoffice");
  private final Tika tika = new Tika();
  private final ContentSafety safety;

  FileTypePolicy(ContentSafety safety) {
    this.safety = safety;
  }

  /** The sniffed content type, or a 415 naming what was found. */
  String check(Path file, String filename, String declaredType) {
    String sniffed = sniff(file, filename);
    if (!allowed(sniffed)) {
      throw new RuleViolation(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file-type-not-allowed",
          "Files of type " + sniffed + " are not accepted; send photos, videos, PDF, text or office documents.");
    }
    if (declaredType != null && !declaredType.isBlank() && !"application/octet-stream".equals(declaredType)
        && !family(declaredType).equals(family(sniffed)) && !(isOffice(declaredType) && isOffice(sniffed))) {
      throw new RuleViolation(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file-type-mismatch",
          "The file was declared as " + declaredType + " but its content is " + sniffed + ".");
    }
    safety.check(file, sniffed);
    return sniffed;
  }

  /** Tika reads the first bytes (and, for office formats, the archive's directory), not the whole file. */
  private String sniff(Path file, String filename) {
    Metadata metadata = new Metadata();
    if (filename != null) {
      metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
    }
    try (TikaInputStream in = TikaInputStream.get(file)) {
      return tika.detect(in, metadata);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean allowed(String type) {
    return type.startsWith("image/") && !type.equals("image/svg+xml")
        || type.startsWith("video/") || ALLOWED_EXACT.contains(type);
  }

  private static boolean isOffice(String type) {
    return type.startsWith("application/vnd.") || type.startsWith("application/x-tika-") || type.contains("msword");
  }

  private static String family(String type) {
    String base = type.split(";")[0].trim().toLowerCase();
    return base.startsWith("image/") || base.startsWith("video/") || base.startsWith("text/")
        ? base.substring(0, base.indexOf('/')) : base;
  }
}
