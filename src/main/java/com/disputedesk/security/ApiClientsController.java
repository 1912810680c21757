package com.disputedesk.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/api-clients")
@Tag(name = "Administration: API clients", description = "Role ADMIN. Clients call the API with HTTP Basic "
    + "clientId:secret")
class ApiClientsController {
  record NewClient(String name, String role) {}

  record Clients(List<ApiClients.Client> clients) {}

  private final ApiClients clients;

  ApiClientsController(ApiClients clients) {
    this.clients = clients;
  }

  @GetMapping
  Clients list() {
    return new Clients(clients.list());
  }

  @GetMapping("/{clientId}")
  ApiClients.Client get(@PathVariable String clientId) {
    return clients.get(clientId);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create a client (role MARKETPLACE, PAYMENTS or METRICS); its secret is in this answer only")
  ApiClients.IssuedSecret create(@RequestBody NewClient client, Principal admin) {
    return clients.create(client.name(), client.role(), admin.getName());
  }

  @PostMapping("/{clientId}/secrets")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Rotate: a further secret, shown once; older secrets stay valid until revoked")
  ApiClients.IssuedSecret rotate(@PathVariable String clientId, Principal admin) {
    return clients.rotate(clientId, admin.getName());
  }

  @DeleteMapping("/{clientId}/secrets/{secretId}")
  @Operation(summary = "Revoke a secret: calls with it answer 401 at once")
  ApiClients.Client revoke(@PathVariable String clientId, @PathVariable UUID secretId, Principal admin) {
    return clients.revoke(clientId, secretId, admin.getName());
  }
}
