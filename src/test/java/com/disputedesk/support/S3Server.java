package com.disputedesk.support;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.springframework.test.context.DynamicPropertyRegistry;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;

/**
 * A real S3 server in the test JVM (s3proxy over a temporary directory), signing checked with its own key pair; the
 * application finds the key through the standard AWS chain (system properties).
 */
public final class S3Server {
  public static final String ACCESS_KEY = "dd-test-access";
  public static final String SECRET_KEY = "dd-test-secret-key";
  public static final String BUCKET = "evidence";
  private static S3Server shared;
  private final S3Proxy proxy;
  private final S3Client client;

  private S3Server() throws Exception {
    Path dir = Files.createTempDirectory("s3proxy-");
    var store = new FilesystemNio2BlobStore(dir.toString());
    store.createContainer(BUCKET);
    proxy = S3Proxy.builder().blobStore(store).endpoint(URI.create("http://127.0.0.1:0"))
        .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY).build();
    proxy.start();
    while (!"STARTED".equals(proxy.getState())) {
      Thread.sleep(20);
    }
    client = S3Client.builder().region(Region.US_EAST_1).forcePathStyle(true).endpointOverride(URI.create(endpoint()))
        .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
        .build();
  }

  public static synchronized S3Server shared() {
    if (shared == null) {
      try {
        shared = new S3Server();
      } catch (Exception e) {
        throw new IllegalStateException("s3proxy did not start", e);
      }
    }
    return shared;
  }

  public String endpoint() {
    return "http://127.0.0.1:" + proxy.getPort();
  }

  /** How many objects the bucket holds. */
  public int objects() {
    return client.listObjectsV2Paginator(ListObjectsV2Request.builder().bucket(BUCKET).build()).contents().stream()
        .mapToInt(o -> 1).sum();
  }

  public byte[] object(String key) {
    return client.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray();
  }

  /** The application context's settings for evidence in this server. */
  public static void register(DynamicPropertyRegistry registry) {
    S3Server server = shared();
    System.setProperty("aws.accessKeyId", ACCESS_KEY);
    System.setProperty("aws.secretAccessKey", SECRET_KEY);
    // a context of its own in the same JVM: its engine must not take the name the shared context's Cockpit looks up
    registry.add("camunda.bpm.process-engine-name", () -> "s3evidence");
    registry.add("disputedesk.evidence.store", () -> "s3");
    registry.add("disputedesk.evidence.s3.bucket", () -> BUCKET);
    registry.add("disputedesk.evidence.s3.endpoint", server::endpoint);
  }
}
