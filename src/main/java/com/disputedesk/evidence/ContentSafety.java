package com.disputedesk.evidence;

import com.disputedesk.common.RuleViolation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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

  void check(byte[] content, String sniffedType) {
    if (sniffedType.equals("application/pdf")) {
      pdf.find(content).ifPresent(what -> {
        throw new RuleViolation(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "pdf-active-content",
            "The PDF contains " + what + ", which evidence may not have; print it to a plain PDF and send that.");
      });
    } else if (sniffedType.startsWith("image/")) {
      checkPixels(content);
    } else if (isOoxml(sniffedType) && !contains(content, "[Content_Types].xml")) {
      throw new RuleViolation(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "archive-not-office",
          "The file is named like an office document but is a plain ZIP archive; archives are not accepted.");
    } else if (sniffedType.startsWith("application/vnd.oasis.opendocument") && !contains(content,
        "mimetypeapplication/vnd.oasis.opendocument")) {
      throw new RuleViolation(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "archive-not-office",
          "The file is named like an OpenDocument file but is a plain ZIP archive; archives are not accepted.");
    }
  }

  private static boolean isOoxml(String type) {
    return type.startsWith("application/vnd.openxmlformats-officedocument") || type.equals("application/x-tika-ooxml");
  }

  /** Reads only the image header's declared size (ImageIO readers do not decode for getWidth/getHeight). */
  private static void checkPixels(byte[] content) {
    try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
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

  static boolean contains(byte[] content, String marker) {
    byte[] needle = marker.getBytes(StandardCharsets.ISO_8859_1);
    outer:
    for (int i = 0; i <= content.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (content[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
