package dev.apigw.client;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The asynchronous client seen through the blocking interface, so that the blocking client's
 * table-driven tests run on it unchanged: each operation calls the asynchronous operation of the
 * same name and waits for its future, throwing exactly what the future failed with. The {@code
 * Consumer} overloads and the paginators are the blocking interface's own default methods, which
 * call the operations.
 */
final class AsyncAsSync {
  private AsyncAsSync() {}

  static ApiGatewayV2Client adapt(ApiGatewayV2AsyncClient async) {
    InvocationHandler handler =
        (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            switch (method.getName()) {
              case "toString":
                return async.toString();
              case "hashCode":
                return System.identityHashCode(proxy);
              default:
                return proxy == args[0];
            }
          }
          if (method.getName().equals("close")) {
            async.close();
            return null;
          }
          Method operation = asyncOperation(method);
          if (operation == null) {
            return InvocationHandler.invokeDefault(proxy, method, args);
          }
          CompletableFuture<?> future;
          try {
            future = (CompletableFuture<?>) operation.invoke(async, args);
          } catch (InvocationTargetException e) {
            throw new AssertionError(
                operation.getName() + " threw instead of failing its future", e.getCause());
          }
          try {
            return future.join();
          } catch (CompletionException e) {
            throw e.getCause();
          }
        };
    return (ApiGatewayV2Client)
        Proxy.newProxyInstance(
            ApiGatewayV2Client.class.getClassLoader(),
            new Class<?>[] {ApiGatewayV2Client.class},
            handler);
  }

  /** The asynchronous operation a blocking one maps to; null for the overloads and paginators. */
  private static Method asyncOperation(Method blocking) {
    if (blocking.getParameterCount() != 1
        || !blocking.getParameterTypes()[0].getSimpleName().endsWith("Request")) {
      return null;
    }
    try {
      Method operation =
          ApiGatewayV2AsyncClient.class.getMethod(blocking.getName(), blocking.getParameterTypes());
      return operation.getReturnType() == CompletableFuture.class ? operation : null;
    } catch (NoSuchMethodException e) {
      throw new AssertionError("ApiGatewayV2AsyncClient has no " + blocking, e);
    }
  }
}
