package org.alliancecompact.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.Map;
import org.alliancecompact.model.register.SupportCategory;

/** {@code support-register}: the rows the viewer may see, headline counts, history, CSV, change dialog. */
public class SupportRegisterMacro extends CompactMacro {

    private final SupportRegisterRenderer renderer;
    private final MacroSupport support;

    public SupportRegisterMacro(SupportRegisterRenderer renderer, MacroSupport support) {
        super("compact.macro.register");
        this.renderer = renderer;
        this.support = support;
    }

    @Override
    protected String render(Map<String, String> parameters, ConversionContext context) throws MacroExecutionException {
        SupportCategory only = null;
        String category = parameters.get("category");
        if (category != null && !category.isBlank()) {
            try {
                only = SupportCategory.valueOf(category.trim());
            } catch (IllegalArgumentException e) {
                throw new MacroExecutionException(
                        org.alliancecompact.confluence.text.Texts.get("compact.macro.badCategory", category));
            }
        }
        support.requireResources(context);
        return renderer.render(
                support.viewer().orElse(null), support.restBase(), MacroSupport.interactive(context), only);
    }
}
