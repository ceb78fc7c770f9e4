package dev.apigw.codegen.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;

/**
 * What tells the blocking client's operation methods from the asynchronous client's: how they wait
 * (what they return, how they fail, the paginator they make) and what their Javadoc says of it.
 * {@link OperationMethods} and {@link ClientParts} write the rest of them once.
 */
interface ClientStyle {
  /** The result, or a future of it. */
  TypeName returns(JavaOperation op);

  /**
   * How a method fails with {@code exception}: it throws it, or returns a future failed with it.
   */
  CodeBlock fail(CodeBlock exception);

  /** The body of the default method from a {@code Consumer} of the request's builder. */
  CodeBlock fromConsumer(JavaOperation op);

  CodeBlock operationJavadoc(JavaService service, JavaOperation op);

  /**
   * The Javadoc of the method from a {@code Consumer}, a format of the operation's name, its method
   * and the request class.
   */
  String fromConsumerJavadoc();

  /** The runtime's paginator class, created with the operation's method. */
  ClassName paginator();

  /**
   * The Javadoc of the paginator method from a request, a format of the operation's name, its
   * method, the request class and the member that holds the first page's token.
   */
  String paginatorJavadoc();

  /**
   * The Javadoc of the paginator method from a {@code Consumer}, a format of the operation's name.
   */
  String paginatorFromConsumerJavadoc();

  /** The body of the implementation's method, which hands the request to the runtime. */
  CodeBlock invoke(JavaOperation op, ClassName binding);
}
