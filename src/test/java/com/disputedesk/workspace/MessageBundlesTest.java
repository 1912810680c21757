package com.disputedesk.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every text a user reads comes from the message bundles, in both languages: the bundles have the same keys, every
 * code a view shows (enum constants, timeline steps, stages, reasons, roles) has its words, and no view builds text
 * from an enum's name.
 */
class MessageBundlesTest {
  private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
  private static final Path SOURCES = Path.of("src/main/java/com/disputedesk");
  /** Enums whose constants the workspace shows through {@link Labels#of(Enum)}. */
  private static final List<Class<? extends Enum<?>>> SHOWN = List.of(
      com.disputedesk.dispute.DisputeStatus.class, com.disputedesk.dispute.DisputeReason.class,
      com.disputedesk.dispute.OutcomeType.class, com.disputedesk.mediation.DecisionOutcome.class,
      com.disputedesk.appeal.AppealOutcome.class,
      com.disputedesk.mediation.DecisionReason.class, com.disputedesk.evidence.EvidenceKind.class,
      com.disputedesk.mediation.EvidenceRequest.Status.class, com.disputedesk.account.AccountReview.Status.class,
      com.disputedesk.account.AccountReview.Trigger.class, com.disputedesk.account.Standing.Status.class,
      com.disputedesk.complaint.ComplaintCase.Status.class, com.disputedesk.complaint.ComplaintOutcome.class,
      com.disputedesk.complaint.Sanction.class, com.disputedesk.complaint.ComplaintType.class,
      com.disputedesk.appeal.AppealFeedbacks.Action.class);

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    Set<String> english = load("translations.properties").stringPropertyNames();
    Set<String> russian = load("translations_ru.properties").stringPropertyNames();
    assertThat(new TreeSet<>(difference(english, russian))).as("keys missing in Russian").isEmpty();
    assertThat(new TreeSet<>(difference(russian, english))).as("keys missing in English").isEmpty();
  }

  @Test
  void everyShownEnumConstantHasWordsInBothLanguages() throws IOException {
    List<String> missing = new ArrayList<>();
    for (String bundle : List.of("translations.properties", "translations_ru.properties")) {
      Properties texts = load(bundle);
      for (Class<? extends Enum<?>> type : SHOWN) {
        for (Enum<?> constant : type.getEnumConstants()) {
          String key = Labels.key(type, constant.name());
          if (texts.getProperty(key, "").isBlank()) {
            missing.add(bundle + ": " + key);
          }
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void everyTimelineStepStageReasonAndRoleHasWords() throws IOException {
    Set<String> keys = new TreeSet<>();
    String code = sources();
    // timeline.record(caseId, "TYPE", actor, "ROLE", …): every literal step and role a case view shows
    Matcher steps = Pattern.compile("timeline\\.record\\([^,]+,\\s*\"([A-Z_]+)\",\\s*[^,]+,\\s*\"([A-Z_]+)\"")
        .matcher(code);
    while (steps.find()) {
      keys.add("code.timeline." + steps.group(1));
      keys.add("code.role." + steps.group(2));
    }
    for (var status : com.disputedesk.account.AccountReview.Status.values()) {
      keys.add("code.timeline." + status.name()); // account reviews record their status as the step
    }
    // new CaseSummary(title, "STAGE", …): the stages the queues show
    Matcher stages = Pattern.compile("\"([A-Z][A-Z_]*[A-Z])\"").matcher(String.join("\n",
        read("dispute/DisputeCaseSummaries.java"), read("complaint/ComplaintCaseSummaries.java"),
        read("account/AccountReviewSummaries.java"), read("appeal/AppealCaseSummaries.java")));
    while (stages.find()) {
      keys.add("code.stage." + stages.group(1));
    }
    // a dispute's stage is its status; an appeal's is "APPEAL_" and its status while it waits or is reviewed
    for (var s : new String[] {"ESCALATED", "AWAITING_EVIDENCE", "APPEAL_PENDING", "APPEAL_IN_REVIEW"}) {
      keys.add("code.stage." + s);
    }
    for (var r : com.disputedesk.dispute.DisputeReason.values()) {
      keys.add("code.reason." + r.name());
    }
    for (var t : com.disputedesk.complaint.ComplaintType.values()) {
      keys.add("code.reason." + t.name());
      t.subReasons().forEach(sub -> keys.add("code.subReason." + sub));
    }
    for (var t : com.disputedesk.account.AccountReview.Trigger.values()) {
      keys.add("code.reason." + t.name());
    }
    for (var o : List.of("FULL_REFUND", "PARTIAL_REFUND", "REFUND_WITH_RETURN", "REPLACEMENT", "REJECTED")) {
      keys.add("code.outcome." + o);
    }
    // the timeline names the outcome of every decision: mediation, appeal (code.outcome), complaint (its own)
    for (var o : com.disputedesk.mediation.DecisionOutcome.values()) {
      keys.add("code.outcome." + o.name());
    }
    for (var o : com.disputedesk.appeal.AppealOutcome.values()) {
      keys.add("code.outcome." + o.name());
    }
    for (var o : com.disputedesk.complaint.ComplaintOutcome.values()) {
      keys.add("code.complaintOutcome." + o.name());
    }
    for (String bundle : List.of("translations.properties", "translations_ru.properties")) {
      Properties texts = load(bundle);
      assertThat(keys.stream().filter(k -> texts.getProperty(k, "").isBlank()).toList()).as(bundle).isEmpty();
    }
    assertThat(keys).as("the scan found the steps").hasSizeGreaterThan(60);
  }

  @Test
  void noViewBuildsUserTextFromAnEnumName() throws IOException {
    // a constant's name() inside a text, a label generator or a cell: the user would read a code
    Pattern codeAsText = Pattern.compile("(new (Span|Paragraph|H2|H3|ListItem)\\(|setText\\(|Notification\\.show\\(|"
        + "addColumn\\()[^;]*\\b(status|reason|outcome|kind|type|trigger|action|stage)\\(\\)(\\.name\\(\\))?\\s*[+)]"
        + "|Enum::name|ItemLabelGenerator\\(\\w+ -> \\w+\\.name\\(\\)\\)");
    List<String> offending = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().contains("/ui/") || f.toString().contains("/workspace/"))
          .filter(f -> f.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (codeAsText.matcher(line).find() && !line.contains("getTranslation(") && !line.contains("Labels.")
              && !line.contains("CaseWords.")
              && !line.contains(".equals(")) {
            offending.add(file.getFileName() + ":" + (i + 1) + ": " + line.strip());
          }
        }
      }
    }
    assertThat(offending).isEmpty();
  }

  private static String sources() throws IOException {
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        all.append(Files.readString(f).replaceAll("\\s+", " ")).append('\n');
      }
    }
    return all.toString();
  }

  private static String read(String file) throws IOException {
    return Files.readString(SOURCES.resolve(file));
  }

  static Properties load(String bundle) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(BUNDLES.resolve(bundle), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    Set<String> d = new TreeSet<>(a);
    d.removeAll(b);
    return d;
  }
}
