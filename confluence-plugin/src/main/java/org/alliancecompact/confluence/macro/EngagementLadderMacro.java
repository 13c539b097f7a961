package org.alliancecompact.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.Map;
import org.alliancecompact.confluence.rest.ApiException;

/** {@code engagement-ladder}: each organisation's place on the disengagement ladder, as the viewer may see it. */
public class EngagementLadderMacro implements Macro {

    private final EngagementLadderRenderer renderer;
    private final MacroSupport support;

    public EngagementLadderMacro(EngagementLadderRenderer renderer, MacroSupport support) {
        this.renderer = renderer;
        this.support = support;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        try {
            support.requireResources(context);
            return renderer.render(support.viewer().orElse(null), MacroSupport.flag(parameters, "showEngaged", false));
        } catch (ApiException e) {
            // not in the alliance: say so instead of failing the whole page
            return "<p class=\"compact-macro\">" + Html.text(e.getMessage()) + "</p>";
        } catch (RuntimeException e) {
            throw new MacroExecutionException("The engagement ladder cannot be shown: " + e.getMessage(), e);
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
