package dev.apigw.testkit.internal.rules;

import dev.apigw.testkit.internal.ApiError;
import dev.apigw.testkit.internal.store.ProposedChange;
import dev.apigw.testkit.internal.store.Resource;
import org.jspecify.annotations.Nullable;

/**
 * A member no two resources of a kind under the same parent may share, such as a route's key within
 * its API; breaking it is a {@code ConflictException} with the message of {@link UniqueMembers}.
 */
final class UniqueMemberRule implements FieldRule {
  private final String member;
  private final @Nullable Object whenAbsentOnCreate;

  UniqueMemberRule(String member) {
    this(member, null);
  }

  /**
   * {@code whenAbsentOnCreate}: the value a create that does not send the member counts as having,
   * for a member the service defaults (an API mapping's key is then empty).
   */
  UniqueMemberRule(String member, @Nullable Object whenAbsentOnCreate) {
    this.member = member;
    this.whenAbsentOnCreate = whenAbsentOnCreate;
  }

  @Override
  public void check(ProposedChange change) {
    Object value = change.body().get(member);
    if (value == null && change.isCreate()) {
      value = whenAbsentOnCreate;
    }
    if (value == null) {
      return;
    }
    for (Resource sibling : change.parent().children(change.kind())) {
      if (sibling != change.existing() && value.equals(sibling.fields().get(member))) {
        throw ApiError.conflict(UniqueMembers.message(change.kind(), member, value));
      }
    }
  }
}
