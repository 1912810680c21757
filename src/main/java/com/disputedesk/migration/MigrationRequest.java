package com.disputedesk.migration;

import java.util.Map;

/**
 * What to move: the running instances of {@code processKey} at {@code fromVersion} (or the newest version tagged
 * {@code fromVersionTag}) to {@code toVersion} (the newest when null); {@code mappings} maps source activities the
 * target model lacks to target activities.
 */
public record MigrationRequest(String processKey, Integer fromVersion, String fromVersionTag, Integer toVersion,
    Map<String, String> mappings) {

  public MigrationRequest {
    mappings = mappings == null ? Map.of() : Map.copyOf(mappings);
  }
}
