package com.disputedesk.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Evidence bytes in {@code evidence_content.content}: written as a stream, read in 1 MiB slices
 * ({@code substring} on the bytea), so neither side holds a whole file.
 */
@Component
class PostgresBlobStore implements BlobStore {
  static final String NAME = "postgres";
  private static final int SLICE = 1 << 20;
  private final JdbcTemplate jdbc;

  PostgresBlobStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public void put(String sha256, Path file, long size, String contentType) {
    jdbc.update(con -> {
      var ps = con.prepareStatement("insert into evidence_content (sha256, size, content, store) values (?, ?, ?, ?) "
          + "on conflict do nothing");
      ps.setString(1, sha256);
      ps.setLong(2, size);
      try {
        ps.setBinaryStream(3, Files.newInputStream(file), size);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      ps.setString(4, NAME);
      return ps;
    });
  }

  @Override
  public InputStream open(String sha256, long offset, long length) {
    return new SlicedStream(length) {
      @Override
      byte[] slice(long from, int count) {
        return jdbc.queryForObject("select substring(content from cast(? as int) for cast(? as int)) from evidence_content where sha256 = ?",
            byte[].class, offset + from + 1, count, sha256);
      }
    };
  }

  /** Reads a range slice by slice, fetching the next slice only when the reader has used up the last. */
  abstract static class SlicedStream extends InputStream {
    private final long length;
    private long position;
    private byte[] current = new byte[0];
    private int index;

    SlicedStream(long length) {
      this.length = length;
    }

    abstract byte[] slice(long from, int count);

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int off, int len) {
      if (index == current.length) {
        if (position >= length) {
          return -1;
        }
        current = slice(position, (int) Math.min(SLICE, length - position));
        index = 0;
        if (current == null || current.length == 0) {
          return -1;
        }
        position += current.length;
      }
      int n = Math.min(len, current.length - index);
      System.arraycopy(current, index, buffer, off, n);
      index += n;
      return n;
    }
  }
}
