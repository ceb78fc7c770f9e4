package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceKind;
import dev.apigw.testkit.internal.store.ResourceStore;
import java.util.HashMap;
import java.util.Map;

/** The handler of each operation, by the operation's name, as the kinds' handlers register them. */
final class OperationTable {
  private final Map<String, OperationHandler> byName = new HashMap<>();
  private final ResourceStore store;
  private final StandardOperations standard;

  OperationTable(ResourceStore store, StandardOperations standard) {
    this.store = store;
    this.standard = standard;
  }

  void on(String operation, OperationHandler handler) {
    if (byName.putIfAbsent(operation, handler) != null) {
      throw new IllegalStateException(operation + " has two handlers");
    }
  }

  /**
   * Registers an operation that makes several resources. The others check all they need before they
   * change anything; when one of these fails half way, the state is put back as it was.
   */
  void onAllOrNothing(String operation, OperationHandler handler) {
    on(
        operation,
        in -> {
          Resource before = store.copyOfRoot();
          try {
            return handler.handle(in);
          } catch (RuntimeException e) {
            store.restoreRoot(before);
            throw e;
          }
        });
  }

  /** Registers operations of {@code kind} that work as {@link StandardOperations} do. */
  Standard standard(ResourceKind kind) {
    return new Standard(kind);
  }

  OperationHandler handlerOf(String operation) {
    OperationHandler handler = byName.get(operation);
    if (handler == null) {
      throw new IllegalStateException("The emulator has no handler for " + operation);
    }
    return handler;
  }

  /** The standard operations of one kind, each under the name the service gives it. */
  final class Standard {
    private final ResourceKind kind;

    private Standard(ResourceKind kind) {
      this.kind = kind;
    }

    Standard create(String operation) {
      on(operation, in -> standard.create(in, kind));
      return this;
    }

    Standard get(String operation) {
      on(operation, standard::get);
      return this;
    }

    Standard list(String operation) {
      on(operation, in -> standard.list(in, kind));
      return this;
    }

    Standard update(String operation) {
      on(operation, standard::update);
      return this;
    }

    Standard replace(String operation) {
      on(operation, standard::replace);
      return this;
    }

    Standard delete(String operation) {
      on(operation, standard::delete);
      return this;
    }
  }
}
