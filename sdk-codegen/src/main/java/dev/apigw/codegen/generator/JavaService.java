package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import dev.apigw.codegen.model.ServiceModel;
import java.util.List;

/** The whole intermediate model: everything the emitters need, Java names and types resolved. */
record JavaService(
    ServiceModel model,
    String modelPackage,
    String internalPackage,
    ClassName baseException,
    List<JavaOperation> operations,
    List<JavaStructure> structures,
    List<JavaEnum> enums,
    List<JavaError> errors) {

  JavaService {
    operations = List.copyOf(operations);
    structures = List.copyOf(structures);
    enums = List.copyOf(enums);
    errors = List.copyOf(errors);
  }
}
