/**
 * The service's rules, one class each, named after what they hold. {@link RuleTable} lists, for
 * each kind of resource, the checks the service makes on what is sent and the defaults it fills in.
 *
 * <ul>
 *   <li>{@code *Rule}: a check, such as {@link RouteKeyRule} (what a route key may be) or {@link
 *       UniqueMemberRule} (a route key, a stage name or a model name used once per parent).
 *   <li>{@code *Defaults}: what the service fills in on a kind, such as {@link StageDefaults}.
 *   <li>{@link AutoDeployRule}: the deployments that stages with {@code autoDeploy} get.
 * </ul>
 *
 * <p>The store applies the table to every create, update and replacement, whichever operation makes
 * it. A rule of one operation alone, such as quick create's, is in the handler of its kind.
 */
@NullMarked
package dev.apigw.testkit.internal.rules;

import org.jspecify.annotations.NullMarked;
