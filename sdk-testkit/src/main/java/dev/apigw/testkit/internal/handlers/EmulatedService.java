package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.ProvisionedKind;
import dev.apigw.testkit.internal.Answer;
import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.ModelIndex;
import dev.apigw.testkit.internal.constraints.Quotas;
import dev.apigw.testkit.internal.lifecycle.Lifecycles;
import dev.apigw.testkit.internal.rules.AutoDeployRule;
import dev.apigw.testkit.internal.rules.RuleTable;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceStore;
import dev.apigw.testkit.internal.store.ResourceViews;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Every operation of one emulated account in one region, each answered by the handler of its kind
 * of resource. Every method runs under the instance lock, so the state is thread-safe.
 */
public final class EmulatedService {
  private final ResourceStore store;
  private final OperationTable operations;
  private final Lifecycles lifecycles;

  /**
   * An empty account with these quotas; what the service provisions stays in progress for {@code
   * provisioningTime} on {@code clock} (until the next call when zero).
   */
  public EmulatedService(
      ModelIndex model,
      String region,
      Clock clock,
      long seed,
      Quotas quotas,
      Duration provisioningTime) {
    this.store = new ResourceStore(region, clock, seed, new RuleTable(), quotas);
    this.lifecycles = new Lifecycles(store, clock, provisioningTime);
    store.listen(new AutoDeployRule(store));
    StandardOperations standard = new StandardOperations(store, new ResourceViews(model, seed));
    this.operations = new OperationTable(store, standard);
    List<KindHandler> handlers =
        List.of(
            new ApisHandler(store, standard),
            new RoutesHandler(store),
            new RouteResponsesHandler(),
            new IntegrationsHandler(),
            new IntegrationResponsesHandler(),
            new AuthorizersHandler(),
            new ModelsHandler(store),
            new StagesHandler(store),
            new DeploymentsHandler(store, standard, lifecycles),
            new DomainNamesHandler(standard, lifecycles),
            new ApiMappingsHandler(),
            new RoutingRulesHandler(),
            new VpcLinksHandler(store, standard, lifecycles),
            new PortalsHandler(store, lifecycles),
            new PortalProductsHandler(store),
            new ProductPagesHandler(),
            new ProductRestEndpointPagesHandler(),
            new TagsHandler(store));
    handlers.forEach(handler -> handler.register(operations));
  }

  /** Forgets every resource and starts the id sequence over. */
  public synchronized void reset() {
    store.reset();
    lifecycles.reset();
  }

  /** Makes the next change of {@code kind} fail, with {@code statusMessage}. */
  public synchronized void failNextProvisioning(ProvisionedKind kind, String statusMessage) {
    lifecycles.failNext(kind, statusMessage);
  }

  /**
   * Answers one call whose input has been checked against the model. A call that fails leaves the
   * state as it was, as the service's operations are atomic: a quick create or an import that fails
   * half way creates nothing. What has been provisioning long enough is settled first.
   */
  public synchronized Answer handle(CallInput in) {
    lifecycles.settleDue();
    return operations.handlerOf(in.operation().name()).handle(in);
  }

  /** A copy of the whole state, for {@link #restore(Object)}. */
  public synchronized Object snapshot() {
    return store.copyOfRoot();
  }

  /**
   * Puts back a state taken by {@link #snapshot()}; the snapshot stays usable for later restores.
   */
  public synchronized void restore(Object snapshot) {
    store.restoreRoot((Resource) snapshot);
  }
}
