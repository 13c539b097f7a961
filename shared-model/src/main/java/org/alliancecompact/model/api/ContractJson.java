package org.alliancecompact.model.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The plugin's JSON settings for the REST contract's DTOs: ISO-8601 dates and instants, unknown fields
 * refused (a clear 400 names them). The plugin's REST layer and its services (which write some answers
 * ahead of time) both use it, so the bytes are the same whichever wrote them.
 */
public final class ContractJson {

    private ContractJson() {}

    /** A new mapper with the contract's settings (mappers are thread-safe once configured: share it). */
    public static ObjectMapper mapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
