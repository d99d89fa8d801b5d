package io.scimitar.core.spi.typed;

import io.scimitar.core.spi.RequestContext;

/** Removes a deleted user or group from every group that contains it. */
@FunctionalInterface
interface MemberRemoval {

  /** Removes {@code memberId} from every group of the tenant. */
  void removeEverywhere(RequestContext context, String memberId);
}
