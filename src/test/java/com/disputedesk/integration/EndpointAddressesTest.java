package com.disputedesk.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.common.InvalidInput;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** In production a webhook can only reach public addresses: never the network DisputeDesk runs in. */
class EndpointAddressesTest {
  private final EndpointAddresses production = new EndpointAddresses(false);
  private final EndpointAddresses allowingPrivate = new EndpointAddresses(true);

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1/hooks", "http://localhost:8080/hooks", "http://10.1.2.3/x",
      "http://172.16.0.9/x", "http://192.168.1.1/x", "http://169.254.169.254/latest/meta-data", "http://0.0.0.0/x",
      "http://[::1]/x", "http://[fd00::1]/x", "http://[fe80::1]/x", "http://[::ffff:10.0.0.1]/x",
      "http://100.64.0.1/x", "http://224.0.0.1/x"})
  void internalAddressesAreRefused(String url) {
    assertThatThrownBy(() -> production.check(url)).isInstanceOf(InvalidInput.class)
        .hasMessageContaining("url");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://shop.example/x", "file:///etc/passwd", "gopher://93.184.215.14/x",
      "https://user:pw@93.184.215.14/x", "https://93.184.215.14/x#frag", "not a url", "https:///nohost", ""})
  void onlyPlainHttpUrlsWithAHostAreTaken(String url) {
    assertThatThrownBy(() -> allowingPrivate.check(url)).isInstanceOf(InvalidInput.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://93.184.215.14/hooks", "http://8.8.8.8:8080/x", "https://[2606:4700::1111]/x"})
  void publicAddressesAreTaken(String url) {
    assertThat(production.check(url).toString()).isEqualTo(url);
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:9000/hooks", "http://localhost/x"})
  void anOperatorMayAllowInternalAddresses(String url) {
    assertThat(allowingPrivate.check(url).getHost()).isNotBlank();
  }
}
