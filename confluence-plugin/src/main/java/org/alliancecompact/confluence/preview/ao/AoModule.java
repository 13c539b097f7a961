package org.alliancecompact.confluence.preview.ao;

import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import net.java.ao.RawEntity;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The plugin's {@code <ao>} module as {@code atlassian-plugin.xml} declares it, read the way Confluence
 * reads it: the namespace (the plugin key where there is none), the entity classes and the upgrade tasks,
 * in the descriptor's order. Reading the shipped descriptor keeps the preview and the tests on exactly the
 * entities and upgrade tasks Confluence will run.
 *
 * @see <a href="https://developer.atlassian.com/server/framework/atlassian-sdk/active-objects-plugin-module/">Active
 *     Objects plugin module</a>
 */
record AoModule(
        String namespace, List<Class<? extends RawEntity<?>>> entities, List<ActiveObjectsUpgradeTask> upgradeTasks) {

    static final String DESCRIPTOR = "atlassian-plugin.xml";

    static AoModule fromPluginDescriptor() {
        try (InputStream in = AoModule.class.getClassLoader().getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new IllegalStateException(DESCRIPTOR + " is not on the class path");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document doc = factory.newDocumentBuilder().parse(in);
            Element plugin = doc.getDocumentElement();
            NodeList modules = plugin.getElementsByTagName("ao");
            if (modules.getLength() != 1) {
                throw new IllegalStateException(DESCRIPTOR + " must declare exactly one <ao> module");
            }
            Element ao = (Element) modules.item(0);
            String namespace =
                    ao.getAttribute("namespace").isBlank() ? plugin.getAttribute("key") : ao.getAttribute("namespace");
            List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
            for (String name : texts(ao, "entity")) {
                entities.add(entityClass(name));
            }
            List<ActiveObjectsUpgradeTask> tasks = new ArrayList<>();
            for (String name : texts(ao, "upgradeTask")) {
                tasks.add(Class.forName(name)
                        .asSubclass(ActiveObjectsUpgradeTask.class)
                        .getDeclaredConstructor()
                        .newInstance());
            }
            return new AoModule(namespace, List.copyOf(entities), List.copyOf(tasks));
        } catch (IOException | ParserConfigurationException | SAXException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the <ao> module of " + DESCRIPTOR + ": " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Class<? extends RawEntity<?>> entityClass(String name) throws ClassNotFoundException {
        Class<?> type = Class.forName(name);
        if (!RawEntity.class.isAssignableFrom(type)) {
            throw new IllegalStateException(name + " is listed as an entity but is not an AO entity");
        }
        return (Class<? extends RawEntity<?>>) type;
    }

    private static List<String> texts(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().strip());
        }
        return out;
    }
}
