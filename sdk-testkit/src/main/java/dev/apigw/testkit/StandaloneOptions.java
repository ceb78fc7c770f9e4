package dev.apigw.testkit;

import dev.apigw.core.auth.Credentials;
import dev.apigw.testkit.internal.FlagDurations;
import dev.apigw.testkit.internal.RequestLimits;
import dev.apigw.testkit.internal.constraints.QuotaOption;
import java.io.PrintStream;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The standalone emulator's flags, read into a builder: what {@code --help} lists. */
final class StandaloneOptions {
  final ApiGatewayV2Emulator.Builder builder = ApiGatewayV2Emulator.builder();

  /** The provisionings to fail, in the order given; a kind may come more than once. */
  final List<Map.Entry<ProvisionedKind, String>> failures = new ArrayList<>();

  boolean help;

  private StandaloneOptions() {}

  /** The options {@code args} give; an IllegalArgumentException for one it cannot read. */
  static StandaloneOptions parse(String[] args) {
    StandaloneOptions options = new StandaloneOptions();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (arg) {
        case "--port":
          options.builder.port(Integer.parseInt(required(arg, value)));
          i++;
          break;
        case "--region":
          options.builder.region(required(arg, value));
          i++;
          break;
        case "--credentials":
          {
            String pair = required(arg, value);
            int colon = pair.indexOf(':');
            if (colon <= 0 || colon == pair.length() - 1) {
              throw new IllegalArgumentException("--credentials takes ACCESS_KEY_ID:SECRET");
            }
            options.builder.credentials(
                Credentials.of(pair.substring(0, colon), pair.substring(colon + 1)));
            i++;
            break;
          }
        case "--seed":
          options.builder.idSeed(Long.parseLong(required(arg, value)));
          i++;
          break;
        case "--clock-skew":
          options.builder.clockSkew(duration(arg, required(arg, value)));
          i++;
          break;
        case "--provisioning-time":
          options.builder.provisioningTime(FlagDurations.parse(arg, required(arg, value)));
          i++;
          break;
        case "--fail-next-provisioning":
          {
            String failure = required(arg, value);
            options.failures.add(
                new SimpleImmutableEntry<>(
                    provisionedKind(failure), failure.substring(failure.indexOf(':') + 1)));
          }
          i++;
          break;
        case "--quota":
          {
            Map.Entry<Quota, Integer> quota = QuotaOption.parse(required(arg, value));
            options.builder.quota(quota.getKey(), quota.getValue());
          }
          i++;
          break;
        case "--request-timeout":
          options.builder.requestTimeout(FlagDurations.parse(arg, required(arg, value)));
          i++;
          break;
        case "--idle-timeout":
          options.builder.idleTimeout(FlagDurations.parse(arg, required(arg, value)));
          i++;
          break;
        case "--help":
          options.help = true;
          return options;
        default:
          throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    return options;
  }

  private static ProvisionedKind provisionedKind(String failure) {
    int colon = failure.indexOf(':');
    try {
      if (colon > 0 && colon < failure.length() - 1) {
        return ProvisionedKind.valueOf(failure.substring(0, colon));
      }
    } catch (IllegalArgumentException e) {
      // told below
    }
    throw new IllegalArgumentException(
        "--fail-next-provisioning takes KIND:MESSAGE, KIND one of "
            + Arrays.toString(ProvisionedKind.values()));
  }

  private static String required(String option, @Nullable String value) {
    if (value == null) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return value;
  }

  private static Duration duration(String option, String value) {
    try {
      return Duration.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(option + " takes an ISO-8601 duration such as PT1H", e);
    }
  }

  static void usage(PrintStream out) {
    String flags =
        "[--port N] [--region R] [--credentials ACCESS_KEY_ID:SECRET]... [--seed S]"
            + " [--clock-skew DURATION] [--provisioning-time DURATION]"
            + " [--fail-next-provisioning KIND:MESSAGE]... [--quota NAME=VALUE]..."
            + " [--request-timeout DURATION] [--idle-timeout DURATION] [--help]";
    out.println("usage: java -jar sdk-testkit-<version>-standalone.jar " + flags);
    out.println("   or: java -cp <classpath> dev.apigw.testkit.ApiGatewayV2Emulator " + flags);
    out.println(
        "  --port N  the port to listen on, on 127.0.0.1 (0, the default: any free port; the first"
            + " line printed says which)");
    out.println("  --region R  the region it answers as (default us-east-1)");
    out.println(
        "  --credentials ACCESS_KEY_ID:SECRET  a key pair whose SigV4 signatures it accepts"
            + " (repeatable); with none, any well-formed signature is accepted");
    out.println("  --seed S  the seed of the generated ids, for a repeatable sequence");
    out.println(
        "  --clock-skew DURATION  runs its clock this far from yours (ISO-8601: PT1H, -PT20M)");
    out.println(
        "  --provisioning-time DURATION  how long VPC links, portal publishing and previews,"
            + " domain names and WebSocket deployments stay in progress (5s, 500ms, 2m or ISO-8601"
            + " PT5S; 0 by default: until the next call)");
    out.println(
        "  --fail-next-provisioning KIND:MESSAGE  the next provisioning of KIND ("
            + Arrays.stream(ProvisionedKind.values())
                .map(ProvisionedKind::name)
                .collect(Collectors.joining(", "))
            + ") fails with MESSAGE");
    out.println(
        "  --request-timeout DURATION  how long a request may take to come whole, from its first"
            + " byte; a slower connection is closed (default "
            + RequestLimits.REQUEST_TIMEOUT.toSeconds()
            + "s)");
    out.println(
        "  --idle-timeout DURATION  how long a connection may stay open with no request coming;"
            + " it is closed then (default "
            + RequestLimits.IDLE_TIMEOUT.toSeconds()
            + "s)");
    out.println(
        "  request limits (fixed): a body of at most "
            + RequestLimits.MAX_BODY_BYTES
            + " bytes (larger: 413 "
            + RequestLimits.BODY_TOO_LARGE_TYPE
            + ", the rest unread), a request line and headers of at most "
            + RequestLimits.MAX_HEAD_BYTES
            + " bytes; JSON and YAML bodies nested at most "
            + RequestLimits.MAX_NESTING_DEPTH
            + " levels, numbers of at most "
            + RequestLimits.MAX_NUMBER_LENGTH
            + " characters (beyond: 400 BadRequestException)");
    out.println("  --quota NAME=VALUE  sets a quota; the quotas (NAME: the service's default):");
    for (Quota quota : Quota.values()) {
      out.println("    " + quota.name() + ": " + quota.defaultLimit());
    }
    out.println("  --help  prints this and exits");
  }
}
