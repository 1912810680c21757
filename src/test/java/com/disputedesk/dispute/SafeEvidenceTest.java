package com.disputedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.IntegrationTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionLaunch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What mediators open must be harmless: active PDFs, pixel bombs and archives dressed as documents are refused. */
class SafeEvidenceTest extends IntegrationTest {
  @Autowired JdbcClient jdbc;

  @Test
  void aPdfThatRunsJavaScriptOrLaunchesAProgramIsRefusedAndAPlainOneIsStored() throws Exception {
    var d = cases.open();
    var script = api.upload(d.path() + "/evidence", d.buyer(), "receipt.pdf", "application/pdf",
        pdf(new PDActionJavaScript("app.alert('hi')")), "DOCUMENT");
    assertThat(script.status()).isEqualTo(415);
    assertThat(script.text("type")).endsWith("/pdf-active-content");
    var launch = new PDActionLaunch();
    launch.setFile(new org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification(
        new org.apache.pdfbox.cos.COSString("calc.exe")));
    assertThat(api.upload(d.path() + "/evidence", d.buyer(), "receipt.pdf", "application/pdf", pdf(launch),
        "DOCUMENT").status()).isEqualTo(415);
    assertThat(api.upload(d.path() + "/evidence", d.buyer(), "receipt.pdf", "application/pdf", pdf(null),
        "DOCUMENT").status()).isEqualTo(201);
    assertThat(jdbc.sql("select count(*) from evidence where case_id = ?").param(d.id()).query(Integer.class)
        .single()).isEqualTo(1);
  }

  @Test
  void anImageClaimingAGigapixelIsRefusedBeforeAnyoneDecodesIt() throws Exception {
    var d = cases.open();
    var bomb = api.upload(d.path() + "/evidence", d.buyer(), "parcel.png", "image/png", pngClaiming(40_000, 40_000),
        "PHOTO");
    assertThat(bomb.status()).isEqualTo(422);
    assertThat(bomb.text("detail")).contains("40000 × 40000");
    assertThat(api.upload(d.path() + "/evidence", d.buyer(), "parcel.png", "image/png", EvidenceFiles.png(),
        "PHOTO").status()).isEqualTo(201);
  }

  @Test
  void aZipArchiveNamedLikeAWordDocumentIsRecognisedAndRefused() throws Exception {
    var d = cases.open();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("payload/run.sh"));
      zip.write("#!/bin/sh\necho owned\n".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    var answer = api.upload(d.path() + "/evidence", d.buyer(), "invoice.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", bytes.toByteArray(), "DOCUMENT");
    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.text("type")).matches(".*/(archive-not-office|file-type-not-allowed)");
  }

  private static byte[] pdf(org.apache.pdfbox.pdmodel.interactive.action.PDAction openAction) throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      if (openAction != null) {
        document.getDocumentCatalog().setOpenAction(openAction);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  /** A valid PNG header whose IHDR claims width × height (the pixel data itself is a few bytes). */
  private static byte[] pngClaiming(int width, int height) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2)
        .put((byte) 0).put((byte) 0).put((byte) 0);
    chunk(out, "IHDR", ihdr.array());
    chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
    out.write(ByteBuffer.allocate(4).putInt(data.length).array());
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    out.write(name);
    out.write(data);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }
}
