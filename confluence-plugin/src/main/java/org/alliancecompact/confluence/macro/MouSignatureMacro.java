package org.alliancecompact.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/** {@code mou-signature}: who has signed the current edition, with Sign buttons for those entitled. */
public class MouSignatureMacro extends CompactMacro {

    private final MouSignatureRenderer renderer;
    private final MacroSupport support;

    public MouSignatureMacro(MouSignatureRenderer renderer, MacroSupport support) {
        super("compact.macro.signatures");
        this.renderer = renderer;
        this.support = support;
    }

    @Override
    protected String render(Map<String, String> parameters, ConversionContext context) {
        support.requireResources(context);
        return renderer.render(
                support.viewer().orElse(null),
                support.restBase(),
                MacroSupport.interactive(context),
                MacroSupport.flag(parameters, "showHistory", true));
    }
}
