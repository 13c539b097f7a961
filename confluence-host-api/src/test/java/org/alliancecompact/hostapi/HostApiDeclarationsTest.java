package org.alliancecompact.hostapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ModelVersion;
import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.lang.reflect.Method;
import java.util.Map;
import net.java.ao.Query;
import org.junit.jupiter.api.Test;

/**
 * Guards the declarations against drifting from the Confluence 10 / Platform 8 signatures they copy
 * (checked against the javadoc linked on each type): a plugin compiled here must link in Confluence.
 */
class HostApiDeclarationsTest {

    @Test
    void macroExecuteHasConfluenceSignature() throws Exception {
        Method execute = Macro.class.getMethod("execute", Map.class, String.class, ConversionContext.class);
        assertThat(execute.getReturnType()).isEqualTo(String.class);
        assertThat(execute.getExceptionTypes()).containsExactly(MacroExecutionException.class);
        assertThat(Macro.class.getMethod("getBodyType").getReturnType()).isEqualTo(Macro.BodyType.class);
        assertThat(Macro.class.getMethod("getOutputType").getReturnType()).isEqualTo(Macro.OutputType.class);
        assertThat(Macro.BodyType.values()).extracting(Enum::name).containsExactly("PLAIN_TEXT", "RICH_TEXT", "NONE");
    }

    @Test
    void salUserManagerWorksWithUserKeysAndProfiles() throws Exception {
        assertThat(UserManager.class.getMethod("getRemoteUser").getReturnType()).isEqualTo(UserProfile.class);
        assertThat(UserManager.class
                        .getMethod("isUserInGroup", UserKey.class, String.class)
                        .getReturnType())
                .isEqualTo(boolean.class);
        assertThat(new UserKey("abc")).isEqualTo(new UserKey("abc")).isNotEqualTo(new UserKey("abd"));
        assertThat(UserKey.fromLong(42).getStringValue()).isEqualTo("42");
    }

    @Test
    void activeObjectsRunsTransactionCallbacks() throws Exception {
        Method tx = ActiveObjects.class.getMethod("executeInTransaction", TransactionCallback.class);
        assertThat(tx.getReturnType()).isEqualTo(Object.class);
        assertThat(ActiveObjects.class
                        .getMethod("find", Class.class, Query.class)
                        .getReturnType()
                        .isArray())
                .isTrue();
    }

    @Test
    void modelVersionsOrderNumerically() {
        assertThat(ModelVersion.valueOf("2").isNewerThan(ModelVersion.valueOf("10")))
                .isFalse();
        assertThat(ModelVersion.valueOf("0").isOlderThan(ModelVersion.valueOf("1")))
                .isTrue();
        assertThat(ModelVersion.valueOf("3").isSame(ModelVersion.valueOf(" 3 ")))
                .isTrue();
    }
}
