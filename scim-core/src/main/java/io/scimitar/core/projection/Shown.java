package io.scimitar.core.projection;

import com.fasterxml.jackson.databind.JsonNode;
import io.scimitar.core.json.JsonSink;
import java.io.IOException;

/**
 * What a projection shows of one member's value. A {@link Projection} decides it once per member
 * name, from the parameters and the schema, and then applies it to every value under that name,
 * either as a copy ({@link #copy}) or straight into a response ({@link #write}); both give the
 * same JSON. Immutable.
 */
sealed interface Shown permits Shown.Nothing, Shown.Verbatim, ComplexValues, ExtensionMembers {
  /**
   * The shown part of {@code value} as a new tree sharing no object or array with it, or null
   * when nothing of it is shown.
   */
  JsonNode copy(JsonNode value);

  /** Whether anything of {@code value} is shown, that is, whether {@link #copy} is not null. */
  boolean showsAnything(JsonNode value);

  /** Writes what {@link #copy} would return; only called when {@link #showsAnything} is true. */
  void write(JsonSink out, JsonNode value) throws IOException;

  /** A member that is never shown, such as {@code password}. */
  enum Nothing implements Shown {
    INSTANCE;

    @Override
    public JsonNode copy(JsonNode value) {
      return null;
    }

    @Override
    public boolean showsAnything(JsonNode value) {
      return false;
    }

    @Override
    public void write(JsonSink out, JsonNode value) {
      throw new IllegalStateException("nothing of this member is shown");
    }
  }

  /** A member shown as it is: a simple attribute, or one the schema does not define. */
  enum Verbatim implements Shown {
    INSTANCE;

    @Override
    public JsonNode copy(JsonNode value) {
      return value.deepCopy();
    }

    @Override
    public boolean showsAnything(JsonNode value) {
      return true;
    }

    @Override
    public void write(JsonSink out, JsonNode value) throws IOException {
      out.value(value);
    }
  }
}
