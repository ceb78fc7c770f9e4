package dev.apigw.testkit.internal.handlers;

import dev.apigw.testkit.internal.Answer;
import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.JsonTree;
import dev.apigw.testkit.internal.Maps;
import dev.apigw.testkit.internal.store.Arns;
import dev.apigw.testkit.internal.store.Resource;
import dev.apigw.testkit.internal.store.ResourceStore;
import java.util.LinkedHashMap;
import java.util.Map;

/** The tags of any resource, found by its ARN ({@code store.Arns}). */
final class TagsHandler implements KindHandler {
  private final ResourceStore store;

  TagsHandler(ResourceStore store) {
    this.store = store;
  }

  @Override
  public void register(OperationTable table) {
    table.on("GetTags", in -> Answer.json(200, Map.of("tags", JsonTree.copy(tagsOf(in)))));
    table.on("TagResource", this::tagResource);
    table.on("UntagResource", this::untagResource);
  }

  private Answer tagResource(CallInput in) {
    Map<String, Object> tags = tagsOf(in);
    Object added = in.body().get("tags");
    if (added instanceof Map) {
      tags.putAll(Maps.of(added));
    }
    return Answer.done(in);
  }

  private Answer untagResource(CallInput in) {
    Map<String, Object> tags = tagsOf(in);
    in.queryValues("tagKeys").forEach(tags::remove);
    return Answer.done(in);
  }

  /** The tags of the resource the call's ARN names; a resource without tags gets an empty map. */
  private Map<String, Object> tagsOf(CallInput in) {
    Resource resource = Arns.find(store.root(), store.region(), in.label("resource-arn"));
    Object tags = resource.fields().get("tags");
    if (!(tags instanceof Map)) {
      tags = new LinkedHashMap<String, Object>();
      resource.fields().put("tags", tags);
    }
    return Maps.of(tags);
  }
}
