package dev.apigw.testkit.internal.handlers;

/** The operations on one kind of resource; it registers each under the service's name for it. */
interface KindHandler {
  void register(OperationTable table);
}
