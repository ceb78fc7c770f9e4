package dev.apigw.apilisting;

/** The compiled public API differs from the committed listing; the message holds the diff. */
public final class ApiChangedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ApiChangedException(String message) {
    super(message, null, false, false);
  }
}
