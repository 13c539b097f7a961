package org.alliancecompact.confluence.page;

import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import java.util.Objects;
import org.alliancecompact.confluence.service.MouService;
import org.alliancecompact.model.mou.MouEdition;

/**
 * Fills the "MOU page" blueprint (content template {@code compact/mou-page-template.xml}) with the current
 * edition's clauses, dates and the signature macro, and titles the page after the edition.
 */
public class MouBlueprintContextProvider extends AbstractBlueprintContextProvider {

    /** The template variable holding the page body (storage format, inserted as raw XHTML). */
    public static final String BODY = "mouContent";

    private final MouService mou;

    public MouBlueprintContextProvider(MouService mou) {
        this.mou = Objects.requireNonNull(mou, "mou");
    }

    @Override
    protected BlueprintContext updateBlueprintContext(BlueprintContext context) {
        MouEdition edition = mou.currentEdition();
        MouPageTemplate template = new MouPageTemplate(mou);
        context.put(BODY, template.storageFormat(edition));
        context.setTitle(template.title(edition));
        return context;
    }
}
