package io.scimitar.examples;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Settles the admin credential as the server starts. A {@code --admin-token} is the credential
 * (and replaces a stored one, which is how a forgotten credential is reset); without it the
 * stored hash is used, and on a first start a token is generated, to be printed once. The hash
 * is kept in the credential file when there is one (readable only by its owner), so the
 * credential survives restarts; the token itself is never written anywhere.
 *
 * @param credential the credential the admin API and the console's sign-in accept
 * @param generatedToken the token generated on this start, to be shown once, or null
 * @param file where the hash is kept, or null when it lives only as long as the process
 */
record AdminCredentialAtStart(AdminCredential credential, String generatedToken, Path file) {

  /**
   * Reads, writes or creates the credential.
   *
   * @throws UncheckedIOException when the file cannot be read or written
   * @throws IllegalArgumentException when the file holds no credential
   */
  static AdminCredentialAtStart settle(Path file, String givenToken) {
    try {
      if (givenToken != null) {
        AdminCredential stored = file == null ? null : read(file);
        if (stored != null && stored.accepts(givenToken)) {
          return new AdminCredentialAtStart(stored, null, file);
        }
        AdminCredential given = AdminCredential.of(givenToken);
        write(file, given);
        return new AdminCredentialAtStart(given, null, file);
      }
      AdminCredential stored = file == null ? null : read(file);
      if (stored != null) {
        return new AdminCredentialAtStart(stored, null, file);
      }
      String token = AdminCredential.generateToken();
      AdminCredential generated = AdminCredential.of(token);
      write(file, generated);
      return new AdminCredentialAtStart(generated, token, file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the admin credential in " + file, e);
    }
  }

  private static AdminCredential read(Path file) throws IOException {
    if (!Files.exists(file)) {
      return null;
    }
    try {
      return AdminCredential.decode(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + " holds no admin credential: " + e.getMessage()
          + "; delete it, or start with --admin-token to replace it", e);
    }
  }

  /** Writes a temporary file with owner-only permissions, then moves it over the old one. */
  private static void write(Path file, AdminCredential credential) throws IOException {
    if (file == null) {
      return;
    }
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temporary = FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
        ? Files.createTempFile(directory, ".admin", ".tmp",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
        : Files.createTempFile(directory, ".admin", ".tmp");
    try {
      Files.writeString(temporary, credential.encode() + "\n", StandardCharsets.UTF_8);
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
