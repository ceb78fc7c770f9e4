package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.Answer;
import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ResourceStore;
import dev.apigw.testkit.internal.store.ResourceViews;
import java.util.function.Consumer;

/**
 * The operations most kinds have, done the same way for each: create, get one, list a page, update
 * as PATCH, replace as PUT and delete. The resource is the one the call's URI labels name; the
 * answer is the operation's output shape.
 */
final class StandardOperations {
  private final ResourceStore store;
  private final ResourceViews views;

  StandardOperations(ResourceStore store, ResourceViews views) {
    this.store = store;
    this.views = views;
  }

  Answer create(CallInput in, ResourceKind kind) {
    return create(in, kind, created -> {});
  }

  /**
   * Creates as {@link #create(CallInput, ResourceKind)} does, {@code then} run before answering.
   */
  Answer create(CallInput in, ResourceKind kind, Consumer<Resource> then) {
    Resource parent = store.resolve(in);
    Resource resource = store.create(kind, parent, in.declaredBody());
    then.accept(resource);
    return created(in, resource);
  }

  Answer get(CallInput in) {
    return Answer.json(200, views.view(store.resolve(in), in.operation().output()));
  }

  Answer list(CallInput in, ResourceKind kind) {
    return Answer.json(200, views.page(in, kind, store.resolve(in)));
  }

  Answer update(CallInput in) {
    return update(in, updated -> {});
  }

  /** Updates as {@link #update(CallInput)} does, {@code then} run before answering. */
  Answer update(CallInput in, Consumer<Resource> then) {
    Resource resource = store.resolve(in);
    store.update(resource, in.declaredBody());
    then.accept(resource);
    return updated(in, resource);
  }

  Answer replace(CallInput in) {
    Resource resource = store.resolve(in);
    store.replace(resource, in.declaredBody(), in.bodyMembers());
    return updated(in, resource);
  }

  /** Removes the resource and all below it; its parent counts as changed. */
  Answer delete(CallInput in) {
    Resource resource = store.resolve(in);
    Resource parent = resource.parent();
    store.remove(resource);
    store.changed(parent);
    return Answer.done(in);
  }

  /** The answer of an operation that changed {@code resource}: 200 and the resource. */
  Answer updated(CallInput in, Resource resource) {
    return Answer.json(200, views.view(resource, in.operation().output()));
  }

  /** The answer of an operation that made {@code resource}: the success status and the resource. */
  Answer created(CallInput in, Resource resource) {
    return Answer.json(
        in.operation().successStatus(), views.view(resource, in.operation().output()));
  }
}
