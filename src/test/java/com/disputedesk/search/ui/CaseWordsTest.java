package com.disputedesk.search.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.account.AccountReview;
import com.disputedesk.appeal.AppealStatus;
import com.disputedesk.complaint.ComplaintCase;
import com.disputedesk.complaint.ComplaintType;
import com.disputedesk.complaint.Sanction;
import com.disputedesk.dispute.DisputeReason;
import com.disputedesk.dispute.DisputeStatus;
import com.disputedesk.mediation.DecisionOutcome;
import com.disputedesk.search.CaseKind;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The search filters offer every code each kind can have (the search module cannot see the enums) and words for each. */
class CaseWordsTest {

  @Test
  void theFiltersListEveryStatusReasonAndOutcomeOfEachKind() {
    assertThat(CaseWords.STATUSES.get(CaseKind.DISPUTE)).containsExactlyInAnyOrderElementsOf(names(DisputeStatus.values()));
    assertThat(CaseWords.STATUSES.get(CaseKind.APPEAL)).containsExactlyInAnyOrderElementsOf(names(AppealStatus.values()));
    assertThat(CaseWords.STATUSES.get(CaseKind.COMPLAINT))
        .containsExactlyInAnyOrderElementsOf(names(ComplaintCase.Status.values()));
    assertThat(CaseWords.STATUSES.get(CaseKind.ACCOUNT_REVIEW))
        .containsExactlyInAnyOrderElementsOf(names(AccountReview.Status.values()));
    assertThat(CaseWords.REASONS.get(CaseKind.DISPUTE)).containsExactlyInAnyOrderElementsOf(names(DisputeReason.values()));
    assertThat(CaseWords.REASONS.get(CaseKind.COMPLAINT)).containsExactlyInAnyOrderElementsOf(names(ComplaintType.values()));
    assertThat(CaseWords.OUTCOMES.get(CaseKind.DISPUTE)).containsAll(names(DecisionOutcome.values()));
    assertThat(CaseWords.OUTCOMES.get(CaseKind.COMPLAINT)).containsAll(names(Sanction.values()));
  }

  @Test
  void everyCodeOfTheFiltersHasWordsInBothLanguages() throws IOException {
    for (String bundle : List.of("translations.properties", "translations_ru.properties")) {
      Properties texts = new Properties();
      try (var in = getClass().getResourceAsStream("/vaadin-i18n/" + bundle)) {
        texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      for (CaseKind kind : CaseKind.values()) {
        assertThat(texts.getProperty("enum.CaseKind." + kind.name())).as(bundle + " " + kind).isNotBlank();
        Stream.of(CaseWords.STATUSES, CaseWords.OUTCOMES).forEach(codes -> codes.get(kind).forEach(code ->
            assertThat(texts.getProperty(key(kind, code, codes == CaseWords.STATUSES))).as(bundle + " " + code)
                .isNotBlank()));
      }
    }
  }

  private static String key(CaseKind kind, String code, boolean status) {
    // the words are looked up without a UI: the key is what CaseWords would ask for
    return status ? keyOf(() -> CaseWords.status(kind, code)) : keyOf(() -> CaseWords.outcome(kind, code));
  }

  private static String keyOf(java.util.function.Supplier<String> words) {
    return words.get();
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
