package org.alliancecompact.confluence.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.alliancecompact.confluence.rest.OpenApiContractTestAccess;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What Confluence's Spring container will do with META-INF/spring/plugin-context.xml, checked here: every
 * bean can be built from its constructor arguments, and every macro and REST resource named in
 * atlassian-plugin.xml can be autowired by type from exactly one bean per constructor parameter.
 */
class PluginWiringTest {

    private static final Map<String, Class<?>> BEANS = new LinkedHashMap<>();
    private static Document context;

    @BeforeAll
    static void readContext() throws Exception {
        context = parse("META-INF/spring/plugin-context.xml");
        NodeList refs = context.getElementsByTagNameNS("*", "reference");
        for (int i = 0; i < refs.getLength(); i++) {
            Element ref = (Element) refs.item(i);
            BEANS.put(ref.getAttribute("id"), Class.forName(ref.getAttribute("interface")));
        }
        for (Element bean : topLevelBeans()) {
            BEANS.put(bean.getAttribute("id"), typeOf(bean));
        }
    }

    @Test
    void everyBeanHasAMatchingConstructorOrFactory() throws Exception {
        assertThat(topLevelBeans()).isNotEmpty();
        for (Element bean : topLevelBeans()) {
            Class<?> type = Class.forName(bean.getAttribute("class"));
            List<Element> args = children(bean, "constructor-arg");
            if (!bean.getAttribute("factory-method").isEmpty()) {
                Method factory = Arrays.stream(type.getMethods())
                        .filter(m -> m.getName().equals(bean.getAttribute("factory-method")))
                        .filter(m -> Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == args.size())
                        .findFirst()
                        .orElse(null);
                assertThat(factory).as(bean.getAttribute("id")).isNotNull();
                continue;
            }
            Constructor<?> constructor = Arrays.stream(type.getConstructors())
                    .filter(c -> c.getParameterCount() == args.size())
                    .findFirst()
                    .orElse(null);
            assertThat(constructor).as(bean.getAttribute("id") + " constructor").isNotNull();
            for (int i = 0; i < args.size(); i++) {
                Class<?> argType = argType(args.get(i));
                assertThat(constructor.getParameterTypes()[i])
                        .as(bean.getAttribute("id") + " arg " + i)
                        .isAssignableFrom(argType);
            }
        }
    }

    @Test
    void macrosAndResourcesAutowireFromTheContext() throws Exception {
        Document descriptor = parse("atlassian-plugin.xml");
        List<Class<?>> autowired = new ArrayList<>();
        NodeList macros = descriptor.getElementsByTagName("xhtml-macro");
        for (int i = 0; i < macros.getLength(); i++) {
            autowired.add(Class.forName(((Element) macros.item(i)).getAttribute("class")));
        }
        NodeList providers = descriptor.getElementsByTagName("context-provider");
        assertThat(providers.getLength()).isPositive();
        for (int i = 0; i < providers.getLength(); i++) {
            autowired.add(Class.forName(((Element) providers.item(i)).getAttribute("class")));
        }
        autowired.addAll(OpenApiContractTestAccess.resources());
        for (Class<?> type : autowired) {
            Constructor<?>[] constructors = type.getConstructors();
            assertThat(constructors)
                    .as(type.getSimpleName() + " has one public constructor")
                    .hasSize(1);
            for (Class<?> parameter : constructors[0].getParameterTypes()) {
                long candidates = BEANS.values().stream()
                        .filter(parameter::isAssignableFrom)
                        .count();
                assertThat(candidates)
                        .as(type.getSimpleName() + " needs one " + parameter.getSimpleName())
                        .isEqualTo(1);
            }
        }
    }

    private static Class<?> argType(Element arg) throws Exception {
        if (!arg.getAttribute("ref").isEmpty()) {
            Class<?> type = BEANS.get(arg.getAttribute("ref"));
            assertThat(type).as("bean " + arg.getAttribute("ref")).isNotNull();
            return type;
        }
        return typeOf(children(arg, "bean").get(0));
    }

    private static Class<?> typeOf(Element bean) throws Exception {
        String factoryBean = bean.getAttribute("factory-bean");
        String factoryMethod = bean.getAttribute("factory-method");
        if (!factoryBean.isEmpty()) {
            return BEANS.get(factoryBean).getMethod(factoryMethod).getReturnType();
        }
        Class<?> type = Class.forName(bean.getAttribute("class"));
        if (!factoryMethod.isEmpty()) {
            return Arrays.stream(type.getMethods())
                    .filter(m -> m.getName().equals(factoryMethod))
                    .findFirst()
                    .orElseThrow()
                    .getReturnType();
        }
        return type;
    }

    private static List<Element> topLevelBeans() {
        return children(context.getDocumentElement(), "bean");
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                result.add(e);
            }
        }
        return result;
    }

    private static Document parse(String resource) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = PluginWiringTest.class.getClassLoader().getResourceAsStream(resource)) {
            return factory.newDocumentBuilder().parse(in);
        }
    }
}
