package org.alliancecompact.bench.plugin;

import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancecompact.confluence.macro.MouSignatureRenderer;
import org.alliancecompact.confluence.macro.SupportRegisterRenderer;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.service.MouService;
import org.alliancecompact.confluence.service.ProfileSource;
import org.alliancecompact.confluence.service.RegisterService;
import org.alliancecompact.confluence.storage.CompactStore;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * The two heavy macros through the plugin's own renderers and services, reading from its one store,
 * {@code AoCompactStore} on the real Active Objects library (H2 in memory, as the preview server runs): the support-category register with 1,000 member rows seen
 * by a coordinator (every row, change buttons and dialog), and the MOU signature table with 200 members
 * and 2 required roles seen by a chair who has not signed yet (entitlements worked out, Sign button shown).
 * Wired by hand the way the plugin's Spring context wires them in Confluence.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class MacroRenderBenchmark {
    private static final Pattern ROW = Pattern.compile("<tr data-member-id=");
    private static final String REST_BASE = "/rest/compact/1.0";

    private SupportRegisterRenderer registerRenderer;
    private MouSignatureRenderer signatureRenderer;
    private Caller coordinator;
    private Caller unsignedChair;

    @Setup(Level.Trial)
    public void seed() {
        Clock clock = Clock.systemUTC();
        ProfileSource profile = ProfileSource.named("bolton");

        CompactStore registerStore = store("bench-register");
        PluginSeed.membersWithRegister(registerStore, profile.profile(), 1_000, clock.instant());
        MouService registerMou = new MouService(registerStore, profile, clock);
        registerRenderer =
                new SupportRegisterRenderer(new RegisterService(registerStore, registerMou, clock), profile.profile());
        coordinator = Caller.confluenceUser(
                PluginSeed.userKey(PluginSeed.COORDINATOR), PluginSeed.COORDINATOR, "Coordinator", true, false);

        CompactStore signatureStore = store("bench-signatures");
        PluginSeed.membersWithRegister(signatureStore, profile.profile(), 200, clock.instant());
        MouService signatureMou = new MouService(signatureStore, profile, clock);
        PluginSeed.signatures(signatureMou, 200);
        signatureRenderer = new MouSignatureRenderer(signatureMou);
        unsignedChair = PluginSeed.caller(PluginSeed.chairEmail(9), "Chair");

        String signatures = signature();
        System.out.printf(
                "%nregister macro: %d rows, %,d characters; signature macro: %d rows, %d signatures, %,d characters,"
                        + " Sign button shown: %s%n",
                rows(register()),
                register().length(),
                rows(signatures),
                signatureMou.signatures(signatureMou.currentEdition().id()).size(),
                signatures.length(),
                signatures.contains("class=\"compact-sign\""));
    }

    @Benchmark
    public String register() {
        return registerRenderer.render(coordinator, REST_BASE, true, null);
    }

    @Benchmark
    public String signature() {
        return signatureRenderer.render(unsignedChair, REST_BASE, true, false);
    }

    private static CompactStore store(String db) {
        return AoStores.inMemory(db);
    }

    private static int rows(String html) {
        Matcher m = ROW.matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
