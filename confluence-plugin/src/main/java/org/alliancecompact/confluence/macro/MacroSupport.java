package org.alliancecompact.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliancecompact.confluence.permission.Caller;
import org.alliancecompact.confluence.permission.CallerSource;

/** What the three macros share inside Confluence: the viewer, the web resources, the output mode. */
public final class MacroSupport {

    /** The web-resource module of atlassian-plugin.xml that holds compact.js and compact.css. */
    public static final String WEB_RESOURCE = "org.alliancecompact.confluence:compact-resources";

    /** Output types where nobody can click: no buttons or dialogs are rendered. */
    private static final Set<String> STATIC_OUTPUTS = Set.of("pdf", "word", "email", "feed", "html_export", "diff");

    private final CallerSource callers;
    private final PageBuilderService pageBuilder;
    private final ApplicationProperties application;

    public MacroSupport(CallerSource callers, PageBuilderService pageBuilder, ApplicationProperties application) {
        this.callers = callers;
        this.pageBuilder = pageBuilder;
        this.application = application;
    }

    /** The plugin's REST base for links and the script: Confluence's context path + /rest/compact/1.0. */
    public String restBase() {
        String context = application.getBaseUrl(UrlMode.RELATIVE);
        return (context == null ? "" : context.replaceAll("/+$", "")) + "/rest/compact/1.0";
    }

    /** Requires the script and styles on the page being rendered (interactive output only). */
    public void requireResources(ConversionContext context) {
        if (interactive(context)) {
            pageBuilder.assembler().resources().requireWebResource(WEB_RESOURCE);
        }
    }

    /** The viewing user (Confluence's session user); empty for anonymous viewers. */
    public Optional<Caller> viewer() {
        return callers.caller(null);
    }

    public static boolean interactive(ConversionContext context) {
        String type = context == null ? null : context.getOutputType();
        return type == null || !STATIC_OUTPUTS.contains(type.toLowerCase(java.util.Locale.ROOT));
    }

    static boolean flag(Map<String, String> parameters, String name, boolean otherwise) {
        String value = parameters == null ? null : parameters.get(name);
        return value == null || value.isBlank() ? otherwise : Boolean.parseBoolean(value.trim());
    }
}
