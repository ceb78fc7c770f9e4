/**
 * The blocking and asynchronous clients of the API Gateway V2 management API, with their paginators
 * and waiters. {@code dev.apigw.client.internal} holds the operations' bindings the clients run,
 * and is not exported.
 */
module dev.apigw.client {
  requires transitive dev.apigw.model;
  requires com.fasterxml.jackson.core;

  exports dev.apigw.client;
}
