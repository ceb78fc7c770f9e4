package dev.apigw.testkit;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The classes a class file refers to, read from its constant pool: the class entries and the types
 * in the descriptors of the fields and methods it uses. Debug text (Kotlin's source maps name the
 * original packages) is not a reference and is not read.
 */
final class ClassReferences {
  private static final Pattern IN_DESCRIPTOR = Pattern.compile("L([^;<>]+);");

  private ClassReferences() {}

  /** Internal names such as {@code okhttp3/OkHttpClient}, array brackets removed. */
  static Set<String> of(byte[] classFile) throws IOException {
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile));
    if (in.readInt() != 0xCAFEBABE) {
      throw new IOException("not a class file");
    }
    in.readUnsignedShort(); // minor version
    in.readUnsignedShort(); // major version
    int count = in.readUnsignedShort();
    Map<Integer, String> utf8 = new HashMap<>();
    List<Integer> classNames = new ArrayList<>();
    List<Integer> descriptors = new ArrayList<>();
    for (int i = 1; i < count; i++) {
      int tag = in.readUnsignedByte();
      switch (tag) {
        case 1:
          utf8.put(i, in.readUTF());
          break;
        case 7:
          classNames.add(in.readUnsignedShort());
          break;
        case 16:
          descriptors.add(in.readUnsignedShort());
          break;
        case 12:
          in.readUnsignedShort();
          descriptors.add(in.readUnsignedShort());
          break;
        case 8:
        case 19:
        case 20:
          in.readUnsignedShort();
          break;
        case 15:
          in.readUnsignedByte();
          in.readUnsignedShort();
          break;
        case 3:
        case 4:
        case 9:
        case 10:
        case 11:
        case 17:
        case 18:
          in.readInt();
          break;
        case 5:
        case 6:
          in.readLong();
          i++; // a long or a double takes two slots
          break;
        default:
          throw new IOException("unknown constant pool tag " + tag);
      }
    }
    Set<String> names = new LinkedHashSet<>();
    for (int index : classNames) {
      String name = utf8.get(index);
      if (name.startsWith("[")) {
        addFromDescriptor(name, names);
      } else {
        names.add(name);
      }
    }
    for (int index : descriptors) {
      addFromDescriptor(utf8.get(index), names);
    }
    return names;
  }

  private static void addFromDescriptor(String descriptor, Set<String> names) {
    Matcher matcher = IN_DESCRIPTOR.matcher(descriptor);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
  }
}
