package org.alliancecompact.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.alliancecompact.model.mou.SigningStatus;

/** {@code mou-status}: counts and lists of members by signing status, and associates with their expiry. */
public class MouStatusMacro implements Macro {

    private final MouStatusRenderer renderer;

    public MouStatusMacro(MouStatusRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Set<SigningStatus> only = EnumSet.noneOf(SigningStatus.class);
        String statuses = parameters == null ? null : parameters.get("status");
        if (statuses != null && !statuses.isBlank()) {
            for (String s : Arrays.stream(statuses.split(",")).map(String::trim).toList()) {
                try {
                    only.add(SigningStatus.valueOf(s));
                } catch (IllegalArgumentException e) {
                    throw new MacroExecutionException("Unknown status '" + s + "' in the status parameter.");
                }
            }
        }
        try {
            return renderer.render(only);
        } catch (RuntimeException e) {
            throw new MacroExecutionException("The MOU status cannot be shown: " + e.getMessage(), e);
        }
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
