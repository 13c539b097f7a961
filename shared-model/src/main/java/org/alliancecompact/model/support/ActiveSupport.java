package org.alliancecompact.model.support;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which support is running: a provider is assigned and the work is not yet completed. While it runs the
 * provider may see the recipient's register row (Oldham data-sharing 3.3); afterwards it may not.
 */
public final class ActiveSupport {

    private ActiveSupport() {}

    public static boolean isActive(SupportRequest request) {
        return request.providerMemberId() != null
                && (request.status() == RequestStatus.ASSIGNED || request.status() == RequestStatus.IN_PROGRESS);
    }

    /** The organisations {@code providerMemberId} is currently supporting. */
    public static Set<String> recipientsOf(String providerMemberId, Collection<SupportRequest> requests) {
        return requests.stream()
                .filter(ActiveSupport::isActive)
                .filter(r -> r.providerMemberId().equals(providerMemberId))
                .map(SupportRequest::requesterMemberId)
                .collect(Collectors.toUnmodifiableSet());
    }
}
