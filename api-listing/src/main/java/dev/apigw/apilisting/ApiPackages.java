package dev.apigw.apilisting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which packages of a module are its public API. With a {@code module-info.class}, the packages it
 * exports to everyone (a qualified export, to the project's own modules, is not public). Without
 * one, every package but the internal ones: a package is internal when a segment of its name is
 * {@code internal}, as in {@code dev.apigw.core.internal.retry} and {@code
 * dev.apigw.core.credentials.internal}.
 */
final class ApiPackages implements Predicate<String> {

  private final Predicate<String> rule;
  private final String description;

  private ApiPackages(Predicate<String> rule, String description) {
    this.rule = rule;
    this.description = description;
  }

  static ApiPackages of(Path classes) {
    Path moduleInfo = classes.resolve("module-info.class");
    if (!Files.isRegularFile(moduleInfo)) {
      return new ApiPackages(
          name -> !Arrays.asList(name.split("\\.")).contains("internal"),
          "every package without an internal segment");
    }
    try (InputStream in = Files.newInputStream(moduleInfo)) {
      ModuleDescriptor descriptor = ModuleDescriptor.read(in);
      Set<String> exported =
          descriptor.exports().stream()
              .filter(export -> !export.isQualified())
              .map(ModuleDescriptor.Exports::source)
              .collect(Collectors.toSet());
      return new ApiPackages(exported::contains, "the packages " + descriptor.name() + " exports");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + moduleInfo, e);
    }
  }

  @Override
  public boolean test(String packageName) {
    return rule.test(packageName);
  }

  @Override
  public String toString() {
    return description;
  }
}
