package com.disputedesk.common.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The published contract as an integrator generates a client from it: operation names chosen for them, tags per
 * audience, security schemes, the {@code Idempotency-Key} and {@code X-Party-Id} headers, every problem answer with
 * the shared {@code Problem} schema. {@code ApiContractTest} fails when an operation misses any of it.
 */
@Configuration(proxyBeanMethods = false)
class ApiContract {
  static final String PROBLEM = "Problem";

  @Bean
  OpenApiCustomizer disputeDeskContract() {
    return api -> {
      components(api);
      api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
        String id = OperationIds.BY_ROUTE.get(method + " " + path);
        if (id != null) {
          operation.setOperationId(id);
        }
        if (OperationIds.CREATING.contains(method + " " + path) && operation.getResponses().get("200") != null) {
          operation.getResponses().addApiResponse("201", operation.getResponses().remove("200")
              .description("Created: the new resource, with its id"));
        }
        operation.setTags(List.of(audience(path)));
        if (method == PathItem.HttpMethod.POST && parameter(operation, "Idempotency-Key")) {
          operation.addParametersItem(new HeaderParameter().name("Idempotency-Key").required(false)
              .description("Any unique string (a UUID): a retry with the same key and body gets the first answer "
                  + "again (with Idempotent-Replayed: true); another body under the same key is a 422.")
              .schema(new StringSchema().maxLength(255)));
        }
        if (operation.getParameters() != null) {
          operation.getParameters().stream().filter(p -> "X-Party-Id".equals(p.getName())).forEach(p -> p
              .description("The buyer or seller the marketplace acts for; a case of anyone else is a 404.")
              .schema(new StringSchema().pattern("^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$")));
        }
        formFields(operation);
        problems(operation, path, method);
      }));
    };
  }

  private static void components(OpenAPI api) {
    Components components = api.getComponents() == null ? new Components() : api.getComponents();
    components.addSecuritySchemes("basicAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
        .description("An API client's id and secret, or a back-office user's name and password."));
    components.addSecuritySchemes("bearerAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
        .bearerFormat("JWT").description("A token from the company's identity provider, where single sign-on is on."));
    Schema<?> fieldError = new ObjectSchema().addProperty("field", new StringSchema().example("order.totalPaid.amount"))
        .addProperty("message", new StringSchema().example("must be a plain decimal such as \"12168.71\""));
    components.addSchemas("FieldError", fieldError);
    components.addSchemas(PROBLEM, new ObjectSchema().description("RFC 9457 problem details.")
        .addProperty("type", new StringSchema().format("uri")
            .example("https://disputedesk.example/problems/validation"))
        .addProperty("title", new StringSchema().example("Invalid input"))
        .addProperty("status", new IntegerSchema().example(422))
        .addProperty("detail", new StringSchema().example("order.totalPaid.amount: must be a plain decimal"))
        .addProperty("instance", new StringSchema().example("/api/v1/disputes"))
        .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/FieldError"))));
    Schema<?> money = components.getSchemas().get("Money");
    if (money != null && money.getProperties() != null) {
      money.getProperties().put("amount", new StringSchema().pattern("^-?\\d{1,15}(\\.\\d{1,4})?$").example("12168.71")
          .description("A plain decimal in a string: no exponent, at most the currency's minor digits."));
      money.getProperties().put("currency", new StringSchema().pattern("^[A-Z]{3}$").example("RUB")
          .description("An ISO 4217 code."));
    }
    api.setComponents(components);
    api.setSecurity(List.of(new SecurityRequirement().addList("basicAuth"),
        new SecurityRequirement().addList("bearerAuth")));
  }

  private static void problems(Operation operation, String path, PathItem.HttpMethod method) {
    Map<String, String> answers = new LinkedHashMap<>();
    answers.put("400", "The body or a parameter is malformed (not JSON, a word where a number belongs).");
    answers.put("401", "No or wrong credentials.");
    answers.put("403", "The caller's role may not use this operation.");
    if (path.contains("{")) {
      answers.put("404", "No such case for this party (someone else's case is a 404 too).");
    }
    if (method != PathItem.HttpMethod.GET) {
      answers.put("409", "The case is not in a state that allows this (too early, decided, already done).");
      answers.put("422", "A field breaks a rule; errors names each field.");
      answers.put("429", "Over the budget of changes per minute; retry after Retry-After seconds.");
    }
    boolean multipart = operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
        && operation.getRequestBody().getContent().containsKey("multipart/form-data");
    if (multipart) {
      answers.put("413", "The file is larger than the upload limit.");
      answers.put("415", "The file's type (judged by its bytes) is not accepted.");
    }
    answers.forEach((status, description) -> {
      if (operation.getResponses().get(status) == null) {
        ApiResponse response = new ApiResponse().description(description).content(new Content().addMediaType(
            "application/problem+json", new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))
                .addExamples(status, new Example().value(Map.of("type", "https://disputedesk.example/problems/"
                    + ("422".equals(status) ? "validation" : "problem"), "title", description, "status",
                    Integer.parseInt(status), "detail", description)))));
        if ("429".equals(status)) {
          response.addHeaderObject("Retry-After", new Header().schema(new IntegerSchema()));
        }
        operation.getResponses().addApiResponse(status, response);
      }
    });
  }

  /**
   * A multipart call's text fields ({@code kind}, {@code note}, {@code message}) are parts of the form, as API.md
   * says; springdoc lists {@code @RequestParam}s as query parameters, so they move into the form's schema.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void formFields(Operation operation) {
    if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null
        || operation.getParameters() == null) {
      return;
    }
    MediaType form = operation.getRequestBody().getContent().get("multipart/form-data");
    if (form == null || form.getSchema() == null) {
      return;
    }
    Schema schema = form.getSchema();
    var fields = operation.getParameters().stream().filter(p -> "query".equals(p.getIn())).toList();
    for (var field : fields) {
      schema.addProperty(field.getName(), field.getSchema() == null ? new StringSchema() : field.getSchema());
      if (Boolean.TRUE.equals(field.getRequired())) {
        schema.addRequiredItem(field.getName());
      }
    }
    operation.getParameters().removeAll(fields);
  }

  private static boolean parameter(Operation operation, String name) {
    return operation.getParameters() == null || operation.getParameters().stream()
        .noneMatch(p -> name.equalsIgnoreCase(p.getName()));
  }

  static String audience(String path) {
    if (path.startsWith("/api/v1/admin")) {
      return "Administration";
    }
    if (path.startsWith("/api/v1/sla-policies") || path.startsWith("/api/v1/business-calendar")) {
      return "Operations";
    }
    if (path.startsWith("/api/v1/refund-instructions") || path.startsWith("/api/v1/events")) {
      return "Payments";
    }
    return "Marketplace";
  }
}
