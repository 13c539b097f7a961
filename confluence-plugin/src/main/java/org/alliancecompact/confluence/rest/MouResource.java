package org.alliancecompact.confluence.rest;

import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import org.alliancecompact.confluence.refusal.NotAllowed;
import org.alliancecompact.confluence.refusal.NotFound;
import org.alliancecompact.confluence.service.EditionService;
import org.alliancecompact.confluence.service.MouService;
import org.alliancecompact.confluence.storage.StoreSnapshot;
import org.alliancecompact.confluence.storage.StoredDraft;
import org.alliancecompact.model.api.EditionComparisonDto;
import org.alliancecompact.model.api.EditionDraftDto;
import org.alliancecompact.model.api.EditionDto;
import org.alliancecompact.model.api.MouStatusDto;
import org.alliancecompact.model.api.PublicationRequest;
import org.alliancecompact.model.api.SignRequest;
import org.alliancecompact.model.api.SignatureDto;
import org.alliancecompact.model.api.WithdrawalDto;
import org.alliancecompact.model.api.WithdrawalRequest;
import org.alliancecompact.model.mou.MouEdition;

/**
 * MOU editions, their signatures, signing, and every member's signing status; and the annual review:
 * the draft of the next edition, its comparison with the current one, and its publication (coordinators
 * only).
 */
@Path("/mou")
@Produces(MediaType.APPLICATION_JSON)
public class MouResource {

    private final Access access;
    private final MouService mou;

    /** Confluence REST v2 builds resources through HK2, which needs the marked constructor. */
    @Inject
    public MouResource(Access access, MouService mou) {
        this.access = access;
        this.mou = mou;
    }

    @UnrestrictedAccess
    @GET
    @Path("/current")
    public EditionDto current(@Context HttpHeaders headers, @QueryParam("viewer") String viewer) {
        access.viewer(headers, viewer);
        return EditionDto.from(mou.currentEdition());
    }

    @UnrestrictedAccess
    @GET
    @Path("/editions/{id}")
    public EditionDto edition(
            @Context HttpHeaders headers, @PathParam("id") String id, @QueryParam("viewer") String viewer) {
        access.viewer(headers, viewer);
        return EditionDto.from(mou.edition(id));
    }

    @UnrestrictedAccess
    @GET
    @Path("/editions/{id}/signatures")
    public List<SignatureDto> signatures(
            @Context HttpHeaders headers, @PathParam("id") String id, @QueryParam("viewer") String viewer) {
        return mou.signatures(access.viewer(headers, viewer), id);
    }

    @LicensedOnly
    @POST
    @Path("/editions/{id}/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response sign(@Context HttpHeaders headers, @PathParam("id") String id, SignRequest body) {
        Caller caller = access.changer(headers);
        SignatureDto signed = SignatureDto.from(mou.sign(caller, id, body));
        return Response.status(Response.Status.CREATED).entity(signed).build();
    }

    @UnrestrictedAccess
    @GET
    @Path("/withdrawals")
    public List<WithdrawalDto> withdrawals(@Context HttpHeaders headers, @QueryParam("viewer") String viewer) {
        Caller caller = access.viewer(headers, viewer);
        if (!caller.coordinator() && !caller.integration()) {
            throw new NotAllowed("Only coordinators and the integration user may list withdrawals.");
        }
        return mou.withdrawals().stream().map(WithdrawalDto::from).toList();
    }

    @LicensedOnly
    @POST
    @Path("/withdrawals")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response withdraw(@Context HttpHeaders headers, WithdrawalRequest body) {
        Caller caller = access.changer(headers);
        WithdrawalDto recorded = WithdrawalDto.from(mou.withdraw(caller, body));
        return Response.status(Response.Status.CREATED).entity(recorded).build();
    }

    @UnrestrictedAccess
    @GET
    @Path("/status")
    public MouStatusDto status(@Context HttpHeaders headers, @QueryParam("viewer") String viewer) {
        Caller caller = access.viewer(headers, viewer);
        StoreSnapshot snapshot = mou.snapshot();
        MouEdition edition = mou.currentEdition(snapshot);
        var sees = mou.seesPersonalData(caller, snapshot);
        return MouStatusDto.of(
                edition.id(),
                edition.number(),
                mou.status(snapshot, edition).stream()
                        .map(s -> MouStatusDto.MemberStatusDto.from(
                                s.status(),
                                s.member().name(),
                                mou.minuteReferences(sees, snapshot, edition, s.member())))
                        .toList());
    }

    @UnrestrictedAccess
    @GET
    @Path("/status/{memberId}")
    public MouStatusDto.MemberStatusDto memberStatus(
            @Context HttpHeaders headers, @PathParam("memberId") String memberId, @QueryParam("viewer") String viewer) {
        Caller caller = access.viewer(headers, viewer);
        StoreSnapshot snapshot = mou.snapshot();
        MouEdition edition = mou.currentEdition(snapshot);
        return mou.status(snapshot, edition).stream()
                .filter(s -> s.member().id().equals(memberId))
                .findFirst()
                .map(s -> MouStatusDto.MemberStatusDto.from(
                        s.status(),
                        s.member().name(),
                        mou.minuteReferences(mou.seesPersonalData(caller, snapshot), snapshot, edition, s.member())))
                .orElseThrow(() -> new NotFound("No current member " + memberId + ".", "memberId"));
    }

    // ---- the next edition (coordinators only)

    @LicensedOnly
    @GET
    @Path("/draft")
    public EditionDraftDto draft(@Context HttpHeaders headers, @QueryParam("viewer") String viewer) {
        return dto(mou.drafts().draft(access.viewer(headers, viewer)));
    }

    @LicensedOnly
    @POST
    @Path("/draft")
    public Response startDraft(@Context HttpHeaders headers) {
        Caller caller = access.changer(headers);
        return Response.status(Response.Status.CREATED)
                .entity(dto(mou.drafts().start(caller)))
                .build();
    }

    @LicensedOnly
    @PUT
    @Path("/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    public EditionDraftDto saveDraft(@Context HttpHeaders headers, EditionDraftDto body) {
        Caller caller = access.changer(headers);
        return dto(mou.drafts().save(caller, body));
    }

    @LicensedOnly
    @GET
    @Path("/draft/comparison")
    public EditionComparisonDto comparison(@Context HttpHeaders headers, @QueryParam("viewer") String viewer) {
        EditionService.Compared c = mou.drafts().comparison(access.viewer(headers, viewer));
        return EditionComparisonDto.from(c.current().id(), c.current().number(), c.comparison());
    }

    @LicensedOnly
    @POST
    @Path("/draft/publication")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@Context HttpHeaders headers, PublicationRequest body) {
        Caller caller = access.changer(headers);
        EditionDto published = EditionDto.from(mou.drafts().publish(caller, body));
        return Response.status(Response.Status.CREATED).entity(published).build();
    }

    private static EditionDraftDto dto(StoredDraft d) {
        return EditionDraftDto.from(d.draft(), d.updatedBy(), d.updatedAt());
    }
}
