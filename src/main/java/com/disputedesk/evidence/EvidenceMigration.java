package com.disputedesk.evidence;

import com.disputedesk.common.RuleViolation;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Moves evidence bytes from PostgreSQL to the configured object store, file by file: each is streamed out, its
 * SHA-256 verified against its key, uploaded, its size in the store checked, and only then its row switched to the
 * store and its bytes dropped. Reads follow each row, so the workspace serves every file throughout; a run can stop
 * at any point and the next one goes on from there. A file whose bytes do not match its hash is reported, not moved.
 */
@Service
public class EvidenceMigration {
  public record Progress(String store, long inPostgres, long inObjectStore, int movedNow, List<String> failed) {}

  private static final Logger log = LoggerFactory.getLogger(EvidenceMigration.class);
  private final JdbcClient jdbc;
  private final EvidenceContents contents;
  private final PostgresBlobStore postgres;

  EvidenceMigration(JdbcClient jdbc, EvidenceContents contents, PostgresBlobStore postgres) {
    this.jdbc = jdbc;
    this.contents = contents;
    this.postgres = postgres;
  }

  public Progress status() {
    return progress(0, List.of());
  }

  /** Moves up to {@code limit} files now; call again until {@code inPostgres} is 0 (or only failures are left). */
  public Progress run(int limit, String admin) {
    if (!(contents.store(contents.activeStore()) instanceof S3BlobStore target)) {
      throw RuleViolation.conflict("no-object-store", "Evidence is stored in PostgreSQL; configure the object store "
          + "(DISPUTEDESK_EVIDENCE_STORE=s3 and its bucket) before moving files to it.");
    }
    List<String> failed = new ArrayList<>();
    int moved = 0;
    List<Object[]> rows = jdbc.sql("select sha256, size from evidence_content where store = 'postgres' "
        + "order by sha256 limit ?").param(limit).query((rs, n) -> new Object[] {rs.getString(1), rs.getLong(2)})
        .list();
    for (Object[] row : rows) {
      String sha = ((String) row[0]).strip();
      long size = (Long) row[1];
      InputStreamSource bytes = () -> postgres.open(sha, 0, size);
      try (ReceivedFile copy = ReceivedFile.receive(bytes, Long.MAX_VALUE)) {
        if (!copy.sha256().equals(sha) || copy.size() != size) {
          failed.add(sha + ": the stored bytes do not match their SHA-256; left in PostgreSQL");
          continue;
        }
        target.put(sha, copy.path(), size, "application/octet-stream");
        if (target.size(sha) != size) {
          failed.add(sha + ": the object store holds another size; left in PostgreSQL");
          continue;
        }
        moved += jdbc.sql("update evidence_content set store = 's3', content = null where sha256 = ? "
            + "and store = 'postgres'").param(row[0]).update();
      } catch (RuntimeException e) {
        failed.add(sha + ": " + e.getMessage());
      }
    }
    log.info("Evidence migration by {}: {} files moved to the object store, {} failed", admin, moved, failed.size());
    return progress(moved, failed);
  }

  private Progress progress(int moved, List<String> failed) {
    long inPostgres = count("postgres");
    return new Progress(contents.activeStore(), inPostgres, count("s3"), moved, failed);
  }

  private long count(String store) {
    return jdbc.sql("select count(*) from evidence_content where store = ?").param(store).query(Long.class).single();
  }
}
