package org.alliancecompact.model.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The plugin's JSON settings for the REST contract's DTOs: a plain {@code ObjectMapper} with no module
 * registered (the DTOs carry their own ISO-8601 date handling, {@link IsoTime}), refusing unknown fields so
 * a misspelt field is a clear 400 naming it. The plugin's REST layer and its services (which write some
 * answers ahead of time) both use it, so the bytes are the same whichever wrote them; and they are the
 * bytes any other Jackson 2 mapper writes for the same DTO (ContractJsonTest).
 */
public final class ContractJson {

    private ContractJson() {}

    /** A new mapper with the contract's settings (mappers are thread-safe once configured: share it). */
    public static ObjectMapper mapper() {
        return new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
