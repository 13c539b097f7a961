package org.alliancecompact.confluence.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.alliancecompact.model.api.ContractJson;

/** JSON as the contract writes it ({@link ContractJson}): the mapper the REST layer reads and writes with. */
@Provider
public final class JsonConfig implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper = ContractJson.mapper();

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }
}
