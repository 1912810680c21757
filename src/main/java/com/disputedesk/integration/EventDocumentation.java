package com.disputedesk.integration;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.media.UUIDSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents every event type in the published contract: a schema per type ({@code DisputeDecidedEvent} with its
 * {@code DisputeDecidedData}) and an OpenAPI 3.1 {@code webhooks} entry: the POST a receiver gets, with the Standard
 * Webhooks headers.
 */
@Component
class EventDocumentation implements OpenApiCustomizer {
  @Override
  public void customise(OpenAPI api) {
    Components components = api.getComponents() == null ? new Components() : api.getComponents();
    api.setComponents(components);
    Map<String, PathItem> webhooks = new LinkedHashMap<>();
    for (EventType type : EventType.values()) {
      String name = pascal(type.wireName());
      ResolvedSchema resolved = ModelConverters.getInstance().readAllAsResolvedSchema(type.data());
      String own = resolved.schema.getName();
      resolved.referencedSchemas.forEach((ref, schema) -> {
        boolean known = components.getSchemas() != null && components.getSchemas().containsKey(ref);
        if (!ref.equals(own) && !known) {
          components.addSchemas(ref, schema);
        }
      });
      Schema<?> data = new ObjectSchema().description(type.summary());
      data.setProperties(resolved.schema.getProperties());
      components.addSchemas(name + "Data", data);
      components.addSchemas(name + "Event", envelope(type, name));
      webhooks.put(type.wireName(), new PathItem().post(delivery(type, name)));
    }
    api.setWebhooks(webhooks);
  }

  private static Schema<?> envelope(EventType type, String name) {
    return new ObjectSchema().description(type.summary())
        .addProperty("id", new UUIDSchema().description("Unique; also the webhook-id header. De-duplicate on it."))
        .addProperty("type", new StringSchema()._enum(List.of(type.wireName())))
        .addProperty("occurredAt", new StringSchema().format("date-time"))
        .addProperty("caseId", new UUIDSchema().description("The dispute, complaint case or account review"))
        .addProperty("sequence", new IntegerSchema().description("1, 2, 3, … per case, in commit order"))
        .addProperty("data", new Schema<>().$ref("#/components/schemas/" + name + "Data"))
        .required(List.of("id", "type", "occurredAt", "caseId", "sequence", "data"));
  }

  private static Operation delivery(EventType type, String name) {
    return new Operation().operationId("on" + name).summary(type.summary()).tags(List.of("Webhooks"))
        .description("Sent to every enabled endpoint subscribed to " + type.wireName() + ", at least once and in "
            + "order per case. Verify the signature before trusting the body, e.g. in Java with "
            + "com.standardwebhooks:standardwebhooks: new Webhook(secret).verify(body, headers).")
        .addParametersItem(header("webhook-id", "The event id; the same on every retry and resend"))
        .addParametersItem(header("webhook-timestamp", "Seconds since the epoch when this attempt was signed"))
        .addParametersItem(header("webhook-signature", "Space-separated v1,<base64 HMAC-SHA256 of "
            + "id.timestamp.body>, one per valid secret (two while a rotated secret overlaps)"))
        .requestBody(new RequestBody().required(true).content(new Content().addMediaType("application/json",
            new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + name + "Event")))))
        .responses(new ApiResponses()
            .addApiResponse("2XX", new ApiResponse().description("Received: not sent again"))
            .addApiResponse("410", new ApiResponse().description("Gone: the endpoint is disabled"))
            .addApiResponse("default", new ApiResponse().description("Tried again with backoff for about 3 days")));
  }

  private static HeaderParameter header(String name, String description) {
    return (HeaderParameter) new HeaderParameter().name(name).required(true).description(description)
        .schema(new StringSchema());
  }

  static String pascal(String wireName) {
    StringBuilder out = new StringBuilder();
    Arrays.stream(wireName.split("[._]")).forEach(part -> out.append(Character.toUpperCase(part.charAt(0)))
        .append(part.substring(1)));
    return out.toString();
  }
}
