package com.disputedesk.evidence;

import com.disputedesk.common.CaseNotFound;
import com.disputedesk.common.EnglishText;
import com.disputedesk.common.RuleViolation;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.InputStreamSource;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/** Stores and reads evidence. Identical bytes are kept once; each upload still gets its own evidence row. */
@Service
public class EvidenceStore {
  /** {@code content} is read once, as a stream (a multipart file, a resource): never needed whole in memory. */
  public record NewEvidence(UUID caseId, String party, String uploadedBy, EvidenceKind kind, String note,
      String filename, String declaredType, InputStreamSource content) {}

  private static final String COLUMNS = "id, case_id, party, uploaded_by, kind, note, filename, content_type, sha256, "
      + "size, uploaded_at, captured_at, document_created_at, document_modified_at";
  private final JdbcClient jdbc;
  private final FileTypePolicy types;
  private final FileDateReader dates;
  private final EvidenceContents contents;
  private final Clock clock;
  private final long maxBytes;
  private final long maxVideoBytes;

  EvidenceStore(JdbcClient jdbc, FileTypePolicy types, FileDateReader dates, EvidenceContents contents, Clock clock,
      @Value("${disputedesk.evidence.max-size:50MB}") DataSize maxSize,
      @Value("${disputedesk.evidence.max-video-size:}") DataSize maxVideoSize,
      @Value("${disputedesk.evidence.max-upload-size:50MB}") DataSize maxUpload) {
    this.jdbc = jdbc;
    this.types = types;
    this.dates = dates;
    this.contents = contents;
    this.clock = clock;
    this.maxBytes = maxSize.toBytes();
    this.maxVideoBytes = maxVideoSize == null ? maxBytes : maxVideoSize.toBytes();
    if (maxUpload.toBytes() < limitFor(EvidenceKind.VIDEO)) {
      throw new IllegalStateException("disputedesk.evidence.max-upload-size (" + maxUpload + ") must be at least "
          + "max-video-size and max-size, or the server refuses those files before they are checked");
    }
  }

  /** The largest file of {@code kind} taken: videos may be larger (a phone's unboxing video), in an object store. */
  public long limitFor(EvidenceKind kind) {
    return kind == EvidenceKind.VIDEO ? Math.max(maxBytes, maxVideoBytes) : maxBytes;
  }

  @Transactional
  public EvidenceItem store(NewEvidence e) {
    String note = EnglishText.optional("note", e.note(), 2000);
    try (ReceivedFile file = ReceivedFile.receive(e.content(), limitFor(e.kind()))) {
      String contentType = types.check(file.path(), e.filename(), e.declaredType());
      FileDates fileDates = dates.read(file.path(), contentType);
      contents.store(file, contentType);
      UUID id = UUID.randomUUID();
      Instant now = clock.instant();
      jdbc.sql("insert into evidence (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(id, e.caseId(), e.party(), e.uploadedBy(), e.kind().name(), note, safeName(e.filename()),
              contentType, file.sha256(), file.size(), Timestamp.from(now), ts(fileDates.capturedAt()),
              ts(fileDates.createdAt()), ts(fileDates.modifiedAt()))
          .update();
      return new EvidenceItem(id, e.caseId(), e.party(), e.uploadedBy(), e.kind(), note, safeName(e.filename()),
          contentType, file.sha256(), file.size(), now, fileDates);
    }
  }

  /**
   * A case past its personal-data retention: file names and notes go, uploaders become their pseudonyms
   * ({@code pseudonyms}: party id → pseudonym). The bytes stay: identical files are one stored object across cases.
   */
  @Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
  public void pseudonymise(UUID caseId, java.util.Map<String, String> pseudonyms) {
    jdbc.sql("update evidence set note = null, filename = null where case_id = ?").param(caseId).update();
    pseudonyms.forEach((id, pseudonym) -> jdbc.sql("update evidence set uploaded_by = ? where case_id = ? "
        + "and uploaded_by = ?").params(pseudonym, caseId, id).update());
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

  /** {@code length} bytes of the file from {@code offset}, streamed from wherever it is stored. */
  public InputStream open(EvidenceItem item, long offset, long length) {
    if (offset < 0 || length < 0 || offset + length > item.size()) {
      throw new IllegalArgumentException("range outside the file");
    }
    return contents.open(item.sha256(), offset, length);
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
}
