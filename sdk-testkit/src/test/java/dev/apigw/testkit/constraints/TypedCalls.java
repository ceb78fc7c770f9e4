package dev.apigw.testkit.constraints;

import dev.apigw.client.ApiGatewayV2Client;
import dev.apigw.testkit.internal.ModelIndex;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Plays a {@link ConstraintCase} through our typed {@link ApiGatewayV2Client}: its labels, query
 * and body become the generated request object of its operation, set member by member through the
 * builders (a value is found by its wire name in the model, its setter by the model's member name),
 * and the client's method for the operation sends it.
 */
final class TypedCalls {
  /** A case's value that the generated types cannot carry, such as a number beyond an int. */
  static final class NotExpressible extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotExpressible(String why) {
      super(why);
    }
  }

  private final ModelIndex model = ModelIndex.shared();
  private final ApiGatewayV2Client client;

  TypedCalls(ApiGatewayV2Client client) {
    this.client = client;
  }

  /** The result of the case's call; what the call throws is thrown. */
  Object call(ConstraintCase constraintCase) throws Throwable {
    Object request = request(constraintCase);
    try {
      return operationMethod(constraintCase.operation.name()).invoke(client, request);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The generated request object of the case. */
  Object request(ConstraintCase constraintCase) {
    Class<?> requestClass = operationMethod(constraintCase.operation.name()).getParameterTypes()[0];
    Map<String, Object> byWireName = new LinkedHashMap<>(constraintCase.body);
    byWireName.putAll(constraintCase.labels);
    byWireName.putAll(constraintCase.query);
    return structure(constraintCase.operation.input(), requestClass, byWireName);
  }

  /** The client's method of the operation named {@code operationName}, taking its request. */
  static Method operationMethod(String operationName) {
    return Arrays.stream(ApiGatewayV2Client.class.getMethods())
        .filter(m -> m.getName().equalsIgnoreCase(operationName))
        .filter(m -> m.getParameterCount() == 1 && m.getParameterTypes()[0] != Consumer.class)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("The client has no method " + operationName));
  }

  private Object structure(String shape, Class<?> type, Map<?, ?> byWireName) {
    Object builder = invoke(null, method(type, "builder"));
    model
        .members(shape)
        .forEach(
            (name, member) -> {
              Object value = byWireName.get(member.get("wireName"));
              if (value != null) {
                Method setter = setter(builder.getClass(), name);
                Object typed =
                    typed(
                        value, setter.getGenericParameterTypes()[0], (String) member.get("target"));
                invoke(builder, setter, typed);
              }
            });
    return invoke(builder, method(builder.getClass(), "build"));
  }

  /** {@code value} as read from JSON or the URI, in the Java type its setter takes. */
  private Object typed(Object value, Type type, String shape) {
    Class<?> raw = raw(type);
    String text = String.valueOf(value);
    if (raw == String.class && value instanceof String) {
      return value;
    } else if (raw == Boolean.class) {
      return value instanceof Boolean ? value : Boolean.valueOf(text);
    } else if (raw == Integer.class) {
      long number = value instanceof Number ? ((Number) value).longValue() : Long.parseLong(text);
      if (number != (int) number) {
        throw new NotExpressible(number + " is beyond the Integer the builder takes");
      }
      return (int) number;
    } else if (raw == Long.class) {
      return value instanceof Number ? ((Number) value).longValue() : Long.valueOf(text);
    } else if (raw == Double.class) {
      return value instanceof Number ? ((Number) value).doubleValue() : Double.valueOf(text);
    } else if (Iterable.class.isAssignableFrom(raw)) {
      String elementShape = (String) model.shape(shape).get("member");
      List<Object> elements = new ArrayList<>();
      for (Object element : (List<?>) value) {
        elements.add(typed(element, typeArgument(type, 0), elementShape));
      }
      return elements;
    } else if (Map.class.isAssignableFrom(raw)) {
      String valueShape = (String) model.shape(shape).get("value");
      Map<String, Object> entries = new LinkedHashMap<>();
      ((Map<?, ?>) value)
          .forEach((k, v) -> entries.put((String) k, typed(v, typeArgument(type, 1), valueShape)));
      return entries;
    } else if ("structure".equals(model.shape(shape).get("type"))) {
      return structure(shape, raw, (Map<?, ?>) value);
    }
    throw new IllegalStateException("No typed form for " + shape + " as " + type);
  }

  /**
   * The builder's setter of the model's member {@code name}: the one taking the value itself (an
   * {@code Iterable} for a list), and for an enumeration the one taking its wire string, so values
   * outside the enumeration travel as they are.
   */
  private static Method setter(Class<?> builder, String name) {
    Method found = null;
    for (Method m : builder.getMethods()) {
      if (m.getName().equalsIgnoreCase(name)
          && m.getParameterCount() == 1
          && !m.isVarArgs()
          && m.getParameterTypes()[0] != Consumer.class
          && (found == null || m.getParameterTypes()[0] == String.class)) {
        found = m;
      }
    }
    if (found == null) {
      throw new IllegalStateException(builder.getName() + " has no setter for " + name);
    }
    return found;
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return raw(((ParameterizedType) type).getRawType());
    }
    if (type instanceof WildcardType) {
      return raw(((WildcardType) type).getUpperBounds()[0]);
    }
    throw new IllegalStateException("No class for " + type);
  }

  private static Type typeArgument(Type type, int index) {
    Type argument = ((ParameterizedType) type).getActualTypeArguments()[index];
    return argument instanceof WildcardType
        ? ((WildcardType) argument).getUpperBounds()[0]
        : argument;
  }

  private static Method method(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getName() + " has no " + name + "()", e);
    }
  }

  private static Object invoke(Object target, Method method, Object... arguments) {
    try {
      return method.invoke(target, arguments);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException
          ? (RuntimeException) cause
          : new IllegalStateException(cause);
    }
  }
}
