package dev.apigw.core.http;

import dev.apigw.core.exception.ErrorDetails;
import dev.apigw.core.exception.ServiceException;
import java.util.function.Function;

/**
 * Makes the typed exception for an error response of one service, usually by its error code; a code
 * it does not know should give the service's base exception. The runtime calls it whenever the
 * response carried an error code.
 */
@FunctionalInterface
public interface ErrorFactory {
  /**
   * The exception for this error.
   *
   * @param details status, error code, message, request id and raw body excerpt
   * @param fields the top-level scalar fields of the error's JSON body by name (such as {@code
   *     limitType}), as text; returns null for a field that is absent (and for every field when the
   *     body was not a JSON object)
   */
  ServiceException create(ErrorDetails details, Function<String, String> fields);
}
