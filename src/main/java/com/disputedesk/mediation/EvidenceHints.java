package com.disputedesk.mediation;

import com.disputedesk.dispute.Dispute;
import com.disputedesk.evidence.EvidenceItem;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Forensic hints for a mediator: what a file's own dates say against the case's timeline. Hints, not verdicts —
 * the seed's seller sent an editable "invoice" dated a month after shipping; a hint makes that visible.
 */
public final class EvidenceHints {
  /** An i18n key with its arguments. */
  public record Hint(String key, List<Object> args) {}

  private static final Duration STALE_PHOTO = Duration.ofDays(3);
  private static final Duration EDIT_GAP = Duration.ofHours(1);

  private EvidenceHints() {}

  public static List<Hint> of(EvidenceItem e, Dispute d) {
    List<Hint> hints = new ArrayList<>();
    Instant captured = e.dates().capturedAt();
    if (captured != null && Duration.between(captured, e.uploadedAt()).compareTo(STALE_PHOTO) > 0) {
      hints.add(new Hint("hint.photoOld", List.of(captured, Duration.between(captured, e.uploadedAt()).toDays())));
    }
    if (captured != null && captured.isAfter(e.uploadedAt())) {
      hints.add(new Hint("hint.photoFuture", List.of(captured)));
    }
    Instant created = e.dates().createdAt();
    if (created != null && created.isAfter(d.openedAt())) {
      hints.add(new Hint("hint.docAfterOpening", List.of(created, d.openedAt())));
    }
    Instant modified = e.dates().modifiedAt();
    if (created != null && modified != null && Duration.between(created, modified).compareTo(EDIT_GAP) > 0) {
      hints.add(new Hint("hint.docEdited", List.of(modified, created)));
    }
    if (e.isEditableDocument()) {
      hints.add(new Hint("hint.editable", List.of()));
    }
    return hints;
  }
}
