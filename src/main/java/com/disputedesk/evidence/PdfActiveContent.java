package com.disputedesk.evidence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * Finds what a PDF viewer would run: document JavaScript, actions that run scripts or launch programs (when opened,
 * from links, from the document's or a page's events) and embedded files. Parsed with PDFBox, so names hidden in
 * compressed object streams are found too; a file PDFBox cannot parse is scanned for the same names as bytes.
 */
class PdfActiveContent {
  private static final String[] RAW_MARKERS = {"/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/RichMedia"};

  /** PDFBox reads the file from disk as it needs it (no whole copy in memory). */
  Optional<String> find(Path file) {
    try (PDDocument document = Loader.loadPDF(file.toFile())) {
      if (document.isEncrypted()) {
        return Optional.of("encryption (a password-protected file cannot be read by the mediator)");
      }
      var catalog = document.getDocumentCatalog();
      PDDocumentNameDictionary names = catalog.getNames();
      if (names != null && names.getJavaScript() != null) {
        return Optional.of("document JavaScript");
      }
      if (names != null && names.getEmbeddedFiles() != null) {
        return Optional.of("embedded files");
      }
      if (catalog.getOpenAction() instanceof PDAction action && active(action)) {
        return Optional.of("an action that runs when the file is opened");
      }
      if (hasEntries(catalog.getCOSObject().getCOSDictionary(COSName.AA))) {
        return Optional.of("actions on document events");
      }
      for (PDPage page : document.getPages()) {
        if (hasEntries(page.getCOSObject().getCOSDictionary(COSName.AA))) {
          return Optional.of("actions on page events");
        }
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link && link.getAction() != null && active(link.getAction())) {
            return Optional.of("a link that runs a script or launches a program");
          }
        }
      }
      return Optional.empty();
    } catch (IOException unparsable) {
      for (String marker : RAW_MARKERS) {
        if (ContentSafety.contains(file, marker)) {
          return Optional.of("the marker " + marker);
        }
      }
      return Optional.empty();
    }
  }

  private static boolean active(PDAction action) {
    return action instanceof PDActionJavaScript || action instanceof PDActionLaunch
        || COSName.getPDFName("ImportData").equals(action.getCOSObject().getCOSName(COSName.S));
  }

  private static boolean hasEntries(COSDictionary dictionary) {
    return dictionary != null && dictionary.size() > 0;
  }
}
