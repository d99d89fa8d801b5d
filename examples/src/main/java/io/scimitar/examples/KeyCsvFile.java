package io.scimitar.examples;

import io.scimitar.core.auth.IssuedScimKey;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a generated SCIM key to {@code scim-key-<id>.csv} (key id, created, token, base URL), the
 * way SaaS products hand out keys, readable only by its owner where the file system allows it.
 */
final class KeyCsvFile {
  private KeyCsvFile() {}

  /** Writes the file into {@code directory} and returns its path; never overwrites a file. */
  static Path write(Path directory, IssuedScimKey issued, String baseUrl) throws IOException {
    Path file = directory.resolve("scim-key-" + issued.key().id() + ".csv");
    String text = "key id,created,token,base URL\n"
        + issued.key().id() + "," + issued.key().created() + "," + issued.token() + ","
        + baseUrl + "\n";
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(file,
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(file);
    }
    Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    return file;
  }
}
