package com.disputedesk.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server that accepts every message and keeps none, for benchmarks: the mail server is outside the system
 * measured, and GreenMail, which parses and files every message, spent more CPU on a lifecycle's emails than the
 * application did. Counts what it accepted.
 */
public final class SmtpSink implements AutoCloseable {
  private final ServerSocket server;
  private final ExecutorService sessions = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "smtp-sink");
    t.setDaemon(true);
    return t;
  });
  private final AtomicLong accepted = new AtomicLong();

  private SmtpSink(ServerSocket server) {
    this.server = server;
  }

  public static SmtpSink start() throws IOException {
    SmtpSink sink = new SmtpSink(new ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress()));
    sink.sessions.execute(sink::acceptLoop);
    return sink;
  }

  public int port() {
    return server.getLocalPort();
  }

  public long accepted() {
    return accepted.get();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        sessions.execute(() -> converse(socket));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void converse(Socket socket) {
    try (socket; BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
        StandardCharsets.ISO_8859_1)); OutputStream out = socket.getOutputStream()) {
      reply(out, "220 sink ESMTP");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String command = line.length() < 4 ? line.toUpperCase() : line.substring(0, 4).toUpperCase();
        switch (command) {
          case "EHLO", "HELO" -> reply(out, "250 sink");
          case "DATA" -> {
            reply(out, "354 end with <CRLF>.<CRLF>");
            for (String body = in.readLine(); body != null && !body.equals("."); body = in.readLine()) {
              // discarded
            }
            accepted.incrementAndGet();
            reply(out, "250 accepted");
          }
          case "QUIT" -> {
            reply(out, "221 bye");
            return;
          }
          default -> reply(out, "250 ok");
        }
      }
    } catch (IOException e) {
      // the client went away: nothing to keep
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    sessions.shutdownNow();
  }
}
