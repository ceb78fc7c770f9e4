package dev.apigw.core.http;

/**
 * Encodes the value of a path-bound request member (a URI label such as {@code {apiId}}) as exactly
 * one path segment.
 */
public final class PathLabels {
  private PathLabels() {}

  /**
   * {@code value} percent-encoded per RFC 3986 as one path segment: only {@code A-Z a-z 0-9 - . _
   * ~} stay as they are; everything else, {@code /}, {@code ?}, {@code #}, {@code %}, space, {@code
   * :} and the UTF-8 bytes of non-ASCII characters included, becomes {@code %XX} with uppercase hex
   * digits.
   *
   * @param memberName the request member the value belongs to, for error messages
   * @throws IllegalArgumentException naming the member when the value is null, empty, {@code .} or
   *     {@code ..}: such a segment would vanish from the path or change which resource it names
   */
  public static String encode(String memberName, String value) {
    String member = memberName == null || memberName.isEmpty() ? "path label" : memberName;
    if (value == null) {
      throw new IllegalArgumentException(
          member + " must not be null: it is part of the request path");
    }
    if (value.isEmpty()) {
      throw new IllegalArgumentException(
          member + " must not be empty: it is part of the request path");
    }
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(
          member
              + " must not be '"
              + value
              + "': it is part of the request path, where it would change the path");
    }
    return PercentEncoding.encode(value);
  }
}
