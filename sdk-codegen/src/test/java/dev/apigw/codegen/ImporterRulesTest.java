package dev.apigw.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.apigw.codegen.importer.AwsModelImporter;
import dev.apigw.codegen.model.Location;
import dev.apigw.codegen.model.Member;
import dev.apigw.codegen.model.Operation;
import dev.apigw.codegen.model.ServiceModel;
import dev.apigw.codegen.model.Shape;
import org.junit.jupiter.api.Test;

/** The importer's rules, on a small AWS-format model written here. */
class ImporterRulesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String SERVICE =
      "{"
          + "\"metadata\":{\"apiVersion\":\"2020-01-01\",\"endpointPrefix\":\"things\",\"signingName\":\"things\","
          + "\"serviceFullName\":\"Things\",\"serviceId\":\"Things\",\"protocol\":\"rest-json\",\"signatureVersion\":\"v4\"},"
          + "\"operations\":{"
          + " \"ListThings\":{\"name\":\"ListThings\",\"http\":{\"method\":\"GET\",\"requestUri\":\"/things/{owner}\",\"responseCode\":200},"
          + "  \"input\":{\"shape\":\"ListThingsRequest\"},\"output\":{\"shape\":\"ListThingsResponse\"},"
          + "  \"errors\":[{\"shape\":\"Oops\"}],\"documentation\":\"<p>words</p>\"},"
          + " \"PutThing\":{\"name\":\"PutThing\",\"http\":{\"method\":\"PUT\",\"requestUri\":\"/things\"},"
          + "  \"input\":{\"shape\":\"PutThingRequest\"},\"errors\":[]}},"
          + "\"shapes\":{"
          + " \"ListThingsRequest\":{\"type\":\"structure\",\"required\":[\"Owner\"],\"members\":{"
          + "  \"Owner\":{\"shape\":\"__string\",\"location\":\"uri\",\"locationName\":\"owner\"},"
          + "  \"MaxResults\":{\"shape\":\"__string\",\"location\":\"querystring\",\"locationName\":\"maxResults\"},"
          + "  \"NextToken\":{\"shape\":\"__string\",\"location\":\"querystring\",\"locationName\":\"nextToken\"},"
          + "  \"Trace\":{\"shape\":\"__string\",\"location\":\"header\",\"locationName\":\"X-Trace\"}}},"
          + " \"ListThingsResponse\":{\"type\":\"structure\",\"members\":{"
          + "  \"Items\":{\"shape\":\"ThingList\",\"locationName\":\"items\"},"
          + "  \"NextToken\":{\"shape\":\"__string\",\"locationName\":\"nextToken\"}}},"
          + " \"PutThingRequest\":{\"type\":\"structure\",\"payload\":\"Body\",\"members\":{"
          + "  \"Body\":{\"shape\":\"Blob\"},"
          + "  \"Format\":{\"shape\":\"__string\",\"location\":\"querystring\",\"locationName\":\"format\",\"enum\":[\"A\",\"B\"]}}},"
          + " \"ThingList\":{\"type\":\"list\",\"member\":{\"shape\":\"Thing\"}},"
          + " \"Thing\":{\"type\":\"structure\",\"members\":{\"Size\":{\"shape\":\"Small\",\"locationName\":\"size\"}}},"
          + " \"Small\":{\"type\":\"integer\",\"min\":1,\"max\":3,\"documentation\":\"<p>tiny</p>\"},"
          + " \"Blob\":{\"type\":\"blob\"},"
          + " \"Unused\":{\"type\":\"structure\",\"members\":{}},"
          + " \"Oops\":{\"type\":\"structure\",\"exception\":true,\"error\":{\"httpStatusCode\":418},"
          + "  \"members\":{\"Message\":{\"shape\":\"__string\",\"locationName\":\"message\"}}},"
          + " \"__string\":{\"type\":\"string\"}}}";

  @Test
  void theAuthSchemesAreKeptAndMustIncludeSigV4() throws Exception {
    ServiceModel withAuth =
        importModel(
            SERVICE.replace(
                "\"signatureVersion\":\"v4\"}",
                "\"signatureVersion\":\"v4\",\"auth\":[\"aws.auth#sigv4\"]}"));

    assertThat(withAuth.service().auth()).containsExactly("aws.auth#sigv4");
    assertThat(importModel(SERVICE).service().auth()).isEmpty();
    assertThatThrownBy(
            () ->
                importModel(
                    SERVICE.replace(
                        "\"signatureVersion\":\"v4\"}",
                        "\"signatureVersion\":\"v4\",\"auth\":[\"smithy.api#httpBearerAuth\"]}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("aws.auth#sigv4");
  }

  @Test
  void anUnknownMetadataKeyIsRefusedNotSkipped() {
    assertThatThrownBy(
            () ->
                importModel(
                    SERVICE.replace(
                        "\"signatureVersion\":\"v4\"}",
                        "\"signatureVersion\":\"v4\",\"awsQueryCompatible\":{}}")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("awsQueryCompatible");
  }

  @Test
  void membersKeepTheirLocationsWireNamesAndRequirements() throws Exception {
    ServiceModel model = importModel(SERVICE);

    Shape request = model.shape("ListThingsRequest");
    assertThat(request.members())
        .extracting(Member::name, Member::location, Member::wireName, Member::required)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Owner", Location.PATH, "owner", true),
            org.assertj.core.groups.Tuple.tuple("MaxResults", Location.QUERY, "maxResults", false),
            org.assertj.core.groups.Tuple.tuple("NextToken", Location.QUERY, "nextToken", false),
            org.assertj.core.groups.Tuple.tuple("Trace", Location.HEADER, "X-Trace", false));
    Shape put = model.shape("PutThingRequest");
    assertThat(put.member("Body").orElseThrow().location()).isEqualTo(Location.PAYLOAD);
    assertThat(put.member("Format").orElseThrow().enumValues()).containsExactly("A", "B");
    assertThat(model.shape("Small").min()).contains(1L);
    assertThat(model.shape("Small").max()).contains(3L);
    assertThat(model.shape("Oops").errorStatus().getAsInt()).isEqualTo(418);
  }

  @Test
  void defaultsAndReachability() throws Exception {
    ServiceModel model = importModel(SERVICE);

    Operation put = model.operation("PutThing");
    assertThat(put.http().successStatus()).isEqualTo(200);
    assertThat(put.output()).isEmpty();
    assertThat(model.shapes()).doesNotContainKey("Unused");
  }

  @Test
  void pagingIsInferredWhenThePaginatorFileLeavesAnOperationOut() throws Exception {
    ServiceModel model = importModel(SERVICE);

    assertThat(model.operation("ListThings").pagination())
        .hasValueSatisfying(
            p -> {
              assertThat(p.inputToken()).isEqualTo("NextToken");
              assertThat(p.outputToken()).isEqualTo("NextToken");
              assertThat(p.limit()).contains("MaxResults");
              assertThat(p.items()).isEqualTo("Items");
            });
    assertThat(model.operation("PutThing").pagination()).isEmpty();
  }

  @Test
  void aKeyTheImporterDoesNotKnowIsAnError() throws Exception {
    String withUnknown =
        SERVICE.replace(
            "\"Blob\":{\"type\":\"blob\"}", "\"Blob\":{\"type\":\"blob\",\"streaming\":true}");

    assertThatThrownBy(() -> importModel(withUnknown))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("streaming")
        .hasMessageContaining("Blob");
  }

  private static ServiceModel importModel(String service) throws Exception {
    JsonNode tree = JSON.readTree(service);
    return AwsModelImporter.importModel(tree, MissingNode.getInstance());
  }
}
