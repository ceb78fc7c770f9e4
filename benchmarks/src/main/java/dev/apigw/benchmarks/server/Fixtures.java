package dev.apigw.benchmarks.server;

/**
 * The names every subject and the loopback server agree on: API ids (one per canned listing), the
 * route that is updated, what CreateRoute and UpdateRoute send, and the static credentials.
 */
public final class Fixtures {
  private Fixtures() {}

  /** GetRoutes answers 25 routes (about 7 KB), no nextToken. */
  public static final String API_25 = "bench25";

  /** GetRoutes answers 500 routes in one page (about 145 KB), no nextToken. */
  public static final String API_500 = "bench500";

  /**
   * GetRoutes answers 20 pages of {@value #PAGE_SIZE} routes: no token gives page 1, nextToken
   * t1..t19 the others.
   */
  public static final String API_PAGED = "benchpaged";

  /** Every request under this API answers 404 NotFoundException. */
  public static final String API_MISSING = "missing";

  public static final int ROUTES_SMALL = 25;
  public static final int ROUTES_LARGE = 500;
  public static final int PAGES = 20;
  public static final int PAGE_SIZE = 25;

  /**
   * CreateRoute is {@code POST /v2/apis/bench25/routes}; UpdateRoute is {@code PATCH
   * .../routes/r000001}.
   */
  public static final String ROUTE_ID = "r000001";

  /** What CreateRoute sends (each subject writes these members into its own JSON body). */
  public static final String CREATE_ROUTE_KEY = "POST /pets";

  public static final String CREATE_TARGET = "integrations/i000001";
  public static final String CREATE_OPERATION_NAME = "CreatePet";
  public static final String CREATE_AUTHORIZATION_TYPE = "NONE";

  /** What UpdateRoute sends. */
  public static final String UPDATE_TARGET = "integrations/i000002";

  public static final String UPDATE_AUTHORIZATION_TYPE = "AWS_IAM";

  public static final String REGION = "us-east-1";
  public static final String ACCESS_KEY_ID = "AKIDEXAMPLE";
  public static final String SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
}
