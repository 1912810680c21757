package com.disputedesk.notification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Sends a batch of emails over one SMTP connection and tells which of them failed, and why. */
final class SmtpBatch {
  record Pending(UUID id, String recipient, String subject, String body) {}

  private SmtpBatch() {}

  /** The failures by email id; empty when all went out. */
  static Map<UUID, String> send(JavaMailSender sender, String from, List<Pending> due) {
    SimpleMailMessage[] messages = due.stream().map(p -> message(from, p)).toArray(SimpleMailMessage[]::new);
    Map<UUID, String> failed = new HashMap<>();
    try {
      sender.send(messages);
    } catch (MailSendException e) {
      // per message where the sender could tell (a refused recipient), else the whole batch (no connection)
      for (int i = 0; i < messages.length; i++) {
        Exception cause = e.getFailedMessages().get(messages[i]);
        if (cause != null || e.getFailedMessages().isEmpty()) {
          failed.put(due.get(i).id(), String.valueOf(cause == null ? e.getMessage() : cause.getMessage()));
        }
      }
    } catch (MailException e) {
      due.forEach(p -> failed.put(p.id(), String.valueOf(e.getMessage())));
    }
    return failed;
  }

  private static SimpleMailMessage message(String from, Pending p) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(from);
    message.setTo(p.recipient());
    message.setSubject(p.subject());
    message.setText(p.body());
    return message;
  }
}
