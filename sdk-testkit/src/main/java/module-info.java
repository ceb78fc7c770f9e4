/**
 * A stateful emulator of the API Gateway V2 management API for tests, with its JUnit 5 extension
 * and a standalone main. JUnit is needed only by those who use the extension.
 */
module dev.apigw.testkit {
  requires transitive dev.apigw.client;
  requires mockwebserver3;
  requires static transitive org.junit.jupiter.api;
  requires com.fasterxml.jackson.core;
  requires com.fasterxml.jackson.dataformat.yaml;
  requires org.yaml.snakeyaml;
  requires java.logging;

  exports dev.apigw.testkit;
}
