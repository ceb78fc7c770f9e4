package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import java.util.List;

/** A string enumeration: its class and its known wire values. */
record JavaEnum(String shapeName, ClassName className, List<String> values) {
  JavaEnum {
    values = List.copyOf(values);
  }
}
