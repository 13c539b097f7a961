package org.alliancecompact.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.alliancecompact.confluence.permission.Access;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.service.RegisterCsv;
import org.alliancecompact.confluence.service.RegisterService;
import org.alliancecompact.model.api.CategoryChangeRequest;
import org.alliancecompact.model.api.RegisterHistoryEntryDto;
import org.alliancecompact.model.api.RegisterPageDto;
import org.alliancecompact.model.api.RegisterRowDto;
import org.alliancecompact.model.register.CategoryAssignment;

/** The support-category register, as far as the caller may see it. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class RegisterResource {

    private final Access access;
    private final RegisterService register;

    /** Confluence REST v2 builds resources through HK2, which needs the marked constructor. */
    @Inject
    public RegisterResource(Access access, RegisterService register) {
        this.access = access;
        this.register = register;
    }

    @UnrestrictedAccess
    @GET
    @Path("register")
    public Response page(@Context HttpHeaders headers, @QueryParam("viewer") String viewer) {
        // written by the service (often once for many readers): see RegisterService.pageJson
        return Response.ok(register.pageJson(access.viewer(headers, viewer)), MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @LicensedOnly
    @PUT
    @Path("register/{memberId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RegisterRowDto change(
            @Context HttpHeaders headers, @PathParam("memberId") String memberId, CategoryChangeRequest body) {
        Caller coordinator = access.coordinator(headers);
        CategoryAssignment row = register.change(coordinator, memberId, body);
        return register.row(row);
    }

    @UnrestrictedAccess
    @GET
    @Path("register/{memberId}/history")
    public List<RegisterHistoryEntryDto> history(
            @Context HttpHeaders headers, @PathParam("memberId") String memberId, @QueryParam("viewer") String viewer) {
        return register.history(access.viewer(headers, viewer), memberId);
    }

    @UnrestrictedAccess
    @GET
    @Path("register.csv")
    @Produces("text/csv")
    public Response csv(@Context HttpHeaders headers, @QueryParam("viewer") String viewer) {
        RegisterPageDto page = register.page(access.viewer(headers, viewer));
        return Response.ok(RegisterCsv.of(page.rows()), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"support-register.csv\"")
                .build();
    }
}
