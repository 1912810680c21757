package com.disputedesk.support;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;

/** Reading what the GreenMail SMTP server received. */
public final class Mails {
  private Mails() {}

  public static long count(GreenMail mail, String subjectPrefix, String recipientPart) {
    return Arrays.stream(mail.getReceivedMessages())
        .filter(m -> subject(m).startsWith(subjectPrefix) && recipients(m).contains(recipientPart)).count();
  }

  public static boolean any(GreenMail mail, String subjectPart, String recipientPart, String bodyPart) {
    return Arrays.stream(mail.getReceivedMessages()).anyMatch(m -> subject(m).contains(subjectPart)
        && recipients(m).contains(recipientPart) && body(m).contains(bodyPart));
  }

  public static String subject(MimeMessage m) {
    try {
      return String.valueOf(m.getSubject());
    } catch (Exception e) {
      return "";
    }
  }

  public static String recipients(MimeMessage m) {
    try {
      return Arrays.toString(m.getAllRecipients());
    } catch (Exception e) {
      return "";
    }
  }

  public static String body(MimeMessage m) {
    try {
      return m.getContent().toString();
    } catch (Exception e) {
      return "";
    }
  }
}
