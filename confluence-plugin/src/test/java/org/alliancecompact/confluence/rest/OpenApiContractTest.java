package org.alliancecompact.confluence.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.alliancecompact.confluence.preview.CompactApp;
import org.alliancecompact.model.profile.YamlTree;
import org.junit.jupiter.api.Test;

/** The checked-in OpenAPI document and the resource classes describe exactly the same operations. */
class OpenApiContractTest {

    static final List<Class<?>> RESOURCES = CompactApp.restResources();

    @Test
    void everyResourceClassOfTheRestPackageIsServed() throws Exception {
        // Confluence scans the whole package; the preview registers a list: they must agree.
        Path dir = Path.of("target/classes/org/alliancecompact/confluence/rest");
        Set<Class<?>> annotated = new java.util.HashSet<>();
        try (var files = java.nio.file.Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".class") && !name.contains("$")) {
                    Class<?> c = Class.forName("org.alliancecompact.confluence.rest." + name.replace(".class", ""));
                    if (c.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                        annotated.add(c);
                    }
                }
            }
        }
        assertThat(annotated).containsExactlyInAnyOrderElementsOf(RESOURCES);
    }

    @Test
    void everyResourceMethodIsDocumentedAndEveryDocumentedOperationExists() throws Exception {
        assertThat(operationsInCode()).isEqualTo(operationsInDocument());
    }

    @Test
    void everyResourceMethodTakesTheHeadersItChecksPermissionWith() {
        for (Class<?> resource : RESOURCES) {
            for (Method m : resource.getDeclaredMethods()) {
                if (httpMethod(m) == null) {
                    continue;
                }
                assertThat(m.getParameterTypes())
                        .as(resource.getSimpleName() + "." + m.getName() + " must take HttpHeaders for Access")
                        .contains(HttpHeaders.class);
            }
        }
    }

    @Test
    void readsTakeTheViewerParameterAndChangesTheXsrfHeaderInTheDocument() throws Exception {
        JsonNode paths = document().get("paths");
        for (Class<?> resource : RESOURCES) {
            for (Method m : resource.getDeclaredMethods()) {
                String verb = httpMethod(m);
                if (verb == null) {
                    continue;
                }
                JsonNode op = paths.get(path(resource, m)).get(verb);
                String params = op.path("parameters").toString();
                if (verb.equals("get")) {
                    assertThat(hasViewerParam(m)).as(m.getName()).isTrue();
                    assertThat(params).contains("#/components/parameters/viewer");
                } else {
                    assertThat(params).as(m.getName()).contains("#/components/parameters/xsrf");
                    assertThat(op.get("responses").has("403")).isTrue();
                }
                assertThat(op.get("responses").has("401")).as(m.getName()).isTrue();
            }
        }
    }

    /**
     * Every field the server reads from a request body is in that body's documented schema: a client written
     * from the document must be able to send it. (Issue 15: {@code SignRequest.memberId}, which names the
     * organisation a person of several signs for, was read and required but missing from the document.)
     */
    @Test
    void everyFieldARequestBodyIsReadIntoIsDocumented() throws Exception {
        JsonNode doc = document();
        int bodies = 0;
        for (Class<?> resource : RESOURCES) {
            for (Method m : resource.getDeclaredMethods()) {
                String verb = httpMethod(m);
                Class<?> body = bodyType(m);
                if (verb == null || body == null) {
                    continue;
                }
                bodies++;
                JsonNode op = doc.get("paths").get(path(resource, m)).get(verb);
                String ref = op.path("requestBody")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref")
                        .asText();
                assertThat(ref)
                        .as(verb + " " + path(resource, m) + " documents its body")
                        .startsWith("#/components/");
                JsonNode schema = doc.get("components").get("schemas").get(ref.substring(ref.lastIndexOf('/') + 1));
                Set<String> documented = new TreeSet<>();
                schema.path("properties").fieldNames().forEachRemaining(documented::add);
                Set<String> read = new TreeSet<>();
                for (var component : body.getRecordComponents()) {
                    read.add(component.getName());
                }
                assertThat(documented)
                        .as(verb + " " + path(resource, m) + " body " + ref)
                        .containsAll(read);
            }
        }
        assertThat(bodies).as("request bodies checked").isGreaterThanOrEqualTo(5);
    }

    /** The record a method reads its request body into: its one parameter without a JAX-RS annotation. */
    private static Class<?> bodyType(Method m) {
        for (Parameter p : m.getParameters()) {
            if (p.getAnnotations().length == 0 && p.getType().isRecord()) {
                return p.getType();
            }
        }
        return null;
    }

    private static boolean hasViewerParam(Method m) {
        for (Parameter p : m.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null && q.value().equals("viewer")) {
                return true;
            }
        }
        return false;
    }

    static Set<String> operationsInCode() {
        Set<String> ops = new TreeSet<>();
        for (Class<?> resource : RESOURCES) {
            for (Method m : resource.getDeclaredMethods()) {
                String verb = httpMethod(m);
                if (verb != null) {
                    ops.add(verb + " " + path(resource, m));
                }
            }
        }
        return ops;
    }

    private Set<String> operationsInDocument() throws Exception {
        Set<String> ops = new TreeSet<>();
        Iterator<Map.Entry<String, JsonNode>> paths = document().get("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(verb -> {
                if (Set.of("get", "put", "post", "delete", "patch").contains(verb)) {
                    ops.add(verb + " " + path.getKey());
                }
            });
        }
        return ops;
    }

    private static JsonNode document() throws Exception {
        try (InputStream in = OpenApiContractTest.class.getClassLoader().getResourceAsStream("openapi.yaml")) {
            assertThat(in).as("openapi.yaml on the classpath").isNotNull();
            JsonNode doc = YamlTree.read(in);
            assertThat(doc.get("openapi").asText()).startsWith("3.");
            return doc;
        }
    }

    static String path(Class<?> resource, Method m) {
        String base = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
        jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
        String full = "/" + base + "/" + (sub == null ? "" : sub.value());
        full = full.replaceAll("/+", "/");
        return full.length() > 1 && full.endsWith("/") ? full.substring(0, full.length() - 1) : full;
    }

    static String httpMethod(Method m) {
        if (m.isAnnotationPresent(GET.class)) {
            return "get";
        }
        if (m.isAnnotationPresent(POST.class)) {
            return "post";
        }
        if (m.isAnnotationPresent(PUT.class)) {
            return "put";
        }
        if (m.isAnnotationPresent(DELETE.class)) {
            return "delete";
        }
        return null;
    }
}
