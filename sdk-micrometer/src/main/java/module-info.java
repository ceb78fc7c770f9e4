/** The SDK's metrics published to a Micrometer registry. */
module dev.apigw.micrometer {
  requires transitive dev.apigw.core;
  requires transitive micrometer.core;

  exports dev.apigw.micrometer;
}
