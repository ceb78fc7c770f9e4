/**
 * The types of the API Gateway V2 model, generated from AWS's model: requests, results, structures,
 * enumerations and exceptions. Its codecs ({@code dev.apigw.model.internal}) are for the client
 * alone.
 */
module dev.apigw.model {
  requires transitive dev.apigw.core;
  requires com.fasterxml.jackson.core;

  exports dev.apigw.model;
  exports dev.apigw.model.internal to
      dev.apigw.client;

  // The model package holds the endpoint rule set and the service model as resources, which the
  // core (the endpoint rules) and the testkit (the model) read through their class loaders: a
  // class loader finds a named module's resource only in a package opened to all.
  opens dev.apigw.model;
}
