package dev.apigw.testkit.internal.constraints;

/**
 * A limit the service's documentation states but the model's types do not carry: where it applies,
 * the bounds, and the fact of the documentation it comes from. Immutable.
 *
 * <p>{@code place} is a shape name ({@code StringWithLengthBetween1And128}: every value of that
 * shape), a structure's member ({@code CreateStageRequest.StageName}: that member's value, a list
 * or a map counted by its entries) or a map shape's keys or values ({@code Tags#key}, {@code
 * Tags#value}). An entry for a member or a map's keys or values takes the place of one for their
 * shape.
 */
public final class DocumentedLimit {
  private final String place;
  private final Constraint constraint;
  private final String fact;

  DocumentedLimit(String place, Constraint constraint, String fact) {
    this.place = place;
    this.constraint = constraint;
    this.fact = fact;
  }

  public String place() {
    return place;
  }

  public Constraint constraint() {
    return constraint;
  }

  /** What the service's documentation says, in our words, and where. */
  public String fact() {
    return fact;
  }

  @Override
  public String toString() {
    return place + ": " + fact;
  }
}
