package io.scimitar.core.path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scimitar.core.error.ScimException;
import io.scimitar.core.error.ScimType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttributePathTest {

  @Test
  void parsesSimpleAndSubAttributePaths() {
    assertThat(AttributePath.parse("userName")).isEqualTo(AttributePath.of("userName"));
    assertThat(AttributePath.parse("name.givenName"))
        .isEqualTo(AttributePath.of("name", "givenName"));
    assertThat(AttributePath.parse("members.$ref")).isEqualTo(AttributePath.of("members", "$ref"));
  }

  @Test
  void splitsTheSchemaUrnAtTheLastColonEvenWhenTheUrnHasDots() {
    AttributePath path =
        AttributePath.parse("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:manager.value");
    assertThat(path.schema()).isEqualTo("urn:ietf:params:scim:schemas:extension:enterprise:2.0:User");
    assertThat(path.name()).isEqualTo("manager");
    assertThat(path.subAttribute()).isEqualTo("value");
    assertThat(AttributePath.parse(path.render())).isEqualTo(path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "1abc", "name.", ".name", "a b", "name.given.x", "x:name",
      "urn:a b:name", "emails[type eq \"work\"]"})
  void rejectsWhatIsNotAnAttributePath(String text) {
    assertThatThrownBy(() -> AttributePath.parse(text))
        .isInstanceOfSatisfying(ScimException.class, e -> {
          assertThat(e.status()).isEqualTo(400);
          assertThat(e.scimType()).contains(ScimType.INVALID_PATH);
        });
  }

  @Test
  void comparesNamesCaseInsensitively() {
    assertThat(AttributePath.parse("NAME.GivenName").sameAs(AttributePath.of("name", "givenName")))
        .isTrue();
    assertThat(AttributePath.parse("name").sameAs(AttributePath.of("name", "givenName"))).isFalse();
  }
}
