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
import java.net.URI;
import java.util.List;
import org.alliancecompact.confluence.permission.Access;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.service.MemberService;
import org.alliancecompact.model.api.MemberDto;
import org.alliancecompact.model.api.PersonDto;
import org.alliancecompact.model.member.Member;

/** Member organisations with their people and roles. */
@Path("/members")
@Produces(MediaType.APPLICATION_JSON)
public class MembersResource {

    private final Access access;
    private final MemberService members;

    /** Confluence REST v2 builds resources through HK2, which needs the marked constructor. */
    @Inject
    public MembersResource(Access access, MemberService members) {
        this.access = access;
        this.members = members;
    }

    @UnrestrictedAccess
    @GET
    public List<MemberDto> list(@Context HttpHeaders headers, @QueryParam("viewer") String viewer) {
        Caller caller = access.viewer(headers, viewer);
        members.requireInAlliance(caller);
        return members.members().stream().map(m -> shown(m, caller)).toList();
    }

    @UnrestrictedAccess
    @GET
    @Path("/{id}")
    public MemberDto get(
            @Context HttpHeaders headers, @PathParam("id") String id, @QueryParam("viewer") String viewer) {
        Caller caller = access.viewer(headers, viewer);
        members.requireInAlliance(caller);
        return shown(members.member(id), caller);
    }

    @LicensedOnly
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context HttpHeaders headers, MemberDto body) {
        access.coordinator(headers);
        Member created = members.create(body);
        return Response.created(URI.create("members/" + created.id()))
                .entity(MemberDto.from(created))
                .build();
    }

    @LicensedOnly
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public MemberDto update(@Context HttpHeaders headers, @PathParam("id") String id, MemberDto body) {
        access.coordinator(headers);
        return MemberDto.from(members.update(id, body));
    }

    /** Confluence user keys are shown to coordinators only (personal data minimised, Oldham 2). */
    private static MemberDto shown(Member member, Caller caller) {
        MemberDto dto = MemberDto.from(member);
        if (caller.coordinator()) {
            return dto;
        }
        return new MemberDto(
                dto.id(),
                dto.name(),
                dto.kind(),
                dto.phase(),
                dto.state(),
                dto.joinedOn(),
                dto.people().stream().map(PersonDto::withoutUserKey).toList());
    }
}
