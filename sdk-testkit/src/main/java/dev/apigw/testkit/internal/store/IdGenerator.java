package dev.apigw.testkit.internal.store;

import java.util.Random;

/** Ids in the service's format, lowercase letters and digits, from a seeded, repeatable source. */
final class IdGenerator {
  private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

  private final long seed;
  private Random random;

  IdGenerator(long seed) {
    this.seed = seed;
    this.random = new Random(seed);
  }

  synchronized String next(int length) {
    char[] id = new char[length];
    for (int i = 0; i < length; i++) {
      id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(id);
  }

  /** Starts the sequence over, as after {@link #IdGenerator(long)}. */
  synchronized void reset() {
    random = new Random(seed);
  }
}
