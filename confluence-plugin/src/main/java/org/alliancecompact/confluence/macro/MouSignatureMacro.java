package org.alliancecompact.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.Map;

/** {@code mou-signature}: who has signed the current edition, with Sign buttons for those entitled. */
public class MouSignatureMacro implements Macro {

    private final MouSignatureRenderer renderer;
    private final MacroSupport support;

    public MouSignatureMacro(MouSignatureRenderer renderer, MacroSupport support) {
        this.renderer = renderer;
        this.support = support;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        try {
            support.requireResources(context);
            return renderer.render(
                    support.viewer().orElse(null),
                    support.restBase(),
                    MacroSupport.interactive(context),
                    MacroSupport.flag(parameters, "showHistory", true));
        } catch (RuntimeException e) {
            throw new MacroExecutionException("The MOU signatures cannot be shown: " + e.getMessage(), e);
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
