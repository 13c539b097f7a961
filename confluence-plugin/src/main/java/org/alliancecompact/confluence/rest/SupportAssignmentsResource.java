package org.alliancecompact.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.alliancecompact.confluence.permission.Access;
import org.alliancecompact.confluence.service.RegisterService;
import org.alliancecompact.confluence.storage.SupportAssignment;
import org.alliancecompact.model.api.SupportAssignmentDto;

/** The bot tells the plugin who supports whom: an ACTIVE assignment lets the provider see the recipient's row. */
@Path("/support-assignments")
@Produces(MediaType.APPLICATION_JSON)
public class SupportAssignmentsResource {

    private final Access access;
    private final RegisterService register;

    /** Confluence REST v2 builds resources through HK2, which needs the marked constructor. */
    @Inject
    public SupportAssignmentsResource(Access access, RegisterService register) {
        this.access = access;
        this.register = register;
    }

    @UnrestrictedAccess
    @PUT
    @Path("/{requestId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SupportAssignmentDto put(
            @Context HttpHeaders headers, @PathParam("requestId") String requestId, SupportAssignmentDto body) {
        access.integration(headers);
        SupportAssignment stored = register.assign(requestId, body);
        return new SupportAssignmentDto(
                stored.providerMemberId(),
                stored.recipientMemberId(),
                SupportAssignmentDto.State.valueOf(stored.state().name()));
    }
}
