package org.alliancecompact.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/** {@code engagement-ladder}: each organisation's place on the disengagement ladder, as the viewer may see it. */
public class EngagementLadderMacro extends CompactMacro {

    private final EngagementLadderRenderer renderer;
    private final MacroSupport support;

    public EngagementLadderMacro(EngagementLadderRenderer renderer, MacroSupport support) {
        super("compact.macro.ladder");
        this.renderer = renderer;
        this.support = support;
    }

    @Override
    protected String render(Map<String, String> parameters, ConversionContext context) {
        support.requireResources(context);
        return renderer.render(support.viewer().orElse(null), MacroSupport.flag(parameters, "showEngaged", false));
    }
}
