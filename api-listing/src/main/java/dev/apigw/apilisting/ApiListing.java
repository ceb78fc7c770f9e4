package dev.apigw.apilisting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The listing of a module's public API, read from its compiled classes. The classes are loaded,
 * never initialized, in a class loader of their own over the classes directory and the module's
 * compile classpath, whose parent is the platform loader: the listing sees the classes as a user
 * would, not the tool's or Maven's. One line per package (with its annotations), then per type, its
 * declaration before its members; packages and types sorted by name.
 */
final class ApiListing {

  private ApiListing() {}

  static List<String> of(Path classes, List<Path> classpath) {
    ApiPackages api = ApiPackages.of(classes);
    List<URL> urls = new ArrayList<>();
    urls.add(url(classes));
    for (Path entry : classpath) {
      urls.add(url(entry));
    }
    try (URLClassLoader loader =
        new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader())) {
      List<Class<?>> types = new ArrayList<>();
      TreeSet<String> packages = new TreeSet<>();
      for (String name : classNames(classes)) {
        String packageName = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "";
        if (!api.test(packageName)) {
          continue;
        }
        Class<?> type = load(name, loader);
        if (isApi(type)) {
          types.add(type);
          packages.add(packageName);
        }
      }
      types.sort(Comparator.comparing(TypeText::className));
      List<String> lines = new ArrayList<>();
      for (String packageName : packages) {
        lines.add(packageLine(packageName, loader));
      }
      for (Class<?> type : types) {
        lines.addAll(MemberLines.of(type));
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A public type, or a public or protected member type of one; never the compiler's anonymous and
   * local classes.
   */
  static boolean isApi(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      boolean topLevel = t.getDeclaringClass() == null;
      int modifiers = t.getModifiers();
      if (topLevel ? !Modifier.isPublic(modifiers) : !MemberLines.visible(modifiers)) {
        return false;
      }
    }
    return true;
  }

  private static String packageLine(String packageName, ClassLoader loader) {
    String annotations = "";
    if (loader.getResource(packageName.replace('.', '/') + "/package-info.class") != null) {
      annotations =
          AnnotationText.joined(
              load(packageName + ".package-info", loader).getDeclaredAnnotations());
    }
    return (annotations.isEmpty() ? "" : annotations + " ") + "package " + packageName;
  }

  private static List<String> classNames(Path classes) {
    try (Stream<Path> files = Files.walk(classes)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> classes.relativize(file).toString().replace('\\', '/'))
          .filter(path -> path.endsWith(".class"))
          .filter(
              path -> !path.endsWith("module-info.class") && !path.endsWith("package-info.class"))
          .map(path -> path.substring(0, path.length() - ".class".length()).replace('/', '.'))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + classes, e);
    }
  }

  private static Class<?> load(String name, ClassLoader loader) {
    try {
      return Class.forName(name, false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException(
          "cannot load " + name + " with its compile classpath: " + e, e);
    }
  }

  private static URL url(Path path) {
    try {
      return path.toUri().toURL();
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException("not a classpath entry: " + path, e);
    }
  }
}
