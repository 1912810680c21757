package com.disputedesk.integration;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Every event type is documented in the published contract with exactly the fields its data is written from. */
class EventCatalogueTest {
  @Test
  void everyEventTypeIsAWebhookOfTheContractWithItsDataFields() throws Exception {
    JsonNode contract = new ObjectMapper().readTree(Path.of("docs/openapi.json").toFile());
    for (EventType type : EventType.values()) {
      assertThat(contract.at("/webhooks/" + type.wireName() + "/post/requestBody").isMissingNode())
          .as(type.wireName()).isFalse();
      JsonNode data = contract.at("/components/schemas/" + EventDocumentation.pascal(type.wireName())
          + "Data/properties");
      List<String> documented = StreamSupport.stream(((Iterable<String>) data::fieldNames).spliterator(), false)
          .toList();
      List<String> written = Arrays.stream(type.data().getRecordComponents()).map(c -> c.getName()).toList();
      assertThat(documented).as(type.wireName()).containsExactlyInAnyOrderElementsOf(written);
    }
  }

  @Test
  void wireNamesAreLowerCaseNounDotPastTenseAndUnique() {
    assertThat(Arrays.stream(EventType.values()).map(EventType::wireName))
        .allMatch(n -> n.matches("[a-z]+\\.[a-z_]+")).doesNotHaveDuplicates();
  }
}
