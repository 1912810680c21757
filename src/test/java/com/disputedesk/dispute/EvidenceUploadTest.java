package com.disputedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.IntegrationTest;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Evidence: content-addressed, size-limited (1 MB in tests), type judged by the bytes. */
class EvidenceUploadTest extends IntegrationTest {
  @Autowired JdbcClient jdbc;

  @Test
  void storesAPhotoWithItsSha256AndSniffedType() throws Exception {
    var d = cases.open();
    byte[] png = EvidenceFiles.png();
    var answer = api.upload(d.path() + "/evidence", d.buyer(), "empty-parcel.png", "image/png", png, "PHOTO");
    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.text("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)));
    assertThat(answer.text("contentType")).isEqualTo("image/png");
    assertThat(answer.body().path("size").asLong()).isEqualTo(png.length);
    var view = api.get(d.path(), d.seller());
    assertThat(view.body().at("/evidence/0/filename").asText()).isEqualTo("empty-parcel.png");
    assertThat(view.body().at("/timeline/1/type").asText()).isEqualTo("EVIDENCE_ADDED");
  }

  @Test
  void identicalFilesAreStoredOnce() {
    var d = cases.open();
    byte[] pdf = EvidenceFiles.pdf();
    var first = api.upload(d.path() + "/evidence", d.buyer(), "report.pdf", "application/pdf", pdf, "DOCUMENT");
    var second = api.upload(d.path() + "/evidence", d.seller(), "copy.pdf", "application/pdf", pdf, "DOCUMENT");
    assertThat(second.text("sha256")).isEqualTo(first.text("sha256"));
    assertThat(jdbc.sql("select count(*) from evidence_content where sha256 = ?").param(first.text("sha256"))
        .query(Integer.class).single()).isEqualTo(1);
  }

  @Test
  void aDeclaredTypeThatLiesIs415() {
    var d = cases.open();
    var answer = api.upload(d.path() + "/evidence", d.buyer(), "photo.jpg", "image/jpeg", EvidenceFiles.pdf(), "PHOTO");
    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.text("detail")).contains("declared as image/jpeg", "application/pdf");
  }

  @Test
  void executablesAreRefusedWhateverTheirName() {
    var d = cases.open();
    var answer = api.upload(d.path() + "/evidence", d.buyer(), "receipt.pdf", "application/octet-stream",
        EvidenceFiles.exe(), "DOCUMENT");
    assertThat(answer.status()).isEqualTo(415);
    assertThat(jdbc.sql("select count(*) from evidence where case_id = ?").param(d.id()).query(Integer.class).single())
        .isZero();
  }

  @Test
  void tooLargeIs413() {
    var d = cases.open();
    byte[] big = new byte[1_500_000];
    System.arraycopy(EvidenceFiles.pdf(), 0, big, 0, EvidenceFiles.pdf().length);
    assertThat(api.upload(d.path() + "/evidence", d.buyer(), "big.pdf", "application/pdf", big, "DOCUMENT").status())
        .isEqualTo(413);
    byte[] huge = new byte[2_500_000];
    assertThat(api.upload(d.path() + "/evidence", d.buyer(), "huge.pdf", "application/pdf", huge, "DOCUMENT").status())
        .isEqualTo(413);
  }

  @Test
  void pathTraversalInFileNamesIsNeutralised() {
    var d = cases.open();
    var answer = api.upload(d.path() + "/evidence", d.buyer(), "../../etc/passwd.png", "image/png",
        EvidenceFiles.png(), "PHOTO");
    assertThat(answer.status()).isEqualTo(201);
    assertThat(api.get(d.path(), d.buyer()).body().at("/evidence/0/filename").asText()).isEqualTo("passwd.png");
  }

  @Test
  void unknownKindOrStrangerIsRefused() {
    var d = cases.open();
    assertThat(api.upload(d.path() + "/evidence", d.buyer(), "a.png", "image/png", EvidenceFiles.png(), "SELFIE")
        .status()).isEqualTo(422);
    assertThat(api.upload(d.path() + "/evidence", "stranger", "a.png", "image/png", EvidenceFiles.png(), "PHOTO")
        .status()).isEqualTo(404);
  }

  @Test
  void aRetriedUploadIsStoredOnceAndAnotherFileUnderTheSameKeyIsRefused() {
    var d = cases.open();
    byte[] photo = EvidenceFiles.png();
    byte[] otherPhoto = photo.clone();
    otherPhoto[otherPhoto.length - 1] ^= 1; // same name, type and length; other content
    String path = d.path() + "/evidence";
    var first = api.upload(path, d.buyer(), "parcel.png", "image/png", photo, "PHOTO", "upload-parcel-1");
    var retry = api.upload(path, d.buyer(), "parcel.png", "image/png", photo, "PHOTO", "upload-parcel-1");
    var other = api.upload(path, d.buyer(), "parcel.png", "image/png", otherPhoto, "PHOTO", "upload-parcel-1");
    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.headers().getFirst("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.text("sha256")).isEqualTo(first.text("sha256"));
    assertThat(other.status()).isEqualTo(422);
    assertThat(other.text("detail")).contains("already used for a different request");
    assertThat(jdbc.sql("select count(*) from evidence where case_id = ?").param(d.id()).query(Integer.class).single())
        .isEqualTo(1);
  }
}
