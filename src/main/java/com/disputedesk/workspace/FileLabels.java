package com.disputedesk.workspace;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/**
 * A file as people name it: "Spreadsheet (XLSX)", "JPEG image", "2.4 MB", not a MIME type or a count of bytes (the
 * exact bytes and type stay in the case file's PDF, for a court).
 */
public final class FileLabels {
  private static final Map<String, String[]> KNOWN = Map.ofEntries(
      Map.entry("application/pdf", new String[] {"pdf", ""}),
      Map.entry("text/plain", new String[] {"text", ""}),
      Map.entry("text/csv", new String[] {"spreadsheet", "CSV"}),
      Map.entry("application/msword", new String[] {"document", "DOC"}),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          new String[] {"document", "DOCX"}),
      Map.entry("application/vnd.oasis.opendocument.text", new String[] {"document", "ODT"}),
      Map.entry("application/vnd.ms-excel", new String[] {"spreadsheet", "XLS"}),
      Map.entry("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          new String[] {"spreadsheet", "XLSX"}),
      Map.entry("application/vnd.oasis.opendocument.spreadsheet", new String[] {"spreadsheet", "ODS"}),
      Map.entry("application/x-tika-ooxml", new String[] {"office", ""}),
      Map.entry("application/x-tika-msoffice", new String[] {"office", ""}),
      Map.entry("video/quicktime", new String[] {"video", "MOV"}));

  private FileLabels() {}

  /** The file's kind in the user's language; a type we do not name stays as it is. */
  public static String type(String contentType) {
    if (contentType == null) {
      return "—";
    }
    String[] known = KNOWN.get(contentType);
    if (known != null) {
      return Labels.translate("file.type." + known[0], known[1]);
    }
    int slash = contentType.indexOf('/');
    String family = slash < 0 ? "" : contentType.substring(0, slash);
    String format = contentType.substring(slash + 1).replaceFirst("^x-", "").toUpperCase(Locale.ROOT);
    return switch (family) {
      case "image", "video", "audio" -> Labels.translate("file.type." + family, format);
      default -> contentType;
    };
  }

  /** "512 bytes", "14.2 KB", "2.4 MB", "1.1 GB" with the locale's decimal sign. */
  public static String size(long bytes, Locale locale) {
    if (bytes < 1024) {
      return Labels.translate("file.size.bytes", bytes);
    }
    String[] units = {"kb", "mb", "gb"};
    double value = bytes / 1024.0;
    int unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(value < 100 ? 1 : 0);
    return Labels.translate("file.size." + units[unit], format.format(value));
  }
}
