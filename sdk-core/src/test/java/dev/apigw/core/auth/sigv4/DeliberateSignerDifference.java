package dev.apigw.core.auth.sigv4;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The differences between our {@link SigV4Signer} and the AWS SDK's signer that are meant, each
 * with its reason. The differential fuzz accepts a difference only when one of these explains it;
 * every other difference is a finding.
 */
enum DeliberateSignerDifference {
  /**
   * We refuse, before any I/O, a header name that is empty or holds whitespace, a control character
   * or {@code :} ({@link SignableRequest.Builder#addHeader}): no HTTP/1.1 request can carry it, so
   * whatever would be signed is not what the server reads. The AWS SDK signs it.
   */
  HEADER_NAME_THAT_HTTP_CANNOT_CARRY,

  /**
   * We refuse a path holding {@code ?} or {@code #} ({@link SignableRequest.Builder#path}): the
   * query goes in as parameters, and a fragment is never sent. The AWS SDK signs such a path
   * (splitting it as a URI would), which signs something else than the path given.
   */
  PATH_WITH_QUERY_OR_FRAGMENT,

  /**
   * The AWS SDK refuses a path that {@link java.net.URI} cannot parse (a raw space, a control
   * character, a {@code %} not followed by two hex digits, ...): it normalizes the path through
   * {@code URI}. We take the path as the bytes of the request line and sign it as AWS's SigV4 test
   * suite does (its {@code get-space} case signs a raw space). Not a refusal of ours: the one
   * difference where the AWS SDK refuses and we sign.
   */
  PATH_THAT_JAVA_NET_URI_CANNOT_PARSE,

  /**
   * A {@code Host} header given with the request: the AWS SDK keeps it and signs its value; we sign
   * the host the request goes to ({@link SignableRequest#host()}, the value our HTTP layer sends)
   * in its place, as {@link SigV4Signer} documents. A signed Host value that is not the one sent
   * fails authentication.
   */
  HOST_HEADER_GIVEN_WITH_THE_REQUEST("host"),

  /**
   * An {@code Authorization} header given with the request: the AWS SDK signs it, then replaces it
   * with its own, so it signs a value that is never sent; we leave it out of the signature.
   */
  AUTHORIZATION_HEADER_GIVEN_WITH_THE_REQUEST("authorization");

  /** The request header (lowercase) whose presence makes the signatures differ, if any. */
  private final @Nullable String headerName;

  DeliberateSignerDifference() {
    this(null);
  }

  DeliberateSignerDifference(@Nullable String headerName) {
    this.headerName = headerName;
  }

  /**
   * The deliberate differences that may explain different signatures of {@code request}: to be
   * confirmed by signing again with the AWS SDK without the headers they name.
   */
  static Set<DeliberateSignerDifference> whenBothSignDifferently(FuzzedSigningRequest request) {
    Set<DeliberateSignerDifference> candidates = EnumSet.noneOf(DeliberateSignerDifference.class);
    for (DeliberateSignerDifference difference : values()) {
      if (difference.headerName != null
          && request.headers.stream()
              .anyMatch(header -> header.name().equalsIgnoreCase(difference.headerName))) {
        candidates.add(difference);
      }
    }
    return candidates;
  }

  /** The lowercase names of the request headers these differences are about. */
  static Set<String> headerNames(Set<DeliberateSignerDifference> differences) {
    Set<String> names = new HashSet<>();
    for (DeliberateSignerDifference difference : differences) {
      if (difference.headerName != null) {
        names.add(difference.headerName);
      }
    }
    return names;
  }

  /** The deliberate difference explaining that only we refused, if one does. */
  static Optional<DeliberateSignerDifference> whenOnlyWeRefuse(
      FuzzedSigningRequest request, IllegalArgumentException ourRefusal) {
    String message = String.valueOf(ourRefusal.getMessage());
    if (message.startsWith("header name must not")
        && request.headers.stream().anyMatch(header -> !isHeaderNameHttpCanCarry(header.name()))) {
      return Optional.of(HEADER_NAME_THAT_HTTP_CANNOT_CARRY);
    }
    if (message.startsWith("path must not contain '?' or '#'")
        && (request.path.indexOf('?') >= 0 || request.path.indexOf('#') >= 0)) {
      return Optional.of(PATH_WITH_QUERY_OR_FRAGMENT);
    }
    return Optional.empty();
  }

  /** The deliberate difference explaining that only the AWS SDK refused, if one does. */
  static Optional<DeliberateSignerDifference> whenOnlyAwsRefuses(
      FuzzedSigningRequest request, RuntimeException awsRefusal) {
    if (awsRefusal instanceof IllegalArgumentException && !isPathJavaNetUriParses(request.path)) {
      return Optional.of(PATH_THAT_JAVA_NET_URI_CANNOT_PARSE);
    }
    return Optional.empty();
  }

  private static boolean isHeaderNameHttpCanCarry(String name) {
    return !name.isEmpty()
        && !SignableRequestChecks.containsWhitespaceOrControl(name)
        && name.indexOf(':') < 0;
  }

  private static boolean isPathJavaNetUriParses(String path) {
    try {
      new URI("https://localhost" + path);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
