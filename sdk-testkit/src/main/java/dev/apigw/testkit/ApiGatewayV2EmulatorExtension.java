package dev.apigw.testkit;

import dev.apigw.client.ApiGatewayV2Client;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5: one {@link ApiGatewayV2Emulator} per test class, injected as a parameter of type {@link
 * ApiGatewayV2Emulator} or {@link ApiGatewayV2Client} (its {@link ApiGatewayV2Emulator#client()})
 * into constructors, lifecycle methods and tests. Before each test the emulator is put back as the
 * class's {@code @BeforeAll} methods left it (empty when they created nothing), with no pending
 * faults and zero counts, so tests do not see each other's resources. Tests of one class share the
 * emulator: do not run them in parallel.
 *
 * <pre>{@code
 * @ExtendWith(ApiGatewayV2EmulatorExtension.class)
 * class MyServiceTest {
 *   @Test
 *   void createsItsApi(ApiGatewayV2Client client) { … }
 * }
 * }</pre>
 */
public final class ApiGatewayV2EmulatorExtension
    implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(ApiGatewayV2EmulatorExtension.class);
  private static final String KEY = "emulator";
  private static final String SNAPSHOT = "snapshot";

  /** The extension, as JUnit makes it for {@code @ExtendWith}. */
  public ApiGatewayV2EmulatorExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) {
    emulator(context);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    ApiGatewayV2Emulator emulator =
        context.getStore(NAMESPACE).remove(KEY, ApiGatewayV2Emulator.class);
    if (emulator != null) {
      emulator.close();
    }
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    ApiGatewayV2Emulator emulator = emulator(context);
    ExtensionContext.Store store = classContext(context).getStore(NAMESPACE);
    Object snapshot = store.get(SNAPSHOT);
    if (snapshot == null) {
      store.put(SNAPSHOT, emulator.snapshot());
      emulator.restore(store.get(SNAPSHOT));
    } else {
      emulator.restore(snapshot);
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == ApiGatewayV2Emulator.class || type == ApiGatewayV2Client.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ApiGatewayV2Emulator emulator = emulator(context);
    return parameter.getParameter().getType() == ApiGatewayV2Client.class
        ? emulator.client()
        : emulator;
  }

  /** The emulator of the test class, started on first use. */
  private static ApiGatewayV2Emulator emulator(ExtensionContext context) {
    return classContext(context)
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(KEY, key -> ApiGatewayV2Emulator.start(), ApiGatewayV2Emulator.class);
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getParent().isPresent() && classContext.getTestMethod().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext;
  }
}
