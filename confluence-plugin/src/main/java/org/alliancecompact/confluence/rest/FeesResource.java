package org.alliancecompact.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.alliancecompact.confluence.permission.Access;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.service.FeeService;
import org.alliancecompact.model.api.FeePaymentRequest;
import org.alliancecompact.model.api.FeeReversalRequest;
import org.alliancecompact.model.api.FeeStatusDto;
import org.alliancecompact.model.api.FeesDto;

/**
 * The annual fee (Bolton 25: "We will pay £3000 per year"): where each organisation stands for an academic
 * year ({@code ?year=2026/27}, the current year when absent), and coordinators recording payments and
 * reversing those recorded by mistake.
 */
@Path("/fees")
@Produces(MediaType.APPLICATION_JSON)
public class FeesResource {

    private final Access access;
    private final FeeService fees;

    /** Confluence REST v2 builds resources through HK2, which needs the marked constructor. */
    @Inject
    public FeesResource(Access access, FeeService fees) {
        this.access = access;
        this.fees = fees;
    }

    @UnrestrictedAccess
    @GET
    public FeesDto list(
            @Context HttpHeaders headers, @QueryParam("year") String year, @QueryParam("viewer") String viewer) {
        Caller caller = access.viewer(headers, viewer);
        return fees.fees(caller, fees.year(year));
    }

    @UnrestrictedAccess
    @GET
    @Path("/{memberId}")
    public FeeStatusDto get(
            @Context HttpHeaders headers,
            @PathParam("memberId") String memberId,
            @QueryParam("year") String year,
            @QueryParam("viewer") String viewer) {
        Caller caller = access.viewer(headers, viewer);
        return fees.fee(caller, memberId, fees.year(year));
    }

    @LicensedOnly
    @POST
    @Path("/{memberId}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(
            @Context HttpHeaders headers, @PathParam("memberId") String memberId, FeePaymentRequest body) {
        Caller coordinator = access.coordinator(headers);
        FeeStatusDto after = fees.record(coordinator, memberId, body);
        return Response.created(URI.create("fees/" + memberId + "?year=" + after.academicYear()))
                .entity(after)
                .build();
    }

    /**
     * Reverses a payment recorded by mistake (coordinators): a correcting entry with the reason; the payment
     * stays in the history and no longer counts. 201 with the organisation's fee for the payment's year; 400,
     * 404 and 409 as {@link FeeService#reverse} says.
     */
    @LicensedOnly
    @POST
    @Path("/{memberId}/payments/{paymentId}/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response reverse(
            @Context HttpHeaders headers,
            @PathParam("memberId") String memberId,
            @PathParam("paymentId") String paymentId,
            FeeReversalRequest body) {
        Caller coordinator = access.coordinator(headers);
        FeeStatusDto after = fees.reverse(coordinator, memberId, paymentId, body);
        return Response.created(URI.create("fees/" + memberId + "?year=" + after.academicYear()))
                .entity(after)
                .build();
    }
}
