package com.disputedesk.integration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/webhook-endpoints")
@Tag(name = "Administration: webhooks", description = "Role ADMIN. Endpoints receive integration events as "
    + "Standard Webhooks 1.0 (see docs/asyncapi.yaml)")
class WebhookEndpointsController {
  record NewWebhookEndpoint(String url, List<String> eventTypes, String description) {}

  record WebhookEndpointList(List<WebhookEndpoint> endpoints) {}

  record WebhookDeliveryList(List<WebhookDeliveries.WebhookDelivery> deliveries, int total) {}

  record ResendSince(Instant since) {}

  private final WebhookEndpoints endpoints;
  private final WebhookDeliveries deliveries;

  WebhookEndpointsController(WebhookEndpoints endpoints, WebhookDeliveries deliveries) {
    this.endpoints = endpoints;
    this.deliveries = deliveries;
  }

  @GetMapping
  WebhookEndpointList list() {
    return new WebhookEndpointList(endpoints.list());
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Register an endpoint (eventTypes empty: every type); its whsec_ secret is in this answer only")
  WebhookEndpoints.IssuedWebhookSecret create(@RequestBody NewWebhookEndpoint endpoint, Principal admin) {
    return endpoints.create(endpoint.url(), endpoint.description(), endpoint.eventTypes(), admin.getName());
  }

  @GetMapping("/{id}")
  WebhookEndpoint get(@PathVariable UUID id) {
    return endpoints.get(id);
  }

  @PutMapping("/{id}")
  @Operation(summary = "Change URL, event types, description or enabled; enabling resumes where delivery stopped")
  WebhookEndpoint change(@PathVariable UUID id, @RequestBody WebhookEndpoints.EndpointChanges changes,
      Principal admin) {
    return endpoints.change(id, changes, admin.getName());
  }

  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable UUID id, Principal admin) {
    endpoints.delete(id, admin.getName());
  }

  @PostMapping("/{id}/secrets")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Rotate the secret: the new one is in this answer only; the old one keeps signing beside it "
      + "for disputedesk.webhooks.secret-overlap (24 h)")
  WebhookEndpoints.IssuedWebhookSecret rotate(@PathVariable UUID id, Principal admin) {
    return endpoints.rotateSecret(id, admin.getName());
  }

  @GetMapping("/{id}/deliveries")
  @Operation(summary = "Deliveries, newest first, each with every attempt (time, response code, first bytes, error)")
  WebhookDeliveryList deliveries(@PathVariable UUID id, @RequestParam(required = false) DeliveryStatus status,
      @RequestParam(defaultValue = "0") int offset, @RequestParam(defaultValue = "50") int limit) {
    String wanted = status == null ? null : status.name();
    return new WebhookDeliveryList(deliveries.of(id, wanted, Math.max(0, offset), Math.min(Math.max(1, limit), 200)),
        deliveries.count(id, wanted));
  }

  @PostMapping("/{id}/deliveries/{deliveryId}/resend")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Deliver this event again (same webhook-id)")
  WebhookDeliveries.ResendResult resend(@PathVariable UUID id, @PathVariable UUID deliveryId) {
    return deliveries.resend(id, deliveryId);
  }

  @PostMapping("/{id}/resend")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Deliver again every event since a time, of the types the endpoint takes, in order")
  WebhookDeliveries.ResendResult resendSince(@PathVariable UUID id, @RequestBody ResendSince request) {
    if (request.since() == null) {
      throw new com.disputedesk.common.InvalidInput("since", "must be a time such as 2026-12-01T00:00:00Z");
    }
    return deliveries.resendSince(id, request.since());
  }

  enum DeliveryStatus { PENDING, DELIVERED, GAVE_UP }
}
