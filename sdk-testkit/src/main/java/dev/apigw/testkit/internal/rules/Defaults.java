package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ServiceFacts;

/** The members the service fills in on the resources of one kind. */
@FunctionalInterface
interface Defaults {
  Defaults NONE = (created, facts) -> {};

  /** On create, once the members sent are stored. */
  void onCreate(Resource created, ServiceFacts facts);

  /** After an update or a replacement; nothing unless a kind says otherwise. */
  default void onUpdate(Resource updated, ServiceFacts facts) {}
}
