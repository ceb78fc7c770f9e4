package dev.apigw.core.internal.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each library function on its own, table by table; the vectors include those of the rules
 * language's tests.
 */
class LibraryFunctionsTest {
  private static final Scope SCOPE = new Scope(0, Partitions.standard());

  private static @Nullable Object call(LibraryFunction function, @Nullable Object... args) {
    return function.apply(args, SCOPE);
  }

  @ParameterizedTest(name = "isSet({0}) = {1}")
  @MethodSource
  void isSet(@Nullable Object value, boolean expected) {
    assertThat(call(LibraryFunction.IS_SET, value)).isEqualTo(expected);
  }

  static Stream<Arguments> isSet() {
    return Stream.of(
        arguments(null, false),
        arguments("", true),
        arguments(false, true),
        arguments(List.of(), true));
  }

  @ParameterizedTest(name = "{0}({1}, {2}) = {3}")
  @CsvSource({
    "booleanEquals, true,  true,  true",
    "booleanEquals, true,  false, false",
    "booleanEquals, false, false, true",
    "stringEquals,  abc,   abc,   true",
    "stringEquals,  abc,   ABC,   false",
    "stringEquals,  '',    '',    true",
  })
  void equality(String name, String left, String right, boolean expected) {
    LibraryFunction function = LibraryFunction.named(name);
    Object a = function == LibraryFunction.BOOLEAN_EQUALS ? (Object) Boolean.valueOf(left) : left;
    Object b = function == LibraryFunction.BOOLEAN_EQUALS ? (Object) Boolean.valueOf(right) : right;

    assertThat(call(function, a, b)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "not({0}) = {1}")
  @CsvSource({"true, false", "false, true"})
  void not(boolean value, boolean expected) {
    assertThat(call(LibraryFunction.NOT, value)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "substring({0}, {1}, {2}, reverse={3}) = {4}")
  @MethodSource
  void substring(String input, int start, int stop, boolean reverse, @Nullable String expected) {
    assertThat(call(LibraryFunction.SUBSTRING, input, start, stop, reverse)).isEqualTo(expected);
  }

  static Stream<Arguments> substring() {
    return Stream.of(
        arguments("abcdefg", 0, 4, false, "abcd"),
        arguments("abcd", 0, 4, false, "abcd"),
        arguments("abc", 0, 4, false, null),
        arguments("", 0, 4, false, null),
        arguments("\ufdfd", 0, 4, false, null),
        arguments("abcd\u00e9fg", 0, 4, false, null),
        arguments("\u007fabcdef", 0, 4, false, "\u007fabc"),
        arguments("abcdefg", 0, 4, true, "defg"),
        arguments("defg", 0, 4, true, "defg"),
        arguments("abc", 0, 4, true, null),
        arguments("", 0, 4, true, null),
        arguments("\ufdfd", 0, 4, true, null),
        arguments("defg", 1, 3, false, "ef"),
        arguments("def", 1, 3, false, "ef"),
        arguments("ab", 1, 3, false, null),
        arguments("abcdefg", 1, 3, true, "ef"),
        arguments("abcdefg", 2, 2, false, null),
        arguments("abcdefg", 3, 2, false, null),
        arguments("abcdefg", -1, 2, false, null),
        arguments("abcdefg", 0, 7, true, "abcdefg"));
  }

  @ParameterizedTest(name = "uriEncode({0}) = {1}")
  @MethodSource
  void uriEncode(String input, String expected) {
    assertThat(call(LibraryFunction.URI_ENCODE, input)).isEqualTo(expected);
  }

  static Stream<Arguments> uriEncode() {
    return Stream.of(
        arguments("abcdefg", "abcdefg"),
        arguments("abc:defg", "abc%3Adefg"),
        arguments(
            "/:,?#[]{}|@! $&'()*+;=%<>\"^`\\",
            "%2F%3A%2C%3F%23%5B%5D%7B%7D%7C%40%21%20%24%26%27%28%29%2A%2B%3B%3D%25%3C%3E%22%5E%60%5C"),
        arguments("0123456789.underscore_dash-Tilda~", "0123456789.underscore_dash-Tilda~"),
        arguments("\ud83d\ude39", "%F0%9F%98%B9"),
        arguments(
            " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~",
            "%20%21%22%23%24%25%26%27%28%29%2A%2B%2C-.%2F0123456789%3A%3B%3C%3D%3E%3F%40ABCDEFGHIJKLMNOPQRSTUVWXYZ"
                + "%5B%5C%5D%5E_%60abcdefghijklmnopqrstuvwxyz%7B%7C%7D~"),
        arguments("%2F", "%252F"),
        arguments("\u00e9", "%C3%A9"),
        arguments("", ""));
  }

  @ParameterizedTest(name = "parseURL({0})")
  @MethodSource
  void parseUrl(String input, @Nullable List<Object> expected) {
    @SuppressWarnings("unchecked")
    Map<String, Object> url = (Map<String, Object>) call(LibraryFunction.PARSE_URL, input);

    if (expected == null) {
      assertThat(url).isNull();
    } else {
      Map<String, Object> record = new LinkedHashMap<>();
      record.put("scheme", expected.get(0));
      record.put("authority", expected.get(1));
      record.put("path", expected.get(2));
      record.put("normalizedPath", expected.get(3));
      record.put("isIp", expected.get(4));
      assertThat(url).isEqualTo(record);
    }
  }

  static Stream<Arguments> parseUrl() {
    return Stream.of(
        url("https://example.com", "https", "example.com", "", "/", false),
        url(
            "http://example.com:80/foo/bar",
            "http",
            "example.com:80",
            "/foo/bar",
            "/foo/bar/",
            false),
        url("https://127.0.0.1", "https", "127.0.0.1", "", "/", true),
        url("https://[fe80::1]", "https", "[fe80::1]", "", "/", true),
        url(
            "https://authority.com/custom-path",
            "https",
            "authority.com",
            "/custom-path",
            "/custom-path/",
            false),
        url("https://authority.com/", "https", "authority.com", "/", "/", false),
        url(
            "https://authority.com:8000/port",
            "https",
            "authority.com:8000",
            "/port",
            "/port/",
            false),
        url("http://99_ab.com", "http", "99_ab.com", "", "/", false),
        url("http://99_ab-.com", "http", "99_ab-.com", "", "/", false),
        url("http://192.168.1.1/foo/", "http", "192.168.1.1", "/foo/", "/foo/", true),
        url("http://192.168.1.1:1234/foo/", "http", "192.168.1.1:1234", "/foo/", "/foo/", true),
        url(
            "https://[2001:db8:85a3:8d3:1319:8a2e:370:7348]:443",
            "https",
            "[2001:db8:85a3:8d3:1319:8a2e:370:7348]:443",
            "",
            "/",
            true),
        url("https://[fe80::1%25en0]:8443/x", "https", "[fe80::1%25en0]:8443", "/x", "/x/", true),
        url("https://999.999.abc.blah", "https", "999.999.abc.blah", "", "/", false),
        url("https://256.1.1.1", "https", "256.1.1.1", "", "/", false),
        url("HTTPS://Example.COM/A", "HTTPS", "Example.COM", "/A", "/A/", false),
        url(
            "https://example.com/a%2Fb//c",
            "https", "example.com", "/a%2Fb//c", "/a%2Fb//c/", false),
        url(
            "https://example.com/~user/p:q@r!$&'()*+,;=",
            "https",
            "example.com",
            "/~user/p:q@r!$&'()*+,;=",
            "/~user/p:q@r!$&'()*+,;=/",
            false),
        notUrl("https://example.com:8443?foo=bar&faz=baz"),
        notUrl("https://example.com/path?query1=foo"),
        notUrl("https://example.com?"),
        notUrl("https://example.com/#fragment"),
        notUrl("acbd://example.com"),
        notUrl("ftp://example.com"),
        notUrl("example.com"),
        notUrl("//example.com"),
        notUrl("https://"),
        notUrl("https:///path"),
        notUrl("http://abc.com:a/foo"),
        notUrl("https://example.com:"),
        notUrl("https://example.com:65536"),
        notUrl("https://example.com:1:2"),
        notUrl("https://user:secret@example.com"),
        notUrl("https://exa mple.com"),
        notUrl("https://example.com/a b"),
        notUrl("https://example.com/a%zz"),
        notUrl("https://example.com/a%2"),
        notUrl("https://ex\u00e4mple.com"),
        notUrl("https://[fe80::1"),
        notUrl("https://[fe80::1]x"),
        notUrl("https://[example.com]"),
        notUrl("https://example.com\\path"));
  }

  private static Arguments url(
      String input, String scheme, String authority, String path, String normalized, boolean isIp) {
    return arguments(input, List.of(scheme, authority, path, normalized, isIp));
  }

  private static Arguments notUrl(String input) {
    return arguments(input, null);
  }

  @ParameterizedTest(name = "isValidHostLabel({0}, {1}) = {2}")
  @MethodSource
  void isValidHostLabel(String value, boolean allowSubDomains, boolean expected) {
    assertThat(call(LibraryFunction.IS_VALID_HOST_LABEL, value, allowSubDomains))
        .isEqualTo(expected);
  }

  static Stream<Arguments> isValidHostLabel() {
    return Stream.of(
        arguments("us-east-1", false, true),
        arguments("3aws4", false, true),
        arguments("UPPER-case", false, true),
        arguments("a", false, true),
        arguments("a".repeat(63), false, true),
        arguments("a".repeat(64), false, false),
        arguments("ends-with-hyphen-", false, true),
        arguments("-starts-with-hyphen", false, false),
        arguments("part1.part2", false, false),
        arguments("part1.part2", true, true),
        arguments("a.b.c", true, true),
        arguments("a".repeat(63) + "." + "b".repeat(63), true, true),
        arguments("a".repeat(64) + ".b", true, false),
        arguments("part1 part2", false, false),
        arguments("part1 part2", true, false),
        arguments("", false, false),
        arguments("", true, false),
        arguments("part1.", true, false),
        arguments(".part1", true, false),
        arguments("part1..part2", true, false),
        arguments("part1.-part2", true, false),
        arguments("under_score", false, false),
        arguments("caf\u00e9", false, false));
  }

  @ParameterizedTest(name = "aws.isVirtualHostableS3Bucket({0}, {1}) = {2}")
  @MethodSource
  void isVirtualHostableS3Bucket(String value, boolean allowSubDomains, boolean expected) {
    assertThat(call(LibraryFunction.AWS_IS_VIRTUAL_HOSTABLE_S3_BUCKET, value, allowSubDomains))
        .isEqualTo(expected);
  }

  static Stream<Arguments> isVirtualHostableS3Bucket() {
    return Stream.of(
        arguments("bucket-name", false, true),
        arguments("bucket-name", true, true),
        arguments("abc", false, true),
        arguments("ab", false, false),
        arguments("a".repeat(63), false, true),
        arguments("a".repeat(64), false, false),
        arguments("Bucket", false, false),
        arguments("99_ab", false, false),
        arguments("-bucket", false, false),
        arguments("bucket-", false, false),
        arguments("bucket.name", false, false),
        arguments("bucket.name", true, true),
        arguments("a.b", true, true),
        arguments("bucket..name", true, false),
        arguments("bucket.-name", true, false),
        arguments("bucket-.name", true, false),
        arguments(".bucket", true, false),
        arguments("bucket.", true, false),
        arguments("192.168.1.1", true, false),
        arguments("192.168.1.1", false, false),
        arguments("192.168.1.bucket", true, true));
  }

  @ParameterizedTest(name = "aws.parseArn({0})")
  @MethodSource
  void parseArn(String input, @Nullable List<Object> expected) {
    Object arn = call(LibraryFunction.AWS_PARSE_ARN, input);

    if (expected == null) {
      assertThat(arn).isNull();
    } else {
      assertThat(arn)
          .isEqualTo(
              Map.of(
                  "partition",
                  expected.get(0),
                  "service",
                  expected.get(1),
                  "region",
                  expected.get(2),
                  "accountId",
                  expected.get(3),
                  "resourceId",
                  expected.get(4)));
    }
  }

  static Stream<Arguments> parseArn() {
    return Stream.of(
        arn(
            "arn:aws:sns:us-west-2:012345678910:example-sns-topic-name",
            "aws",
            "sns",
            "us-west-2",
            "012345678910",
            "example-sns-topic-name"),
        arn(
            "arn:aws:ec2:us-east-1:012345678910:vpc/vpc-0e9801d129EXAMPLE",
            "aws",
            "ec2",
            "us-east-1",
            "012345678910",
            "vpc",
            "vpc-0e9801d129EXAMPLE"),
        arn(
            "arn:aws:iam::012345678910:user/johndoe",
            "aws",
            "iam",
            "",
            "012345678910",
            "user",
            "johndoe"),
        arn("arn:aws:s3:::bucket_name", "aws", "s3", "", "", "bucket_name"),
        arn(
            "arn:aws:s3:us-west-2:123456789012:accesspoint:myendpoint",
            "aws",
            "s3",
            "us-west-2",
            "123456789012",
            "accesspoint",
            "myendpoint"),
        arn(
            "arn:aws-cn:s3:::bucket/key/with:colon",
            "aws-cn",
            "s3",
            "",
            "",
            "bucket",
            "key",
            "with",
            "colon"),
        arn("arn:aws:s3:::bucket/", "aws", "s3", "", "", "bucket", ""),
        arn("arn:aws:s3:::a//b", "aws", "s3", "", "", "a", "", "b"),
        arguments("11111111-2222-3333-4444-555555555555", null),
        arguments("arn:aws:s3:::", null),
        arguments("arn::s3:::bucket", null),
        arguments("arn:aws::::bucket", null),
        arguments("arn:aws:s3:us-east-1", null),
        arguments("arn:aws:s3", null),
        arguments("ARN:aws:s3:::bucket", null),
        arguments("", null));
  }

  private static Arguments arn(
      String input,
      String partition,
      String service,
      String region,
      String account,
      String... resource) {
    return arguments(input, List.of(partition, service, region, account, List.of(resource)));
  }

  @ParameterizedTest(name = "aws.partition({0}) is {1}")
  @CsvSource({
    "us-east-1,         aws,        amazonaws.com,    api.aws,                      us-east-1",
    "aws-global,        aws,        amazonaws.com,    api.aws,                      us-east-1",
    "sa-west-7,         aws,        amazonaws.com,    api.aws,                      us-east-1",
    "local,             aws,        amazonaws.com,    api.aws,                      us-east-1",
    "'',                aws,        amazonaws.com,    api.aws,                      us-east-1",
    "cn-north-1,        aws-cn,     amazonaws.com.cn, api.amazonwebservices.com.cn, cn-northwest-1",
    "aws-cn-global,     aws-cn,     amazonaws.com.cn, api.amazonwebservices.com.cn, cn-northwest-1",
    "us-gov-north-9,    aws-us-gov, amazonaws.com,    api.aws,                      us-gov-west-1",
    "eu-isoe-central-7, aws-iso-e,  cloud.adc-e.uk,   api.cloud-aws.adc-e.uk,       eu-isoe-west-1",
    "eusc-de-east-1,    aws-eusc,   amazonaws.eu,     api.amazonwebservices.eu,     eusc-de-east-1",
  })
  void partition(
      String region,
      String name,
      String dnsSuffix,
      String dualStackDnsSuffix,
      String globalRegion) {
    Object record = call(LibraryFunction.AWS_PARTITION, region);

    assertThat(record)
        .isEqualTo(
            Map.of(
                "name",
                name,
                "dnsSuffix",
                dnsSuffix,
                "dualStackDnsSuffix",
                dualStackDnsSuffix,
                "supportsFIPS",
                true,
                "supportsDualStack",
                true,
                "implicitGlobalRegion",
                globalRegion));
  }

  @ParameterizedTest(name = "getAttr(value, {0}) = {1}")
  @MethodSource
  void getAttr(String path, @Nullable Object expected) {
    Map<String, Object> value =
        Map.of("a", Map.of("b", List.of("x", "y")), "resourceId", List.of("r0"), "flag", false);

    assertThat(AttributePath.parse(path).get(value)).isEqualTo(expected);
  }

  static Stream<Arguments> getAttr() {
    return Stream.of(
        arguments("a.b[1]", "y"),
        arguments("a.b[0]", "x"),
        arguments("a.b[2]", null),
        arguments("a.b", List.of("x", "y")),
        arguments("a.c", null),
        arguments("missing.b", null),
        arguments("resourceId[0]", "r0"),
        arguments("flag", false));
  }

  @ParameterizedTest(name = "getAttr into [{0}]")
  @ValueSource(strings = {"[0]", "[1]"})
  void getAttrIndexesAnArrayDirectly(String path) {
    assertThat(AttributePath.parse(path).get(List.of("first", "second")))
        .isEqualTo(path.equals("[0]") ? "first" : "second");
  }

  @ParameterizedTest(name = "path [{0}]")
  @CsvSource(
      delimiter = '|',
      value = {
        "''         | the attribute path is empty",
        "a..b       | has an empty key",
        ".a         | has an empty key",
        "a.         | has an empty key",
        "a[         | must end each part with at most one index",
        "a[0]b      | must end each part with at most one index",
        "a[0][1]    | must end each part with at most one index",
        "a[x]       | has the index [x], not a whole number from 0",
        "a[-1]      | has the index [-1], not a whole number from 0",
        "a[]        | has the index [], not a whole number from 0",
        "a]         | has a ']' without a '['",
      })
  void malformedPathsAreRefused(String path, String message) {
    assertThatThrownBy(() -> AttributePath.parse(path))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @ParameterizedTest(name = "{0} into a string")
  @ValueSource(strings = {"a.b", "a[0]"})
  void steppingIntoAScalarFails(String path) {
    assertThatThrownBy(() -> AttributePath.parse(path).get(Map.of("a", "text")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("meets a string");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "URL       | scheme          | STRING",
        "URL       | isIp            | BOOLEAN",
        "PARTITION | supportsFIPS    | BOOLEAN",
        "PARTITION | dnsSuffix       | STRING",
        "ARN       | resourceId      | ARRAY",
        "ARN       | resourceId[1]   | ANY",
        "RECORD    | anything.at[0]  | ANY",
      })
  void pathsKnowTheKindsOfTheLibrarysRecords(Kind start, String path, Kind expected) {
    assertThat(AttributePath.parse(path).kindFrom(start)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "URL       | host            | a URL has no attribute 'host'",
        "PARTITION | supportsFips    | a partition has no attribute 'supportsFips'",
        "ARN       | resource        | an ARN has no attribute 'resource'",
        "STRING    | length          | a string has no attribute 'length'",
        "URL       | scheme[0]       | indexes a string, not an array",
      })
  void pathsThatDoNotFitAreRefusedAhead(Kind start, String path, String message) {
    assertThatThrownBy(() -> AttributePath.parse(path).kindFrom(start))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
