package dev.apigw.core.credentials.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.apigw.core.auth.Credentials;
import dev.apigw.core.auth.CredentialsProvider;
import dev.apigw.core.exception.SdkClientException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CredentialsChainTest {
  private static CredentialsProvider failing(
      String name, RuntimeException failure, AtomicInteger calls) {
    return new CredentialsProvider() {
      @Override
      public Credentials resolveCredentials() {
        calls.incrementAndGet();
        throw failure;
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }

  @Test
  void theFirstSourceThatAnswersWinsAndIsAskedDirectlyFromThenOn() {
    AtomicInteger firstCalls = new AtomicInteger();
    AtomicInteger secondCalls = new AtomicInteger();
    CredentialsChain chain =
        CredentialsChain.of(
            List.of(
                failing("First", new SdkClientException("nothing here"), firstCalls),
                () -> {
                  secondCalls.incrementAndGet();
                  return Credentials.of("AKID", "secret");
                }));
    assertThat(chain.resolveCredentials().accessKeyId()).isEqualTo("AKID");
    assertThat(chain.resolveCredentials().accessKeyId()).isEqualTo("AKID");
    assertThat(firstCalls).hasValue(1);
    assertThat(secondCalls).hasValue(2);
  }

  @Test
  void whenNothingAnswersTheFailureListsEverySourceAndNoForeignMessage() {
    AtomicInteger calls = new AtomicInteger();
    CredentialsChain chain =
        CredentialsChain.of(
            List.of(
                failing("Props", new SdkClientException("aws.accessKeyId is not set"), calls),
                failing("Foreign", new IllegalStateException("secret=wJalrXUtnFEMI"), calls)));
    assertThatThrownBy(chain::resolveCredentials)
        .isInstanceOf(SdkClientException.class)
        .hasMessageContaining("Props: aws.accessKeyId is not set")
        .hasMessageContaining("Foreign: failed with java.lang.IllegalStateException")
        .hasMessageNotContaining("wJalrXUtnFEMI");
  }

  @Test
  void anEmptyOrNullListIsRefused() {
    assertThatThrownBy(() -> CredentialsChain.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CredentialsChain.of(null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
