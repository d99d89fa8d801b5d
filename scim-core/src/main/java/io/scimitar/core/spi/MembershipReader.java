package io.scimitar.core.spi;

import java.util.List;

/**
 * Answers which groups contain a member, from the membership rows a group store keeps; the
 * service uses it to fill the read-only {@code User.groups} attribute.
 */
public interface MembershipReader {

  /** The groups that directly contain {@code memberId}, in a stable order. */
  List<GroupRef> groupsOf(RequestContext context, String memberId);
}
