package dev.apigw.testkit.internal.constraints;

import dev.apigw.testkit.Quota;
import java.util.Map;

/** The standalone emulator's {@code --quota NAME=VALUE}, read. */
public final class QuotaOption {
  private QuotaOption() {}

  /** The quota {@code setting} names and its value; an {@link IllegalArgumentException} if none. */
  public static Map.Entry<Quota, Integer> parse(String setting) {
    int equals = setting.indexOf('=');
    if (equals <= 0) {
      throw new IllegalArgumentException("--quota takes NAME=VALUE, such as ROUTES_PER_API=500");
    }
    String name = setting.substring(0, equals);
    Quota quota;
    try {
      quota = Quota.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("no quota is named " + name, e);
    }
    try {
      return Map.entry(quota, Integer.parseInt(setting.substring(equals + 1)));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--quota " + name + " takes a whole number", e);
    }
  }
}
