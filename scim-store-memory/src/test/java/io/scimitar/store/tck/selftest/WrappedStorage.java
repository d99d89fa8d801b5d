package io.scimitar.store.tck.selftest;

import io.scimitar.core.spi.MembershipReader;
import io.scimitar.core.spi.ResourceStore;
import io.scimitar.core.spi.Storage;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** A storage whose stores (and membership index) are wrapped around another storage's. */
final class WrappedStorage implements Storage {
  private final Storage delegate;
  private final UnaryOperator<ResourceStore> wrapper;
  private final MembershipReader memberships;

  WrappedStorage(
      Storage delegate, UnaryOperator<ResourceStore> wrapper, MembershipReader memberships) {
    this.delegate = delegate;
    this.wrapper = wrapper;
    this.memberships = memberships;
  }

  /** Wraps the stores only; the membership index is the delegate's. */
  static WrappedStorage stores(Storage delegate, UnaryOperator<ResourceStore> wrapper) {
    return new WrappedStorage(delegate, wrapper, delegate.memberships());
  }

  @Override
  public Optional<ResourceStore> store(String resourceType) {
    return delegate.store(resourceType).map(wrapper);
  }

  @Override
  public MembershipReader memberships() {
    return memberships;
  }
}
