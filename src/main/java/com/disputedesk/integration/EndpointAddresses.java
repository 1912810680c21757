package com.disputedesk.integration;

import com.disputedesk.common.InvalidInput;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Which webhook URLs DisputeDesk will call: http(s) only, and unless an operator allows it, no address inside the
 * network it runs in (loopback, link-local, private, unique-local, carrier-grade NAT), so a webhook cannot be turned
 * into a way to reach internal services. Checked when an endpoint is saved and again before every delivery, since
 * a name can resolve elsewhere later.
 */
@Component
class EndpointAddresses {
  private final boolean allowPrivate;

  EndpointAddresses(@Value("${disputedesk.webhooks.allow-private-addresses:false}") boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  /** The URL as it will be called, or an {@link InvalidInput} on {@code url} saying why not. */
  URI check(String url) {
    if (url == null || url.isBlank() || url.length() > 2000) {
      throw new InvalidInput("url", "must be an http or https URL of at most 2000 characters");
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw new InvalidInput("url", "is not a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new InvalidInput("url", "must be an http or https URL with a host, such as https://shop.example/hooks");
    }
    if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
      throw new InvalidInput("url", "must not carry a user name, password or fragment");
    }
    requirePublic(uri.getHost());
    return uri;
  }

  /** Throws when the host resolves to an address inside the network and that is not allowed. */
  void requirePublic(String host) {
    if (allowPrivate) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
    } catch (UnknownHostException e) {
      throw new InvalidInput("url", "the host " + host + " does not resolve");
    }
    for (InetAddress address : addresses) {
      if (internal(address)) {
        throw new InvalidInput("url", "the host " + host + " is an internal address (" + address.getHostAddress()
            + "); webhooks go to public addresses only");
      }
    }
  }

  static boolean internal(InetAddress a) {
    if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet6Address) {
      boolean uniqueLocal = (b[0] & 0xfe) == 0xfc;
      boolean mapped = b.length == 16 && isMappedV4(b);
      return uniqueLocal || mapped && internal(v4(b));
    }
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first == 0 || first == 100 && second >= 64 && second < 128 || first == 198 && (second == 18 || second == 19)
        || first >= 240;
  }

  private static boolean isMappedV4(byte[] b) {
    for (int i = 0; i < 10; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
  }

  private static InetAddress v4(byte[] b) {
    try {
      return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e);
    }
  }
}
