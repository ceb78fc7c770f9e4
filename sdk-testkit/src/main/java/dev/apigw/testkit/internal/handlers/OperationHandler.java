package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.Answer;
import dev.apigw.testkit.internal.CallInput;

/** How the service answers one operation. */
@FunctionalInterface
interface OperationHandler {
  Answer handle(CallInput in);
}
