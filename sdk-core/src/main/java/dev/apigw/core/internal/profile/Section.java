package dev.apigw.core.internal.profile;

import org.jspecify.annotations.Nullable;

/**
 * The kinds of section a profile file holds, each with the word that opens its header in the config
 * file.
 */
enum Section {
  PROFILE("profile"),
  SSO_SESSION("sso-session"),
  SERVICES("services");

  private final String title;

  Section(String title) {
    this.title = title;
  }

  String title() {
    return title;
  }

  /**
   * The section other than {@link #PROFILE} whose title, followed by a space or a tab, starts
   * {@code headerText}; null when there is none.
   */
  static @Nullable Section named(String headerText) {
    for (Section section : values()) {
      if (section != PROFILE
          && (headerText.startsWith(section.title + " ")
              || headerText.startsWith(section.title + "\t"))) {
        return section;
      }
    }
    return null;
  }
}
