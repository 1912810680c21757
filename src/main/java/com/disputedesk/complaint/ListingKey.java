package com.disputedesk.complaint;

import com.disputedesk.common.InvalidInput;
import java.net.URI;
import java.util.Locale;

/**
 * Two reports are about the same listing when their links lead to the same page: scheme, case of the host,
 * "www.", query, fragment and a trailing slash do not matter.
 */
final class ListingKey {
  private ListingKey() {}

  static String of(String productUrl) {
    if (productUrl == null || productUrl.isBlank() || productUrl.length() > 2000) {
      throw new InvalidInput("productUrl", "must be the listing's http(s) link, at most 2000 characters");
    }
    URI uri;
    try {
      uri = URI.create(productUrl.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput("productUrl", "is not a valid link");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new InvalidInput("productUrl", "must be an http(s) link to the listing");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
    String path = uri.getPath() == null ? "" : uri.getPath().replaceAll("/+$", "");
    return host + path;
  }
}
