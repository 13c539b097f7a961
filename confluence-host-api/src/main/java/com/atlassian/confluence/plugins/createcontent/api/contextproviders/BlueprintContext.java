package com.atlassian.confluence.plugins.createcontent.api.contextproviders;

import java.util.HashMap;
import java.util.Map;

/**
 * The values a blueprint's content template is rendered with (only the members the plugin uses are
 * declared).
 *
 * @see <a href="https://docs.atlassian.com/ConfluenceServer/javadoc/latest/com/atlassian/confluence/plugins/createcontent/api/contextproviders/BlueprintContext.html">BlueprintContext javadoc</a>
 */
public class BlueprintContext {

    private final Map<String, Object> values = new HashMap<>();
    private String title;

    public Object get(String key) {
        return values.get(key);
    }

    public void put(String key, Object value) {
        values.put(key, value);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
