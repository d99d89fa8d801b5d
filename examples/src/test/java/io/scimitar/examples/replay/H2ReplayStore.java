package io.scimitar.examples.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** An H2 database in files of a new temporary directory, the example server's default kind. */
final class H2ReplayStore implements ReplayStore {
  private Path directory;

  @Override
  public List<String> open() throws IOException {
    directory = Files.createTempDirectory("scimitar-replay-h2");
    return List.of("--store", "h2:" + directory.resolve("scimitar"));
  }

  @Override
  public void close() throws IOException {
    if (directory == null) {
      return;
    }
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
    directory = null;
  }

  @Override
  public String toString() {
    return "h2";
  }
}
