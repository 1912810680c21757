package com.disputedesk.dispute;

import com.disputedesk.support.S3Server;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** {@link SafeEvidenceTest} with the evidence bytes in an S3-compatible object store (s3proxy in the test JVM). */
class ObjectStoreSafeEvidenceTest extends SafeEvidenceTest {
  @DynamicPropertySource
  static void objectStore(DynamicPropertyRegistry registry) {
    S3Server.register(registry);
  }
}
