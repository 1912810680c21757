package com.disputedesk.evidence;

import java.io.InputStream;
import java.nio.file.Path;

/** Where evidence bytes live, keyed by their SHA-256: PostgreSQL (the default) or an S3-compatible object store. */
interface BlobStore {
  /** {@code postgres} or {@code s3}, as recorded per file in {@code evidence_content.store}. */
  String name();

  /** Stores the file's bytes under {@code sha256}; the registry row is written by the caller. */
  void put(String sha256, Path file, long size, String contentType);

  /** {@code length} bytes from {@code offset}, streamed: never the whole file in memory. */
  InputStream open(String sha256, long offset, long length);
}
