package com.disputedesk.dispute;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The dispute's schema shows the parts other modules add to it (appeal, coupons, evidence requests), which
 * springdoc cannot see behind {@code @JsonAnyGetter}: each contributor names its parts and their types.
 */
@Component
class DisputeViewSchema implements OpenApiCustomizer {
  private final List<DisputeViewContributor> contributors;

  DisputeViewSchema(List<DisputeViewContributor> contributors) {
    this.contributors = contributors;
  }

  @Override
  @SuppressWarnings({"rawtypes", "unchecked"})
  public void customise(io.swagger.v3.oas.models.OpenAPI api) {
    Schema<?> dispute = api.getComponents() == null || api.getComponents().getSchemas() == null ? null
        : api.getComponents().getSchemas().get("DisputeView");
    if (dispute == null) {
      return;
    }
    for (DisputeViewContributor contributor : contributors) {
      contributor.parts().forEach((name, type) -> {
        var resolved = ModelConverters.getInstance().resolveAsResolvedSchema(new AnnotatedType(type)
            .resolveAsRef(true));
        resolved.referencedSchemas.forEach((schemaName, schema) -> api.getComponents().addSchemas(schemaName, schema));
        ((Schema) dispute).addProperty(name, resolved.schema);
      });
    }
  }
}
