package org.alliancecompact.confluence.rest;

import java.util.List;

/** The REST resource classes, for tests in other packages. */
public final class OpenApiContractTestAccess {

    private OpenApiContractTestAccess() {}

    public static List<Class<?>> resources() {
        return OpenApiContractTest.RESOURCES;
    }
}
