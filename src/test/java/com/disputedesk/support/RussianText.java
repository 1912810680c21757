package com.disputedesk.support;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What on a Russian screen is the workspace's own English: a text of the English bundle whose Russian differs, or a
 * code (EMPTY_PACKAGE, "4d 4h", an ISO instant). Parties' own words are data and are not judged.
 */
public final class RussianText {
  private static final Pattern CODE = Pattern.compile("\\b[A-Z]{3,}(_[A-Z]+)+\\b|\\b[A-Z]{6,}\\b(?![-\\d])|\\b[a-z]+-(commission|reviewers)\\b|\\b\\d+d \\d+h\\b|\\b\\d+h \\d+m\\b"
      + "|\\b\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}|\\bP\\d+D\\b|\\bPT\\d+[HM]\\b");
  private static final Set<String> ENGLISH_ONLY = englishOnly();

  private RussianText() {}

  /** The lines of a page's text that leak English or codes. */
  public static List<String> leaks(String pageText) {
    List<String> found = new ArrayList<>();
    for (String line : pageText.split("\\R")) {
      String t = line.strip();
      Matcher code = CODE.matcher(t);
      if (ENGLISH_ONLY.contains(t) || code.find()) {
        found.add(t);
      }
    }
    return found;
  }

  public static boolean isEnglishOnly(String text) {
    return ENGLISH_ONLY.contains(text.strip());
  }

  private static Set<String> englishOnly() {
    try {
      Properties en = load("translations.properties");
      Properties ru = load("translations_ru.properties");
      Set<String> texts = new TreeSet<>();
      for (String key : en.stringPropertyNames()) {
        String english = en.getProperty(key).strip().replace("''", "'");
        if (!english.equals(ru.getProperty(key, "").strip().replace("''", "'"))
            && english.matches(".*[a-z]{3,}.*") && !english.contains("{")) {
          texts.add(english);
        }
      }
      return texts;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Properties load(String bundle) throws IOException {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/vaadin-i18n", bundle),
        StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }
}
