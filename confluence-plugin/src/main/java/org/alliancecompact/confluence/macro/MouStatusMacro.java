package org.alliancecompact.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.alliancecompact.model.mou.SigningStatus;

/** {@code mou-status}: counts and lists of members by signing status, and associates with their expiry. */
public class MouStatusMacro extends CompactMacro {

    private final MouStatusRenderer renderer;

    public MouStatusMacro(MouStatusRenderer renderer) {
        super("compact.macro.status");
        this.renderer = renderer;
    }

    @Override
    protected String render(Map<String, String> parameters, ConversionContext context) throws MacroExecutionException {
        Set<SigningStatus> only = EnumSet.noneOf(SigningStatus.class);
        String statuses = parameters.get("status");
        if (statuses != null && !statuses.isBlank()) {
            for (String s : Arrays.stream(statuses.split(",")).map(String::trim).toList()) {
                try {
                    only.add(SigningStatus.valueOf(s));
                } catch (IllegalArgumentException e) {
                    throw new MacroExecutionException(
                            org.alliancecompact.confluence.text.Texts.get("compact.macro.badStatus", s));
                }
            }
        }
        return renderer.render(only);
    }
}
