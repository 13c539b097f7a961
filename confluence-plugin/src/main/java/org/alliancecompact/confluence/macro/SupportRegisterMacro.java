package org.alliancecompact.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.Map;
import org.alliancecompact.confluence.rest.ApiException;
import org.alliancecompact.model.register.SupportCategory;

/** {@code support-register}: the rows the viewer may see, headline counts, history, CSV, change dialog. */
public class SupportRegisterMacro implements Macro {

    private final SupportRegisterRenderer renderer;
    private final MacroSupport support;

    public SupportRegisterMacro(SupportRegisterRenderer renderer, MacroSupport support) {
        this.renderer = renderer;
        this.support = support;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        SupportCategory only = null;
        String category = parameters == null ? null : parameters.get("category");
        if (category != null && !category.isBlank()) {
            try {
                only = SupportCategory.valueOf(category.trim());
            } catch (IllegalArgumentException e) {
                throw new MacroExecutionException("Unknown category '" + category + "' in the category parameter.");
            }
        }
        try {
            support.requireResources(context);
            return renderer.render(
                    support.viewer().orElse(null), support.restBase(), MacroSupport.interactive(context), only);
        } catch (ApiException e) {
            // not in the alliance: say so instead of failing the whole page
            return "<p class=\"compact-macro\">" + Html.text(e.getMessage()) + "</p>";
        } catch (RuntimeException e) {
            throw new MacroExecutionException("The register cannot be shown: " + e.getMessage(), e);
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
