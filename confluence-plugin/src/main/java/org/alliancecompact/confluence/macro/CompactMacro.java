package org.alliancecompact.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import java.util.Map;
import org.alliancecompact.confluence.refusal.Refusal;

/**
 * What the plugin's macros share: no body, a block of HTML, and one way of failing. A call the
 * plugin refuses (a viewer the alliance does not know, say) shows its reason in place of the macro; anything else unexpected becomes
 * Confluence's macro error box, naming what could not be shown.
 */
abstract class CompactMacro implements Macro {

    private final String what;

    /** @param what what the macro shows, for error messages ("The register") */
    protected CompactMacro(String what) {
        this.what = what;
    }

    @Override
    public final String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        try {
            return render(parameters == null ? Map.of() : parameters, context);
        } catch (Refusal e) {
            // not in the alliance: say so instead of failing the whole page
            return "<p class=\"compact-macro\">" + Html.text(e.getMessage()) + "</p>";
        } catch (RuntimeException e) {
            throw new MacroExecutionException(what + " cannot be shown: " + e.getMessage(), e);
        }
    }

    /** The macro's HTML; a bad parameter is a {@link MacroExecutionException} saying which. */
    protected abstract String render(Map<String, String> parameters, ConversionContext context)
            throws MacroExecutionException;

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
