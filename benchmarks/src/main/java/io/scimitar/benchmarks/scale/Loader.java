package io.scimitar.benchmarks.scale;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.resource.ScimResource;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.core.spi.ResourceStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Loads resources through a store's own {@link ResourceStore#create}, one resource per call, on
 * a few threads (as concurrent provisioning requests would), and reports the time taken.
 */
final class Loader {
  private final RequestContext context;
  private final int threads;

  Loader(RequestContext context, int threads) {
    this.context = context;
    this.threads = threads;
  }

  /**
   * Creates resources {@code from} (inclusive) to {@code to} (exclusive), skipping those that
   * already exist (an interrupted earlier load), and counts the skipped ones.
   *
   * @return the elapsed time in milliseconds
   */
  long load(ResourceStore store, int from, int to, IntFunction<ScimResource> resource,
      AtomicInteger skipped) throws Exception {
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = from + t;
        done.add(pool.submit(() -> {
          for (int i = first; i < to; i += threads) {
            try {
              store.create(context, resource.apply(i));
            } catch (ScimException e) {
              if (e.status() != 409) {
                throw e;
              }
              skipped.incrementAndGet();
            }
          }
          return null;
        }));
      }
      for (Future<?> part : done) {
        part.get();
      }
    } finally {
      pool.shutdown();
    }
    return (System.nanoTime() - start) / 1_000_000;
  }
}
