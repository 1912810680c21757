package com.disputedesk.worklist;

import java.util.UUID;

/** Implemented by each case-owning module for its process definition key (e.g. {@code DisputeCaseProcess}). */
public interface CaseSummaryProvider {
  String processDefinitionKey();

  CaseSummary summarize(UUID caseId, String taskKey);
}
