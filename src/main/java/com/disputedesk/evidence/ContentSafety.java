package com.disputedesk.evidence;

import com.disputedesk.common.RuleViolation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What a mediator's browser will open must be harmless: no PDF that runs scripts or launches programs, no image
 * whose header claims more pixels than a screen can take (a tiny file can claim a gigapixel), no ZIP archive dressed
 * up as an office document. Checked on the bytes, before the file is stored.
 */
@Component
class ContentSafety {
  static final long MAX_PIXELS = 50_000_000L;
  private final PdfActiveContent pdf = new PdfActiveContent();

  void check(Path file, String sniffedType) {
    if (sniffedType.equals("application/pdf")) {
      pdf.find(file).ifPresent(what -> {
        throw new RuleViolation(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "pdf-active-content",
            "The PDF contains " + what + ", which evidence may not have; print it to a plain PDF and send that.");
      });
    } else if (sniffedType.startsWith("image/")) {
      checkPixels(file);
    } else if (isOoxml(sniffedType) && !hasZipEntry(file, "[Content_Types].xml")) {
      throw new RuleViolation(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "archive-not-office",
          "The file is named like an office document but is a plain ZIP archive; archives are not accepted.");
    } else if (sniffedType.startsWith("application/vnd.oasis.opendocument") && !startsWithin(file,
        "mimetypeapplication/vnd.oasis.opendocument", 4096)) {
      throw new RuleViolation(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "archive-not-office",
          "The file is named like an OpenDocument file but is a plain ZIP archive; archives are not accepted.");
    }
  }

  private static boolean isOoxml(String type) {
    return type.startsWith("application/vnd.openxmlformats-officedocument") || type.equals("application/x-tika-ooxml");
  }

  /** Reads only the image header's declared size (ImageIO readers do not decode for getWidth/getHeight). */
  private static void checkPixels(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return; // a format the JDK cannot read (HEIC, WebP): the browser decodes it at its own risk of size
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        long width = reader.getWidth(0);
        long height = reader.getHeight(0);
        if (width * height > MAX_PIXELS) {
          throw new RuleViolation(HttpStatus.UNPROCESSABLE_ENTITY, "image-too-large", "The image declares "
              + width + " × " + height + " pixels; photos may have at most " + MAX_PIXELS / 1_000_000
              + " megapixels.");
        }
      } finally {
        reader.dispose();
      }
    } catch (IOException unreadable) {
      // a header the reader cannot parse is no claim of size; the type check already let the format in
    }
  }

  /** Whether the archive's directory names {@code entry}; a file that is no readable ZIP has none. */
  static boolean hasZipEntry(Path file, String entry) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return zip.getEntry(entry) != null;
    } catch (IOException notAZip) {
      return false;
    }
  }

  /** Whether {@code marker} occurs in the first {@code bytes} of the file. */
  static boolean startsWithin(Path file, String marker, int bytes) {
    try (InputStream in = Files.newInputStream(file)) {
      return contains(in.readNBytes(bytes), marker);
    } catch (IOException e) {
      return false;
    }
  }

  /** Whether {@code marker} occurs anywhere in the file, read in 64 KiB windows that overlap by the marker. */
  static boolean contains(Path file, String marker) {
    byte[] needle = marker.getBytes(StandardCharsets.ISO_8859_1);
    byte[] window = new byte[64 * 1024 + needle.length];
    try (InputStream in = Files.newInputStream(file)) {
      int kept = 0;
      for (int n = in.readNBytes(window, kept, window.length - kept); n > 0;
          n = in.readNBytes(window, kept, window.length - kept)) {
        int filled = kept + n;
        if (indexOf(window, filled, needle) >= 0) {
          return true;
        }
        kept = Math.min(needle.length - 1, filled);
        System.arraycopy(window, filled - kept, window, 0, kept);
      }
      return false;
    } catch (IOException e) {
      return false;
    }
  }

  static boolean contains(byte[] content, String marker) {
    return indexOf(content, content.length, marker.getBytes(StandardCharsets.ISO_8859_1)) >= 0;
  }

  private static int indexOf(byte[] content, int length, byte[] needle) {
    outer:
    for (int i = 0; i <= length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (content[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
