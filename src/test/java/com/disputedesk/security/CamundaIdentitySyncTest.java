package com.disputedesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Nodes of a cluster start together: their identity syncs must not fail each other's start. */
class CamundaIdentitySyncTest extends IntegrationTest {
  @Autowired CamundaIdentitySync sync;
  @Autowired IdentityService identity;

  @Test
  void syncsRunningAtOnceAllSucceed() {
    List<CompletableFuture<Void>> runs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      runs.add(CompletableFuture.runAsync(() -> sync.run(null)));
    }
    CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();
    assertThat(identity.createGroupQuery().groupMember("mediator1").list())
        .extracting(g -> g.getId()).contains("mediators");
  }
}
