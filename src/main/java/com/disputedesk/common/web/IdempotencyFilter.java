package com.disputedesk.common.web;

import com.disputedesk.common.DatabaseOutage;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on API POSTs: the same key with the same body answers the first response again.
 *
 * <p>The key row, the business change and the events it publishes commit in one transaction, so a retry after a
 * crash either replays the stored answer or runs again from scratch — never half. Two concurrent requests with
 * one key serialise on the key's primary key; the second then replays the first's answer.
 */
class IdempotencyFilter extends OncePerRequestFilter {
  static final String HEADER = "Idempotency-Key";
  private final IdempotencyRecords records;
  private final TransactionTemplate transactions;
  private final ObjectMapper json;

  IdempotencyFilter(IdempotencyRecords records, TransactionTemplate transactions, ObjectMapper json) {
    this.records = records;
    this.transactions = transactions;
    this.json = json;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String key = request.getHeader(HEADER);
    if (key == null || key.isBlank()) {
      chain.doFilter(request, response);
      return;
    }
    if (key.length() > 200) {
      writeProblem(response, HttpStatus.BAD_REQUEST, "Idempotency-Key must be at most 200 characters.");
      return;
    }
    boolean multipart = request.getContentType() != null && request.getContentType().startsWith("multipart/");
    CachedBodyRequest cached = multipart ? null : new CachedBodyRequest(request);
    HttpServletRequest forward = multipart ? request : cached;
    String scope = scope(request);
    String fingerprint = fingerprint(request, cached);
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    Outcome outcome;
    try {
      outcome = execute(scope, key, fingerprint, chain, forward, buffered);
    } catch (RuntimeException e) {
      if (!DatabaseOutage.causedBy(e)) {
        throw e;
      }
      response.setHeader("Retry-After", "5");
      writeProblem(response, HttpStatus.SERVICE_UNAVAILABLE, ProblemHandler.unavailable().getDetail());
      return;
    }
    if (outcome == Outcome.EXECUTED) {
      buffered.copyBodyToResponse();
      return;
    }
    replay(scope, key, fingerprint, response);
  }

  private Outcome execute(String scope, String key, String fingerprint, FilterChain chain, HttpServletRequest forward,
      ContentCachingResponseWrapper buffered) {
    return transactions.execute(tx -> {
      if (!records.claim(scope, key, fingerprint)) {
        return Outcome.REPLAY;
      }
      try {
        chain.doFilter(forward, buffered);
      } catch (IOException | ServletException e) {
        throw new IllegalStateException(e);
      }
      if (buffered.getStatus() >= 400) {
        tx.setRollbackOnly(); // an error changes nothing, and a corrected retry with the same key is allowed
      } else {
        records.complete(scope, key, buffered.getStatus(), buffered.getContentType(), buffered.getContentAsByteArray());
      }
      return Outcome.EXECUTED;
    });
  }

  private void replay(String scope, String key, String fingerprint, HttpServletResponse response) throws IOException {
    IdempotencyRecords.Stored stored = records.find(scope, key).orElse(null);
    if (stored == null || stored.status() == null) {
      writeProblem(response, HttpStatus.CONFLICT, "A request with this Idempotency-Key is still being processed.");
    } else if (!stored.fingerprint().equals(fingerprint)) {
      writeProblem(response, HttpStatus.UNPROCESSABLE_ENTITY,
          "This Idempotency-Key was already used for a different request.");
    } else {
      response.setStatus(stored.status());
      response.setHeader("Idempotent-Replayed", "true");
      if (stored.contentType() != null) {
        response.setContentType(stored.contentType());
      }
      response.getOutputStream().write(stored.body());
    }
  }

  private static String scope(HttpServletRequest request) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    String client = auth == null ? "anonymous" : auth.getName();
    String party = request.getHeader("X-Party-Id");
    return client + "|" + (party == null ? "" : party);
  }

  private static String fingerprint(HttpServletRequest request, CachedBodyRequest cached) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(request.getRequestURI().getBytes());
      sha.update(String.valueOf(request.getQueryString()).getBytes());
      if (cached != null) {
        sha.update(cached.body());
      } else {
        MultipartFingerprint.update(sha, request);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private void writeProblem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
    ProblemDetail problem = ProblemHandler.problem(status, "idempotency", status.getReasonPhrase(), detail);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }

  private enum Outcome { EXECUTED, REPLAY }
}
