package com.disputedesk.common.web;

import java.util.Map;

/** The operationId of every route, verbs first, as a generated client's method names. Changing one is breaking. */
final class OperationIds {
  private OperationIds() {}

  /** Routes that answer 201 with the created resource (API.md), which springdoc cannot tell from a ResponseEntity. */
  static final java.util.Set<String> CREATING = java.util.Set.of("POST /api/v1/disputes",
      "POST /api/v1/disputes/{id}/evidence", "POST /api/v1/disputes/{id}/appeal", "POST /api/v1/disputes/{id}/feedback",
      "POST /api/v1/complaints", "POST /api/v1/accounts/{partyId}/reactivation-appeal",
      "POST /api/v1/admin/webhook-endpoints", "POST /api/v1/admin/webhook-endpoints/{id}/secrets",
      "POST /api/v1/admin/webhook-endpoints/{id}/deliveries/{deliveryId}/resend",
      "POST /api/v1/admin/webhook-endpoints/{id}/resend");

  static final Map<String, String> BY_ROUTE = Map.ofEntries(
      Map.entry("POST /api/v1/disputes", "openDispute"),
      Map.entry("GET /api/v1/disputes", "listDisputes"),
      Map.entry("GET /api/v1/disputes/{id}", "getDispute"),
      Map.entry("POST /api/v1/disputes/{id}/seller-response", "respondAsSeller"),
      Map.entry("POST /api/v1/disputes/{id}/buyer-response", "respondAsBuyer"),
      Map.entry("POST /api/v1/disputes/{id}/escalate", "escalateDispute"),
      Map.entry("POST /api/v1/disputes/{id}/cancel", "cancelDispute"),
      Map.entry("POST /api/v1/disputes/{id}/evidence", "addDisputeEvidence"),
      Map.entry("POST /api/v1/disputes/{id}/evidence-requests/{requestId}/answer", "answerEvidenceRequest"),
      Map.entry("POST /api/v1/disputes/{id}/appeal", "fileAppeal"),
      Map.entry("DELETE /api/v1/disputes/{id}/appeal", "withdrawAppeal"),
      Map.entry("PUT /api/v1/disputes/{id}/appeal/coupon-split", "chooseCouponSplit"),
      Map.entry("POST /api/v1/disputes/{id}/feedback", "sendFeedback"),
      Map.entry("GET /api/v1/buyers/{buyerId}/coupons", "listBuyerCoupons"),
      Map.entry("POST /api/v1/coupons/{code}/redeem", "redeemCoupon"),
      Map.entry("POST /api/v1/complaints", "fileComplaint"),
      Map.entry("GET /api/v1/complaints", "listComplaints"),
      Map.entry("GET /api/v1/complaints/{id}", "getComplaint"),
      Map.entry("POST /api/v1/complaints/{id}/response", "answerComplaint"),
      Map.entry("GET /api/v1/accounts/{partyId}", "getAccount"),
      Map.entry("POST /api/v1/accounts/{partyId}/reactivation-appeal", "fileReactivationAppeal"),
      Map.entry("GET /api/v1/sla-policies", "listSlaPolicies"),
      Map.entry("GET /api/v1/sla-policies/{key}", "getSlaPolicy"),
      Map.entry("PUT /api/v1/sla-policies/{key}", "updateSlaPolicy"),
      Map.entry("POST /api/v1/sla-policies/{key}/retime", "retimeSlaPolicy"),
      Map.entry("GET /api/v1/business-calendar", "getBusinessCalendar"),
      Map.entry("PUT /api/v1/business-calendar", "updateBusinessCalendar"),
      Map.entry("GET /api/v1/refund-instructions", "listRefundInstructions"),
      Map.entry("POST /api/v1/refund-instructions/{id}/executed", "reportRefundExecuted"),
      Map.entry("POST /api/v1/refund-instructions/{id}/failed", "reportRefundFailed"),
      Map.entry("GET /api/v1/events", "listEvents"),
      Map.entry("GET /api/v1/admin/evidence-migration", "getEvidenceStorage"),
      Map.entry("POST /api/v1/admin/process-migrations", "migrateProcessInstances"),
      Map.entry("GET /api/v1/admin/process-migrations", "listProcessMigrations"),
      Map.entry("GET /api/v1/admin/process-migrations/{id}", "getProcessMigration"),
      Map.entry("POST /api/v1/admin/evidence-migration", "moveEvidenceToObjectStore"),
      Map.entry("GET /api/v1/admin/webhook-endpoints", "listWebhookEndpoints"),
      Map.entry("POST /api/v1/admin/webhook-endpoints", "createWebhookEndpoint"),
      Map.entry("GET /api/v1/admin/webhook-endpoints/{id}", "getWebhookEndpoint"),
      Map.entry("PUT /api/v1/admin/webhook-endpoints/{id}", "updateWebhookEndpoint"),
      Map.entry("DELETE /api/v1/admin/webhook-endpoints/{id}", "deleteWebhookEndpoint"),
      Map.entry("POST /api/v1/admin/webhook-endpoints/{id}/secrets", "rotateWebhookSecret"),
      Map.entry("GET /api/v1/admin/webhook-endpoints/{id}/deliveries", "listWebhookDeliveries"),
      Map.entry("POST /api/v1/admin/webhook-endpoints/{id}/deliveries/{deliveryId}/resend", "resendWebhookDelivery"),
      Map.entry("POST /api/v1/admin/webhook-endpoints/{id}/resend", "resendWebhookEventsSince"),
      Map.entry("GET /api/v1/admin/users", "listUsers"),
      Map.entry("POST /api/v1/admin/users", "createUser"),
      Map.entry("GET /api/v1/admin/users/{username}", "getUser"),
      Map.entry("PUT /api/v1/admin/users/{username}", "updateUser"),
      Map.entry("POST /api/v1/admin/users/{username}/password-reset", "resetUserPassword"),
      Map.entry("GET /api/v1/admin/audit", "listAccessAudit"),
      Map.entry("GET /api/v1/admin/api-clients", "listApiClients"),
      Map.entry("POST /api/v1/admin/api-clients", "createApiClient"),
      Map.entry("GET /api/v1/admin/api-clients/{clientId}", "getApiClient"),
      Map.entry("POST /api/v1/admin/api-clients/{clientId}/secrets", "rotateApiClientSecret"),
      Map.entry("DELETE /api/v1/admin/api-clients/{clientId}/secrets/{secretId}", "revokeApiClientSecret"));
}
