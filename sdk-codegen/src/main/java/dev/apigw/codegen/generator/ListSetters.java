package dev.apigw.codegen.generator;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The builder methods of a list member: set the list from an {@code Iterable} or varargs, add one
 * element, varargs or an {@code Iterable}. No element may be null.
 */
final class ListSetters implements MemberSetters {
  private final BuilderMember member;
  private final TypeName element;
  private final CollectionSetters shared;

  ListSetters(BuilderMember member, JavaType.ListOf list) {
    this.member = member;
    this.element = list.element().boxed();
    this.shared =
        new CollectionSetters(
            member, CollectionKind.LIST, "@param elements the elements, none of them null\n");
  }

  @Override
  public List<MethodSpec> methods() {
    List<MethodSpec> methods = new ArrayList<>();
    methods.add(shared.replace("the elements of {@code elements}, in order"));
    // Varargs only of plain element types: a parameterized one would make every call site warn of
    // heap pollution.
    if (element instanceof ClassName) {
      methods.add(
          varargs(member.name(), "Sets $L to {@code elements}, in order.\n\n", member.name()));
      methods.add(
          varargs(
              "add" + Names.upperCamel(member.name()),
              "Adds {@code elements} to $L, in order.\n\n",
              CollectionKind.LIST.addAll(member.name())));
    }
    methods.add(addOne());
    methods.add(
        shared.addAll(
            "Adds the elements of {@code elements} to $L, in order.\n\n",
            CodeBlock.builder()
                .addStatement("$T<$T> target = $LForChange()", Types.LIST, element, member.name())
                .beginControlFlow("for ($T element : elements)", element)
                .add(member.rejectNull("element", " must not hold null"))
                .addStatement("target.add(element)")
                .endControlFlow()
                .build()));
    methods.add(shared.forChange());
    return methods;
  }

  /**
   * A method taking the elements as varargs and handing them to {@code target} as a list.
   *
   * @param summary the Javadoc's first paragraph, {@code $L} standing for the member's link
   */
  private MethodSpec varargs(String method, String summary, String target) {
    return member
        .method(method)
        .addJavadoc(summary, member.link())
        .addJavadoc("$L", shared.tags())
        .varargs()
        .addParameter(ArrayTypeName.of(element), "elements")
        .addCode(member.rejectNull("elements", ": elements must not be null"))
        .addStatement("return $L($T.asList(elements))", target, Arrays.class)
        .build();
  }

  private MethodSpec addOne() {
    return member
        .method(CollectionKind.LIST.addOne(member.name()))
        .addJavadoc(
            "Adds one element to $L.\n\n@param element the element, not null\n@return this builder\n",
            member.link())
        .addParameter(element, "element")
        .addCode(member.rejectNull("element", " must not hold null"))
        .addStatement("$LForChange().add(element)", member.name())
        .addStatement("return this")
        .build();
  }
}
