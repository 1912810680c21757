package com.disputedesk.workspace;

import com.vaadin.flow.component.UI;
import java.util.Collection;
import java.util.stream.Collectors;

/**
 * Every code a user reads, as words of their language: enum constants under {@code enum.<Type>.<CONSTANT>} (nested
 * types as {@code Outer.Inner}), string codes under {@code code.<family>.<CODE>}. Views never show {@code name()}.
 */
public final class Labels {
  private Labels() {}

  public static String of(Enum<?> value) {
    return value == null ? "—" : translate(key(value.getDeclaringClass(), value.name()));
  }

  /** A constant stored as text (a worklist column, a record's field). */
  public static String of(Class<? extends Enum<?>> type, String constant) {
    return constant == null ? "—" : translate(key(type, constant));
  }

  /** A string code of a family (party, stage, timeline type, role). */
  public static String code(String family, String code) {
    return code == null ? "—" : translate("code." + family + "." + code);
  }

  public static String all(Collection<? extends Enum<?>> values) {
    return values.stream().map(Labels::of).collect(Collectors.joining(", "));
  }

  public static String key(Class<?> type, String constant) {
    String name = type.getName();
    return "enum." + name.substring(name.lastIndexOf('.') + 1).replace('$', '.') + "." + constant;
  }

  static String translate(String key, Object... args) {
    UI ui = UI.getCurrent();
    return ui == null ? key : ui.getTranslation(key, args);
  }
}
