package org.alliancecompact.confluence.storage;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Hands out the store's current {@link StoreSnapshot}: one small read of the store's version per call,
 * and a full read only when something was stored since (here or on another cluster node). Pages and
 * REST reads use it; writes and the checks they make go to the store itself, in their transaction.
 */
public final class StoreSnapshots {

    private final CompactStore store;
    private final AtomicReference<StoreSnapshot> latest = new AtomicReference<>();

    public StoreSnapshots(CompactStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    /**
     * The snapshot for the store's version now. Inside a transaction that has stored something this is a
     * snapshot of what that transaction sees; its version token is new, and never seen again if the
     * transaction rolls back, so no other reader is ever handed it as current.
     */
    public StoreSnapshot current() {
        return store.inTransaction(() -> {
            // version first: data read after it can only be as new or newer, never older
            String version = store.version();
            StoreSnapshot known = latest.get();
            if (known != null && known.version().equals(version)) {
                return known;
            }
            StoreSnapshot fresh = StoreSnapshot.read(version, store);
            latest.set(fresh);
            return fresh;
        });
    }
}
