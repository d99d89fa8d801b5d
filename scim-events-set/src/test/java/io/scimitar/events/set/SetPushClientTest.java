package io.scimitar.events.set;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SetPushClientTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(1);

  private final SetSigningKey key = SetSigningKey.generate();
  private final SetPushClient client = new SetPushClient(TIMEOUT);
  private TestReceiver receiver;
  private SetReceiver target;

  @BeforeEach
  void start() throws IOException {
    receiver = new TestReceiver(new JWKSet(key.publicKey()));
    target = SetReceiver.of("test", "t1", receiver.endpoint());
  }

  @AfterEach
  void stop() {
    receiver.close();
  }

  @Test
  void aVerifiedSetIsAccepted() {
    PushOutcome outcome = client.push(target, token("jti-1"));

    assertThat(outcome).isEqualTo(new PushOutcome.Accepted(202));
    assertThat(receiver.problems()).isEmpty();
    assertThat(receiver.accepted()).extracting(JWTClaimsSet::getJWTID).containsExactly("jti-1");
  }

  @Test
  void aServerErrorFailsForARetry() {
    receiver.mode(TestReceiver.Mode.FAIL);

    assertThat(client.push(target, token("jti-1"))).isEqualTo(new PushOutcome.Failed("HTTP 500"));
  }

  @Test
  void invalidRequestRefusesTheSetForGood() {
    receiver.mode(TestReceiver.Mode.REFUSE);

    PushOutcome outcome = client.push(target, token("jti-1"));

    assertThat(outcome).isEqualTo(new PushOutcome.Refused("invalid_request", "not for us"));
    assertThat(outcome.settled()).isTrue();
  }

  @Test
  void aRefusedKeyIsAFaultOfTheTransmitterAndRetried() {
    receiver.mode(TestReceiver.Mode.INVALID_KEY);

    PushOutcome outcome = client.push(target, token("jti-1"));

    assertThat(outcome).isEqualTo(new PushOutcome.Failed("400 invalid_key: unknown kid"));
    assertThat(outcome.settled()).isFalse();
  }

  @Test
  void aReceiverThatNeverAnswersIsGivenUpWithinTheTimeout() {
    receiver.mode(TestReceiver.Mode.HANG);

    long start = System.nanoTime();
    PushOutcome outcome = client.push(target, token("jti-1"));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(outcome).isInstanceOf(PushOutcome.Failed.class);
    // The receiver hangs for ten minutes; a shared machine may add a little to the timeout.
    assertThat(took).isBetween(TIMEOUT, TIMEOUT.multipliedBy(5));
  }

  @Test
  void anEndlessAnswerIsReadOnlyAsFarAsNeeded() {
    receiver.mode(TestReceiver.Mode.ENDLESS);

    // Reading the whole body would run into the timeout and fail the push.
    assertThat(client.push(target, token("jti-1"))).isEqualTo(new PushOutcome.Accepted(202));
  }

  @Test
  void aReceiverThatIsDownFails() {
    receiver.stop();

    assertThat(client.push(target, token("jti-1"))).isInstanceOf(PushOutcome.Failed.class);
  }

  @Test
  void theAuthorizationHeaderIsSentWhenConfigured() {
    SetReceiver unknownHost = SetReceiver.of("x", "t1", URI.create("http://127.0.0.1:1/events"));

    assertThat(client.push(unknownHost.withAuthorization("Bearer s3cret"), token("jti-1")))
        .isInstanceOf(PushOutcome.Failed.class);
    assertThat(unknownHost.withAuthorization("Bearer s3cret").toString()).doesNotContain("s3cret");
  }

  private String token(String jti) {
    return key.sign(new JWTClaimsSet.Builder()
        .issuer("https://scim.example.com")
        .jwtID(jti)
        .build());
  }
}
