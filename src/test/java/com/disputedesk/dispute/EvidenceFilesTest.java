package com.disputedesk.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.IntegrationTest;
import com.disputedesk.support.WebSession;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Evidence as a mediator's browser reads it: whole, or a range of it (a video scrubbed), and only by staff. */
class EvidenceFilesTest extends IntegrationTest {
  @LocalServerPort int port;

  @Test
  void aMediatorReadsAFileWholeOrByRangeAndNobodyElseDoes() {
    var d = cases.escalated();
    byte[] pdf = EvidenceFiles.pdf();
    var stored = api.upload(d.path() + "/evidence", d.buyer(), "opening report.pdf", "application/pdf", pdf,
        "DOCUMENT");
    assertThat(stored.status()).isEqualTo(201);
    String path = "/evidence/" + stored.text("evidenceId");

    WebSession anonymous = new WebSession(port);
    assertThat(anonymous.bytes(path, null).statusCode()).as("signed out: to the login").isIn(302, 401);
    WebSession mediator = new WebSession(port);
    mediator.signIn("mediator1", "mediator1");
    var whole = mediator.bytes(path, null);
    assertThat(whole.statusCode()).isEqualTo(200);
    assertThat(whole.body()).isEqualTo(pdf);
    assertThat(whole.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(whole.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(whole.headers().firstValue("Accept-Ranges")).hasValue("bytes");
    assertThat(whole.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");

    var part = mediator.bytes(path, "bytes=10-19");
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.body()).isEqualTo(Arrays.copyOfRange(pdf, 10, 20));
    assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 10-19/" + pdf.length);
    var tail = mediator.bytes(path, "bytes=-5");
    assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(pdf, pdf.length - 5, pdf.length));
    assertThat(mediator.bytes(path, "bytes=" + pdf.length + "-").statusCode()).isEqualTo(416);
    assertThat(mediator.bytes(path + "?download=true", null).headers().firstValue("Content-Disposition")
        .orElseThrow()).startsWith("attachment");
    assertThat(mediator.bytes("/evidence/" + UUID.randomUUID(), null).statusCode()).isEqualTo(404);
  }
}
