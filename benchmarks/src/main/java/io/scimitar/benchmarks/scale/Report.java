package io.scimitar.benchmarks.scale;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The Markdown report of a scale run: machine facts, notes in order, timing tables. */
final class Report {
  private final StringBuilder text = new StringBuilder();

  Report(String store) {
    var runtime = ManagementFactory.getRuntimeMXBean();
    text.append("# Scale run: ").append(store).append(" store\n\n")
        .append("- started: ").append(Instant.now()).append('\n')
        .append("- JVM: ").append(runtime.getVmName()).append(' ').append(runtime.getVmVersion())
        .append(", max heap ").append(Runtime.getRuntime().maxMemory() >> 20).append(" MiB, ")
        .append(Runtime.getRuntime().availableProcessors()).append(" processors\n")
        .append("- JVM arguments: ").append(runtime.getInputArguments()).append('\n')
        .append("- load average at start: ").append(loadAverage()).append('\n');
  }

  /** The one-, five- and fifteen-minute load averages. */
  static String loadAverage() {
    try {
      List<String> fields = List.of(Files.readString(Path.of("/proc/loadavg")).trim().split(" +"));
      return String.join(" ", fields.subList(0, 3));
    } catch (IOException e) {
      return "unknown";
    }
  }

  /** A line of what happened. */
  void note(String line) {
    System.out.println(line);
    text.append("- ").append(line).append('\n');
  }

  /** A table of timings. */
  void timings(List<Timing> timings) {
    text.append('\n').append(Timing.header()).append('\n');
    timings.forEach(timing -> text.append(timing.row()).append('\n'));
    text.append('\n');
  }

  String text() {
    return text.toString();
  }
}
