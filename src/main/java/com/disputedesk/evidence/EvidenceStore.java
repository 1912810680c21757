package com.disputedesk.evidence;

import com.disputedesk.common.CaseNotFound;
import com.disputedesk.common.EnglishText;
import com.disputedesk.common.RuleViolation;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/** Stores and reads evidence. Identical bytes are kept once; each upload still gets its own evidence row. */
@Service
public class EvidenceStore {
  public record NewEvidence(UUID caseId, String party, String uploadedBy, EvidenceKind kind, String note,
      String filename, String declaredType, byte[] content) {}

  private static final String COLUMNS = "id, case_id, party, uploaded_by, kind, note, filename, content_type, sha256, "
      + "size, uploaded_at, captured_at, document_created_at, document_modified_at";
  private final JdbcClient jdbc;
  private final FileTypePolicy types;
  private final FileDateReader dates;
  private final Clock clock;
  private final long maxBytes;

  EvidenceStore(JdbcClient jdbc, FileTypePolicy types, FileDateReader dates, Clock clock,
      @Value("${disputedesk.evidence.max-size:50MB}") DataSize maxSize) {
    this.jdbc = jdbc;
    this.types = types;
    this.dates = dates;
    this.clock = clock;
    this.maxBytes = maxSize.toBytes();
  }

  @Transactional
  public EvidenceItem store(NewEvidence e) {
    if (e.content() == null || e.content().length == 0) {
      throw RuleViolation.unprocessable("empty-file", "The file is empty.");
    }
    if (e.content().length > maxBytes) {
      throw new RuleViolation(HttpStatus.PAYLOAD_TOO_LARGE, "file-too-large",
          "The file has " + e.content().length + " bytes; the limit is " + maxBytes + ".");
    }
    String note = EnglishText.optional("note", e.note(), 2000);
    String contentType = types.check(e.content(), e.filename(), e.declaredType());
    String sha256 = sha256(e.content());
    jdbc.sql("insert into evidence_content (sha256, size, content) values (?, ?, ?) on conflict do nothing")
        .params(sha256, e.content().length, e.content())
        .update();
    UUID id = UUID.randomUUID();
    Instant now = clock.instant();
    FileDates fileDates = dates.read(e.content(), contentType);
    jdbc.sql("insert into evidence (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(id, e.caseId(), e.party(), e.uploadedBy(), e.kind().name(), note, safeName(e.filename()), contentType,
            sha256, e.content().length, Timestamp.from(now), ts(fileDates.capturedAt()), ts(fileDates.createdAt()),
            ts(fileDates.modifiedAt()))
        .update();
    return new EvidenceItem(id, e.caseId(), e.party(), e.uploadedBy(), e.kind(), note, safeName(e.filename()),
        contentType, sha256, e.content().length, now, fileDates);
  }

  @Transactional(readOnly = true)
  public List<EvidenceItem> ofCase(UUID caseId) {
    return jdbc.sql("select " + COLUMNS + " from evidence where case_id = ? order by uploaded_at, id")
        .param(caseId).query(EvidenceStore::map).list();
  }

  @Transactional(readOnly = true)
  public Optional<EvidenceItem> find(UUID evidenceId) {
    return jdbc.sql("select " + COLUMNS + " from evidence where id = ?").param(evidenceId)
        .query(EvidenceStore::map).optional();
  }

  @Transactional(readOnly = true)
  public byte[] content(UUID evidenceId) {
    return jdbc.sql("select c.content from evidence e join evidence_content c on c.sha256 = e.sha256 where e.id = ?")
        .param(evidenceId).query((rs, n) -> rs.getBytes(1)).optional()
        .orElseThrow(() -> new CaseNotFound("evidence", evidenceId));
  }

  private static EvidenceItem map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
    return new EvidenceItem(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
        rs.getString(4), EvidenceKind.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8),
        rs.getString(9), rs.getLong(10), rs.getTimestamp(11).toInstant(),
        new FileDates(inst(rs.getTimestamp(12)), inst(rs.getTimestamp(13)), inst(rs.getTimestamp(14))));
  }

  private static Instant inst(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  private static Timestamp ts(Instant i) {
    return i == null ? null : Timestamp.from(i);
  }

  /** Keeps only the last path segment and harmless characters: a file name is a label, never a path. */
  static String safeName(String filename) {
    if (filename == null || filename.isBlank()) {
      return null;
    }
    String last = filename.replace('\\', '/');
    last = last.substring(last.lastIndexOf('/') + 1).replaceAll("[^\\p{L}\\p{N}._ -]", "_");
    return last.length() > 120 ? last.substring(last.length() - 120) : last;
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
