package com.disputedesk.evidence;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Evidence bytes in an S3-compatible object store (AWS S3, MinIO, Ceph, Yandex Object Storage), one object per
 * SHA-256. Credentials come from the standard AWS provider chain (environment, profile, instance role). Checksums
 * only where the API requires them, as not every S3-compatible store takes the SDK's default trailing checksums.
 */
@Component
@ConditionalOnProperty(name = "disputedesk.evidence.store", havingValue = "s3")
class S3BlobStore implements BlobStore, AutoCloseable {
  static final String NAME = "s3";
  private final S3Client s3;
  private final String bucket;
  private final String prefix;

  S3BlobStore(@Value("${disputedesk.evidence.s3.bucket}") String bucket,
      @Value("${disputedesk.evidence.s3.endpoint:}") String endpoint,
      @Value("${disputedesk.evidence.s3.region:us-east-1}") String region,
      @Value("${disputedesk.evidence.s3.prefix:}") String prefix,
      @Value("${disputedesk.evidence.s3.path-style:true}") boolean pathStyle) {
    var builder = S3Client.builder().region(Region.of(region))
        .credentialsProvider(DefaultCredentialsProvider.builder().build())
        .forcePathStyle(pathStyle)
        .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
        .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
    if (!endpoint.isBlank()) {
      builder.endpointOverride(URI.create(endpoint));
    }
    this.s3 = builder.build();
    this.bucket = bucket;
    this.prefix = prefix;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void put(String sha256, Path file, long size, String contentType) {
    s3.putObject(PutObjectRequest.builder().bucket(bucket).key(key(sha256)).contentType(contentType)
        .contentLength(size).build(), RequestBody.fromFile(file));
  }

  /** The stored object's size, or -1 when there is none (the migration checks each copy with it). */
  long size(String sha256) {
    try {
      return s3.headObject(HeadObjectRequest.builder().bucket(bucket).key(key(sha256)).build()).contentLength();
    } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
      return -1;
    } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
      if (e.statusCode() == 404) {
        return -1;
      }
      throw e;
    }
  }

  @Override
  public InputStream open(String sha256, long offset, long length) {
    if (length == 0) {
      return InputStream.nullInputStream();
    }
    return s3.getObject(GetObjectRequest.builder().bucket(bucket).key(key(sha256))
        .range("bytes=" + offset + "-" + (offset + length - 1)).build());
  }

  private String key(String sha256) {
    return prefix + sha256;
  }

  @Override
  public void close() {
    s3.close();
  }
}
