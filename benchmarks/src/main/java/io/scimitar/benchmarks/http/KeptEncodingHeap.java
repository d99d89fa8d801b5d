package io.scimitar.benchmarks.http;

import io.scimitar.core.json.ScimJson;
import io.scimitar.core.schema.SchemaRegistry;
import io.scimitar.core.service.AttributeSelection;
import io.scimitar.core.service.ScimCall;
import io.scimitar.core.service.ScimService;
import io.scimitar.core.service.ServiceConfig;
import io.scimitar.core.spi.RequestContext;
import io.scimitar.store.memory.MemoryStorage;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * What the encodings a memory store's resources keep cost in heap: the load server's users are
 * seeded, the heap measured after GC, every user read three times as a {@code GET} without
 * parameters reads it, and the heap measured again. Prints, per kind of user, the response size
 * and the heap kept per user.
 *
 * <pre>java -cp benchmarks.jar io.scimitar.benchmarks.http.KeptEncodingHeap [USERS]</pre>
 */
public final class KeptEncodingHeap {
  private static final String BASE_URL = "http://127.0.0.1:8090/scim/v2";

  private KeptEncodingHeap() {}

  /** Runs the measurement; the argument is the number of users of each kind (10,000). */
  public static void main(String[] args) throws InterruptedException {
    int users = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    SchemaRegistry registry = SchemaRegistry.builder().withBuiltIns().build();
    ScimService service =
        new ScimService(registry, new MemoryStorage(registry), ServiceConfig.defaults());
    ScimCall reads = new ScimCall(RequestContext.of(HttpLoadServer.READ_TENANT, "key"), BASE_URL);
    ScimCall writes = new ScimCall(RequestContext.of(HttpLoadServer.WRITE_TENANT, "key"), BASE_URL);
    LoadData data = LoadData.seed(service, reads, writes, users);
    ScimJson json = new ScimJson(service.config().json());

    measure("RFC 7643 enterprise users", data.readUserIds(), service, reads, json);
    measure("IdP-shaped users", data.readSmallUserIds(), service, reads, json);
  }

  private static void measure(String kind, List<String> ids, ScimService service, ScimCall call,
      ScimJson json) throws InterruptedException {
    long before = heapAfterGc();
    long responseBytes = 0;
    for (int read = 0; read < 3; read++) {
      for (String id : ids) {
        byte[] body = json.write(
            service.get(call, "User", id, AttributeSelection.DEFAULT).content());
        if (read == 0) {
          responseBytes += body.length;
        }
      }
    }
    long after = heapAfterGc();
    System.out.printf("%s: response %.0f bytes, heap kept %.0f bytes per user%n", kind,
        responseBytes / (double) ids.size(), (after - before) / (double) ids.size());
  }

  /** The least heap in use over a few collections, so that a late finalizer does not count. */
  private static long heapAfterGc() throws InterruptedException {
    long least = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      Thread.sleep(200);
      least = Math.min(least,
          ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return least;
  }
}
