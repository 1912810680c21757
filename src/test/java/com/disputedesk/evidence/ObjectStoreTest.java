package com.disputedesk.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.dispute.EvidenceFiles;
import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.S3Server;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Evidence in an S3-compatible store: one object per SHA-256, nothing for refused files, and moving old files in. */
class ObjectStoreTest extends IntegrationTest {
  private final S3Server s3 = S3Server.shared();
  @Autowired JdbcClient jdbc;
  @Autowired PostgresBlobStore postgres;

  @DynamicPropertySource
  static void objectStore(DynamicPropertyRegistry registry) {
    S3Server.register(registry);
  }

  @Test
  void aFileIsOneObjectNamedByItsHashAndARefusedOneLeavesNothing() {
    var d = cases.open();
    int before = s3.objects();
    byte[] png = EvidenceFiles.png();
    var first = api.upload(d.path() + "/evidence", d.buyer(), "parcel.png", "image/png", png, "PHOTO");
    var again = api.upload(d.path() + "/evidence", d.seller(), "same.png", "image/png", png, "PHOTO");
    assertThat(first.status()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    String sha = first.text("sha256");
    assertThat(s3.objects()).as("identical files are one object").isLessThanOrEqualTo(before + 1);
    assertThat(s3.object(sha)).isEqualTo(png);
    assertThat(jdbc.sql("select store from evidence_content where sha256 = ?").param(sha).query(String.class)
        .single()).isEqualTo("s3");

    int now = s3.objects();
    assertThat(api.upload(d.path() + "/evidence", d.buyer(), "invoice.pdf", "application/pdf", EvidenceFiles.exe(),
        "DOCUMENT").status()).isEqualTo(415);
    assertThat(s3.objects()).as("a refused upload leaves no object").isEqualTo(now);
  }

  @Test
  void filesInPostgresMoveToTheObjectStoreVerifiedByHashAndStayReadableThroughout() throws Exception {
    byte[] good = ("postal opening report " + UUID.randomUUID()).getBytes();
    String goodSha = sha(good);
    Path file = Files.createTempFile("evidence", ".txt");
    Files.write(file, good);
    postgres.put(goodSha, file, good.length, "text/plain");
    byte[] rotten = ("bytes that lost their hash " + UUID.randomUUID()).getBytes();
    String rottenSha = sha(("something else " + UUID.randomUUID()).getBytes());
    Files.write(file, rotten);
    postgres.put(rottenSha, file, rotten.length, "text/plain");
    Files.delete(file);

    var status = api.as("admin", HttpMethod.GET, "/api/v1/admin/evidence-migration", null, null);
    assertThat(status.body().path("store").asText()).isEqualTo("s3");
    assertThat(status.body().path("inPostgres").asLong()).isGreaterThanOrEqualTo(2);
    var run = api.as("admin", HttpMethod.POST, "/api/v1/admin/evidence-migration?limit=1000", null, null);
    assertThat(run.status()).isEqualTo(200);
    assertThat(run.body().path("failed").toString()).contains(rottenSha.strip()).doesNotContain(goodSha);
    assertThat(run.body().path("inPostgres").asLong()).as("only the file that fails its hash is left").isEqualTo(1);
    assertThat(s3.object(goodSha)).isEqualTo(good);
    assertThat(jdbc.sql("select store, content is null from evidence_content where sha256 = ?").param(goodSha)
        .query((rs, n) -> rs.getString(1) + rs.getBoolean(2)).single()).isEqualTo("s3true");
    assertThat(api.as("mediator1", HttpMethod.POST, "/api/v1/admin/evidence-migration", null, null).status())
        .isEqualTo(403);
  }

  private static String sha(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
