package com.disputedesk.evidence;

import com.disputedesk.common.CaseNotFound;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evidence files for the workspace's case views, streamed from their store with HTTP range requests (a mediator
 * scrubs through an unboxing video without downloading it whole). Back-office roles only (security configuration);
 * served as the type sniffed at upload, with {@code nosniff}, inline for previews or as an attachment.
 */
@RestController
@Hidden
class EvidenceFilesController {
  private final EvidenceStore store;

  EvidenceFilesController(EvidenceStore store) {
    this.store = store;
  }

  @GetMapping("/evidence/{id}")
  void file(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.RANGE, required = false) String range,
      @RequestParam(defaultValue = "false") boolean download, HttpServletResponse response) throws IOException {
    EvidenceItem item = store.find(id).orElseThrow(() -> new CaseNotFound("evidence", id));
    long size = item.size();
    response.setContentType(item.contentType());
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
    response.setHeader(HttpHeaders.ETAG, "\"" + item.sha256() + "\"");
    response.setHeader(HttpHeaders.CACHE_CONTROL, "private, max-age=3600");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, (download ? ContentDisposition.attachment()
        : ContentDisposition.inline()).filename(item.filename() == null ? id.toString() : item.filename(),
            StandardCharsets.UTF_8).build().toString());
    long from = 0;
    long length = size;
    if (range != null) {
      List<HttpRange> ranges;
      try {
        ranges = HttpRange.parseRanges(range);
      } catch (IllegalArgumentException malformed) {
        ranges = List.of();
      }
      if (ranges.size() == 1) { // several ranges at once: answered whole, as RFC 9110 allows
        long start = ranges.get(0).getRangeStart(size);
        long end = ranges.get(0).getRangeEnd(size);
        if (start >= size || end < start) {
          response.setStatus(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
          response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
          return;
        }
        from = start;
        length = end - start + 1;
        response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
        response.setHeader(HttpHeaders.CONTENT_RANGE, "bytes " + start + "-" + end + "/" + size);
      }
    }
    response.setContentLengthLong(length);
    try (InputStream in = store.open(item, from, length); OutputStream out = response.getOutputStream()) {
      in.transferTo(out);
    }
  }
}
