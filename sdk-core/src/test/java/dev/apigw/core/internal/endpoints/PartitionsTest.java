package dev.apigw.core.internal.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which partition a region belongs to, and how partitions.json is read. */
class PartitionsTest {
  private static final String OUTPUTS =
      "'dnsSuffix': 'example.%1$s', 'dualStackDnsSuffix': 'dual.%1$s',"
          + " 'supportsFIPS': true, 'supportsDualStack': true, 'implicitGlobalRegion': '%1$s-1'";

  private static String partition(String id, String regex, String regions) {
    return "{'id': '"
        + id
        + "', 'regionRegex': '"
        + regex
        + "', 'regions': {"
        + regions
        + "}, 'outputs': {'name': '"
        + id
        + "', "
        + String.format(OUTPUTS, id)
        + "}}";
  }

  private static Partitions parse(String... partitions) {
    try {
      return Partitions.parse(
          RuleSets.json(
              "{'version': '1.1', 'partitions': [" + String.join(",", partitions) + "]}"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0} is in {1}")
  @CsvSource({
    "us-east-1,          aws,        amazonaws.com,    api.aws,                      us-east-1",
    "mx-central-1,       aws,        amazonaws.com,    api.aws,                      us-east-1",
    "aws-global,         aws,        amazonaws.com,    api.aws,                      us-east-1",
    "sa-west-7,          aws,        amazonaws.com,    api.aws,                      us-east-1",
    "xx-future-1,        aws,        amazonaws.com,    api.aws,                      us-east-1",
    "local,              aws,        amazonaws.com,    api.aws,                      us-east-1",
    "cn-north-1,         aws-cn,     amazonaws.com.cn, api.amazonwebservices.com.cn, cn-northwest-1",
    "aws-cn-global,      aws-cn,     amazonaws.com.cn, api.amazonwebservices.com.cn, cn-northwest-1",
    "eusc-de-east-1,     aws-eusc,   amazonaws.eu,     api.amazonwebservices.eu,     eusc-de-east-1",
    "us-iso-east-1,      aws-iso,    c2s.ic.gov,       api.aws.ic.gov,               us-iso-east-1",
    "us-isob-east-1,     aws-iso-b,  sc2s.sgov.gov,    api.aws.scloud,               us-isob-east-1",
    "eu-isoe-west-1,     aws-iso-e,  cloud.adc-e.uk,   api.cloud-aws.adc-e.uk,       eu-isoe-west-1",
    "eu-isoe-central-7,  aws-iso-e,  cloud.adc-e.uk,   api.cloud-aws.adc-e.uk,       eu-isoe-west-1",
    "us-isof-south-1,    aws-iso-f,  csp.hci.ic.gov,   api.aws.hci.ic.gov,           us-isof-south-1",
    "us-gov-west-1,      aws-us-gov, amazonaws.com,    api.aws,                      us-gov-west-1",
    "us-gov-north-9,     aws-us-gov, amazonaws.com,    api.aws,                      us-gov-west-1",
    "aws-us-gov-global,  aws-us-gov, amazonaws.com,    api.aws,                      us-gov-west-1",
  })
  void theStandardPartitions(
      String region, String name, String dnsSuffix, String dualStack, String global) {
    Partition partition = Partitions.standard().partitionOf(region);

    assertThat(partition.name()).isEqualTo(name);
    assertThat(partition.dnsSuffix()).isEqualTo(dnsSuffix);
    assertThat(partition.dualStackDnsSuffix()).isEqualTo(dualStack);
    assertThat(partition.supportsFips()).isTrue();
    assertThat(partition.supportsDualStack()).isTrue();
    assertThat(partition.implicitGlobalRegion()).isEqualTo(global);
  }

  @Test
  void theStandardPartitionsAreReadOnce() {
    assertThat(Partitions.standard()).isSameAs(Partitions.standard());
    assertThatThrownBy(() -> Partitions.standard().partitionOf(null))
        .hasMessage("region must not be null");
  }

  @Test
  void aListedRegionWinsOverAnEarlierPartitionsPattern() {
    Partitions partitions =
        parse(
            partition("aws", "^x-\\\\w+$", "'x-one': {}"),
            partition("special", "^y-\\\\w+$", "'x-special': {'description': 'listed here'}"));

    assertThat(partitions.partitionOf("x-special").name()).isEqualTo("special");
    assertThat(partitions.partitionOf("x-other").name()).isEqualTo("aws");
    assertThat(partitions.partitionOf("y-other").name()).isEqualTo("special");
  }

  @Test
  void theFirstMatchingPatternWinsAndAwsTakesTheRest() {
    Partitions partitions =
        parse(
            partition("first", "^z-", ""),
            partition("second", "^z-\\\\d$", ""),
            partition("aws", "^never$", ""));

    assertThat(partitions.partitionOf("z-1").name()).isEqualTo("first");
    assertThat(partitions.partitionOf("unknown").name()).isEqualTo("aws");
  }

  @Test
  void withoutAnAwsPartitionAnUnclaimedRegionHasNone() {
    Partitions partitions = parse(partition("only", "^o-\\\\d$", ""));

    assertThat(partitions.find("p-1")).isNull();
    assertThatThrownBy(() -> partitions.partitionOf("p-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "No partition claims the region p-1 and there is no aws partition to fall back to");
  }

  @Test
  void aRegionsOverridesApplyToThatRegionOnly() {
    Partitions partitions =
        parse(
            partition(
                "aws",
                "^r-\\\\d$",
                "'r-1': {'description': 'plain'}, 'r-2': {'description': 'odd', 'dnsSuffix': 'other.example',"
                    + " 'supportsFIPS': false, 'supportsIPv6': true}"));

    Partition plain = partitions.partitionOf("r-1");
    Partition odd = partitions.partitionOf("r-2");

    assertThat(plain).isEqualTo(partitions.partitionOf("r-3"));
    assertThat(plain.dnsSuffix()).isEqualTo("example.aws");
    assertThat(plain.supportsFips()).isTrue();
    assertThat(odd.dnsSuffix()).isEqualTo("other.example");
    assertThat(odd.supportsFips()).isFalse();
    assertThat(odd.dualStackDnsSuffix()).isEqualTo("dual.aws");
    assertThat(odd.attributes())
        .containsEntry("supportsIPv6", true)
        .doesNotContainKey("description");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "not an object    | []                                                   | at the partitions document: expected an object",
        "no partitions    | {}                                                   | at partitions: expected an array, found nothing",
        "no id            | {'partitions': [{'regionRegex': 'x', 'outputs': {}}]} | at partitions[0].id: expected a non-empty string",
        "no outputs       | {'partitions': [{'id': 'aws', 'regionRegex': 'x'}]}  | at partition aws outputs: expected an object",
        "missing output   | {'partitions': [{'id': 'aws', 'regionRegex': 'x', 'outputs': {'name': 'aws'}}]} | at partition aws: the output dnsSuffix must be a string, not unset",
      })
  void malformedDocumentsAreRefused(String description, String json, String message) {
    assertThatThrownBy(() -> Partitions.parse(RuleSets.json(json)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The partitions document is malformed")
        .hasMessageContaining(message);
  }

  @Test
  void malformedPartitionsAreRefusedSayingWhich() {
    assertThatThrownBy(() -> parse(partition("aws", "x", "").replace("'regionRegex': 'x', ", "")))
        .hasMessageContaining(
            "at partition aws regionRegex: expected a non-empty string, found nothing");
    assertThatThrownBy(() -> parse(partition("aws", "^(x", "")))
        .hasMessageContaining("at partition aws regionRegex: not a regular expression");
    assertThatThrownBy(() -> parse(partition("aws", "x", ""), partition("aws", "y", "")))
        .hasMessageContaining("at partitions[1].id: the partition aws is declared twice");
    assertThatThrownBy(
            () -> parse(partition("aws", "x", "'r-1': {}"), partition("b", "y", "'r-1': {}")))
        .hasMessageContaining(
            "at partition b region r-1: the region is also listed by the partition aws");
    assertThatThrownBy(() -> parse(partition("aws", "x", "'r-1': {'supportsFIPS': 1}")))
        .hasMessageContaining(
            "at partition aws region r-1: the output supportsFIPS must be a string or a boolean");
    assertThatThrownBy(() -> parse(partition("aws", "x", "'r-1': {'supportsFIPS': 'yes'}")))
        .hasMessageContaining(
            "at partition aws region r-1: the output supportsFIPS must be a boolean, not a string");
    assertThatThrownBy(
            () -> parse(partition("aws", "x", "").replace("'supportsDualStack': true,", "")))
        .hasMessageContaining("the output supportsDualStack must be a boolean, not unset");
  }
}
