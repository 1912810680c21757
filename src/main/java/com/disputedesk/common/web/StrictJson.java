package com.disputedesk.common.web;

import com.disputedesk.common.InvalidInput;
import com.disputedesk.common.SafeText;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Values are checked where JSON becomes Java, before any code sees them: text (see {@link SafeText}), decimals as
 * plain strings of bounded size (no exponent, so "1e999999999" never reaches arithmetic), instants within
 * 2000–2100; duplicate keys and data after the document are refused. Only request bodies are read this way: the
 * application's own ObjectMapper (events, stored records) stays as it was.
 */
@Configuration(proxyBeanMethods = false)
class StrictJson implements WebMvcConfigurer {
  static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
  static final Instant LATEST = Instant.parse("2100-12-31T23:59:59Z");

  /** A refused value; the problem answer names the field and says why (422). */
  static final class Refusal extends JsonMappingException {
    Refusal(JsonParser p, String message) {
      super(p, message);
    }
  }

  @Override
  public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
    for (HttpMessageConverter<?> converter : converters) {
      if (converter instanceof MappingJackson2HttpMessageConverter jackson) {
        jackson.setObjectMapper(jackson.getObjectMapper().copy().registerModule(strictValues())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
      }
    }
  }

  private static SimpleModule strictValues() {
    SimpleModule module = new SimpleModule("disputedesk-strict-values");
    module.addDeserializer(String.class, new JsonDeserializer<>() {
      @Override
      public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
          throw new Refusal(p, "must be text");
        }
        try {
          return SafeText.accept("text", p.getText());
        } catch (InvalidInput refused) {
          throw new Refusal(p, refused.errors().get(0).message());
        }
      }
    });
    module.addDeserializer(BigDecimal.class, new JsonDeserializer<>() {
      @Override
      public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
          throw new Refusal(p, "must be a decimal in a string, such as \"12168.71\"");
        }
        try {
          return com.disputedesk.common.Money.parse("amount", p.getText());
        } catch (InvalidInput refused) {
          throw new Refusal(p, refused.errors().get(0).message());
        }
      }
    });
    module.addDeserializer(Instant.class, new JsonDeserializer<>() {
      @Override
      public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
          throw new Refusal(p, "must be an ISO-8601 instant in a string, such as \"2026-12-01T10:00:00Z\"");
        }
        Instant instant;
        try {
          instant = java.time.OffsetDateTime.parse(p.getText()).toInstant();
        } catch (DateTimeParseException e) {
          throw new Refusal(p, "must be an ISO-8601 instant such as \"2026-12-01T10:00:00Z\"");
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
          throw new Refusal(p, "must be between " + EARLIEST + " and " + LATEST);
        }
        return instant;
      }
    });
    return module;
  }
}
