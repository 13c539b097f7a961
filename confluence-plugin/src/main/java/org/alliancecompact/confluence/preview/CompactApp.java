package org.alliancecompact.confluence.preview;

import java.time.Clock;
import java.util.List;
import org.alliancecompact.confluence.macro.EngagementLadderRenderer;
import org.alliancecompact.confluence.macro.MouSignatureRenderer;
import org.alliancecompact.confluence.macro.MouStatusRenderer;
import org.alliancecompact.confluence.macro.SupportRegisterRenderer;
import org.alliancecompact.confluence.permission.Access;
import org.alliancecompact.confluence.rest.EngagementResource;
import org.alliancecompact.confluence.rest.ErrorMappers;
import org.alliancecompact.confluence.rest.FeesResource;
import org.alliancecompact.confluence.rest.JsonConfig;
import org.alliancecompact.confluence.rest.MembersResource;
import org.alliancecompact.confluence.rest.MouResource;
import org.alliancecompact.confluence.rest.RegisterResource;
import org.alliancecompact.confluence.rest.RequestGate;
import org.alliancecompact.confluence.rest.SupportAssignmentsResource;
import org.alliancecompact.confluence.service.FeeService;
import org.alliancecompact.confluence.service.MemberService;
import org.alliancecompact.confluence.service.MouService;
import org.alliancecompact.confluence.service.ProfileSource;
import org.alliancecompact.confluence.service.RegisterService;
import org.alliancecompact.confluence.storage.CompactStore;

/**
 * The plugin's object graph outside Confluence, wired by hand the way plugin-context.xml wires it inside:
 * the same services, resources and renderers over a given store and caller source.
 */
public final class CompactApp {

    public final ProfileSource profile;
    public final CompactStore store;
    public final MouService mou;
    public final MemberService members;
    public final RegisterService register;
    public final FeeService fees;
    public final Access access;
    public final MouSignatureRenderer signatureRenderer;
    public final MouStatusRenderer statusRenderer;
    public final SupportRegisterRenderer registerRenderer;
    public final EngagementLadderRenderer ladderRenderer;

    public CompactApp(ProfileSource profile, CompactStore store, Access access, Clock clock) {
        this(profile, store, access, clock, java.util.Map.of());
    }

    /** @param staffNames the demo staff's names by e-mail, for the register's Set by and History */
    public CompactApp(
            ProfileSource profile,
            CompactStore store,
            Access access,
            Clock clock,
            java.util.Map<String, String> staffNames) {
        this.profile = profile;
        this.store = store;
        this.access = access;
        this.mou = new MouService(store, profile, clock);
        this.members = new MemberService(store, mou);
        this.register = new RegisterService(store, mou, clock);
        this.fees = new FeeService(store, mou, profile, clock);
        this.signatureRenderer = new MouSignatureRenderer(mou);
        this.statusRenderer = new MouStatusRenderer(mou);
        this.registerRenderer = new SupportRegisterRenderer(register, profile.profile(), fees, staffNames);
        this.ladderRenderer = new EngagementLadderRenderer(register, profile.profile());
    }

    /** The REST resource classes, built per request by Jersey through their @Inject constructors, as in Confluence. */
    public static List<Class<?>> restResources() {
        return List.of(
                MembersResource.class,
                MouResource.class,
                RegisterResource.class,
                SupportAssignmentsResource.class,
                EngagementResource.class,
                FeesResource.class);
    }

    /** The filters Confluence's REST module finds in the rest package, built by Jersey with their @Inject constructors. */
    public static List<Class<?>> restFilters() {
        return List.of(RequestGate.class);
    }

    /** The JSON configuration and error mappers, as Confluence's REST module finds them in the rest package. */
    public static List<Object> restProviders() {
        return List.of(
                new JsonConfig(),
                new ErrorMappers.Api(),
                new ErrorMappers.BadValue(),
                new ErrorMappers.Conflict(),
                new ErrorMappers.Missing(),
                new ErrorMappers.BadJson(),
                new ErrorMappers.Framework(),
                new ErrorMappers.Unexpected());
    }
}
