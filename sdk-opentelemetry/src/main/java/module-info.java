/** Traces of the SDK's calls through OpenTelemetry's API. */
module dev.apigw.opentelemetry {
  requires transitive dev.apigw.core;
  requires transitive io.opentelemetry.api;
  requires io.opentelemetry.context;

  exports dev.apigw.opentelemetry;
}
