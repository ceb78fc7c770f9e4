package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import dev.apigw.codegen.model.Location;
import java.util.List;

/** A value type to generate: an operation's request or result, or another structure. */
record JavaStructure(
    String shapeName, Kind kind, ClassName className, ClassName codec, List<JavaMember> members) {
  enum Kind {
    REQUEST,
    RESULT,
    STRUCTURE
  }

  JavaStructure {
    members = List.copyOf(members);
  }

  List<JavaMember> bodyMembers() {
    return members.stream().filter(m -> m.location() == Location.BODY).toList();
  }

  List<JavaMember> membersAt(Location location) {
    return members.stream().filter(m -> m.location() == location).toList();
  }
}
