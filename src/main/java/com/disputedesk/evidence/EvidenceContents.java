package com.disputedesk.evidence;

import com.disputedesk.common.CaseNotFound;
import java.io.InputStream;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The registry of stored files ({@code evidence_content}, one row per SHA-256) and the router to their bytes: new
 * files go to the configured store, existing ones are read from wherever their row says, so an installation moving
 * to the object store keeps serving every file while the migration runs.
 */
@Component
class EvidenceContents {
  private final JdbcClient jdbc;
  private final PostgresBlobStore postgres;
  private final List<BlobStore> stores;
  private final BlobStore active;

  EvidenceContents(JdbcClient jdbc, PostgresBlobStore postgres, List<BlobStore> stores) {
    this.jdbc = jdbc;
    this.postgres = postgres;
    this.stores = stores;
    this.active = stores.stream().filter(s -> !s.name().equals(PostgresBlobStore.NAME)).findFirst().orElse(postgres);
  }

  String activeStore() {
    return active.name();
  }

  /** Stores the file once per SHA-256, in the caller's transaction (for PostgreSQL, the bytes too). */
  void store(ReceivedFile file, String contentType) {
    boolean known = jdbc.sql("select exists (select 1 from evidence_content where sha256 = ?)").param(file.sha256())
        .query(Boolean.class).single();
    if (known) {
      return;
    }
    active.put(file.sha256(), file.path(), file.size(), contentType);
    if (active != postgres) {
      jdbc.sql("insert into evidence_content (sha256, size, store) values (?, ?, ?) on conflict do nothing")
          .params(file.sha256(), file.size(), active.name()).update();
    }
  }

  InputStream open(String sha256, long offset, long length) {
    String where = jdbc.sql("select store from evidence_content where sha256 = ?").param(sha256).query(String.class)
        .optional().orElseThrow(() -> new CaseNotFound("evidence content", sha256));
    return store(where).open(sha256, offset, length);
  }

  BlobStore store(String name) {
    return stores.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() -> new IllegalStateException(
        "Evidence is stored in " + name + ", which is not configured (disputedesk.evidence.store)"));
  }
}
