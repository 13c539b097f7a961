package org.alliancecompact.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.alliancecompact.confluence.permission.Access;
import org.alliancecompact.confluence.service.RegisterService;
import org.alliancecompact.confluence.storage.EngagementReport;
import org.alliancecompact.model.api.EngagementReportDto;

/** The engagement feed: the bot pushes an organisation's disengagement-ladder level and reasons. */
@Path("/engagement")
@Produces(MediaType.APPLICATION_JSON)
public class EngagementResource {

    private final Access access;
    private final RegisterService register;

    /** Confluence REST v2 builds resources through HK2, which needs the marked constructor. */
    @Inject
    public EngagementResource(Access access, RegisterService register) {
        this.access = access;
        this.register = register;
    }

    @UnrestrictedAccess
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response report(@Context HttpHeaders headers, EngagementReportDto body) {
        access.integration(headers);
        EngagementReport stored = register.report(body);
        return Response.status(Response.Status.CREATED)
                .entity(new EngagementReportDto(stored.memberId(), stored.level(), stored.reasons(), stored.at()))
                .build();
    }
}
