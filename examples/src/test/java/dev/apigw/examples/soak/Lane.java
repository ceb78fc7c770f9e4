package dev.apigw.examples.soak;

import dev.apigw.testkit.ApiGatewayV2Emulator;
import dev.apigw.testkit.Fault;

/**
 * One of the soak's concurrent callers: its own operation, called again and again, and its own
 * seeded fault schedule, each fault injected just before the call that is to meet it. No other lane
 * calls that operation, so the call meets that fault on its first attempt and its retry finds none
 * waiting.
 */
final class Lane {
  private final SoakOperation operation;
  private final FaultSchedule schedule;
  private final ApiGatewayV2Emulator emulator;

  Lane(SoakOperation operation, FaultSchedule schedule, ApiGatewayV2Emulator emulator) {
    this.operation = operation;
    this.schedule = schedule;
    this.emulator = emulator;
  }

  SoakOperation operation() {
    return operation;
  }

  FaultSchedule schedule() {
    return schedule;
  }

  /** Injects the fault the schedule has for the lane's next call, if any. */
  void prepareNextCall() {
    Fault fault = schedule.next();
    if (fault != null) {
      emulator.inject(operation.name(), 1, fault);
    }
  }
}
