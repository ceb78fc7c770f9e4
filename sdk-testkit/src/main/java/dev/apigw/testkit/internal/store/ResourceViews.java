package dev.apigw.testkit.internal.store;

import dev.apigw.testkit.internal.ApiError;
import dev.apigw.testkit.internal.CallInput;
import dev.apigw.testkit.internal.JsonTree;
import dev.apigw.testkit.internal.ModelIndex;
import dev.apigw.testkit.internal.OperationBinding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Resources as the service answers with them: one resource as an output shape, or a page of the
 * children of one kind with the paging members ({@code maxResults}, {@code nextToken}).
 */
public final class ResourceViews {
  static final int DEFAULT_PAGE_SIZE = 100;

  private final ModelIndex model;
  private final PageTokens tokens;

  public ResourceViews(ModelIndex model, long seed) {
    this.model = model;
    this.tokens = new PageTokens(seed);
  }

  /** The members of {@code shape} that the resource has, as the service returns them. */
  public Map<String, Object> view(Resource resource, @Nullable String shape) {
    Map<String, Object> view = new LinkedHashMap<>();
    if (shape == null) {
      return view;
    }
    for (String wireName : model.bodyWireNames(shape)) {
      Object value = resource.fields().get(wireName);
      if (value != null) {
        view.put(wireName, JsonTree.copy(value));
      }
    }
    return view;
  }

  /** A page of the children of one kind, with the operation's paging members. */
  public Map<String, Object> page(CallInput in, ResourceKind kind, Resource parent) {
    String collection = in.operation().name() + ":" + String.join("/", in.labels().values());
    List<Resource> all = parent.children(kind);
    int limit = pageSizeLimit(in.operation());
    int size = Math.min(DEFAULT_PAGE_SIZE, limit);
    String maxResults = in.query("maxResults");
    if (maxResults != null) {
      try {
        size = Integer.parseInt(maxResults.trim());
      } catch (NumberFormatException e) {
        size = -1;
      }
      if (size < 1 || size > limit) {
        throw ApiError.badRequest(
            "maxResults must be a number between 1 and " + limit + ": " + maxResults);
      }
    }
    String nextToken = in.query("nextToken");
    int from = nextToken == null || nextToken.isEmpty() ? 0 : tokens.offset(collection, nextToken);
    Map<String, Object> listMember = listMember(in.operation().output());
    String itemShape = (String) model.shape((String) listMember.get("target")).get("member");
    List<Object> items = new ArrayList<>();
    for (int i = from; i < Math.min(all.size(), from + size); i++) {
      items.add(view(all.get(i), itemShape));
    }
    Map<String, Object> page = new LinkedHashMap<>();
    page.put((String) listMember.get("wireName"), items);
    if (from + size < all.size()) {
      page.put("nextToken", tokens.token(collection, from + size));
    }
    return page;
  }

  /** The largest page an operation serves: its {@code MaxResults} shape's maximum, else 500. */
  private int pageSizeLimit(OperationBinding operation) {
    Map<String, Object> member = model.members(operation.input()).get("MaxResults");
    Object max = member == null ? null : model.shape((String) member.get("target")).get("max");
    return max instanceof Number ? ((Number) max).intValue() : 500;
  }

  /** The one list member of a list operation's output: {@code items}, or {@code routingRules}. */
  private Map<String, Object> listMember(@Nullable String listOutput) {
    for (Map<String, Object> member : model.members(listOutput).values()) {
      if ("list".equals(model.shape((String) member.get("target")).get("type"))) {
        return member;
      }
    }
    throw new IllegalStateException(listOutput + " has no list member");
  }
}
