package io.github.nianbao.validation.pack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * A JSON document read into nodes that remember where they stand (line, column, pointer), so that
 * the pack reader can say where each problem is. Small documents only: packs are a few hundred KB.
 */
final class JsonTree {

    /** One value of the document. */
    record Node(Object value, int line, int column, String pointer) {

        boolean isObject() {
            return value instanceof Map;
        }

        @SuppressWarnings("unchecked")
        Map<String, Node> members() {
            return (Map<String, Node>) value;
        }

        @SuppressWarnings("unchecked")
        List<Node> elements() {
            return (List<Node>) value;
        }
    }

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final int MAX_DEPTH = 32;

    private JsonTree() {
    }

    /**
     * Reads a document.
     *
     * @param json the text
     * @param source the name for problems
     * @param problems receives a syntax problem
     * @return the root, or null when the text is not JSON
     */
    static Node read(String json, String source, List<RulePackException.Problem> problems) {
        try (JsonParser p = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                problems.add(RulePackException.Problem.of(source, 1, 1, "", "pack.empty"));
                return null;
            }
            Node root = value(p, t, "", source, problems, 0);
            if (root != null && p.nextToken() != null) {
                TokenStreamLocation at = p.currentTokenLocation();
                problems.add(RulePackException.Problem.of(source, at.getLineNr(), at.getColumnNr(), "", "pack.trailing"));
            }
            return root;
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            problems.add(RulePackException.Problem.of(source, at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), "", "pack.notJson", "detail", e.getOriginalMessage()));
            return null;
        }
    }

    private static Node value(JsonParser p, JsonToken t, String pointer, String source,
            List<RulePackException.Problem> problems, int depth) {
        TokenStreamLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (depth > MAX_DEPTH) {
            problems.add(RulePackException.Problem.of(source, line, column, pointer, "pack.tooDeep", "depth", MAX_DEPTH));
            p.skipChildren();
            return null;
        }
        switch (t) {
            case START_OBJECT -> {
                Map<String, Node> members = new LinkedHashMap<>();
                for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
                    String name = p.currentName();
                    TokenStreamLocation nameAt = p.currentTokenLocation();
                    String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
                    Node v = value(p, p.nextToken(), child, source, problems, depth + 1);
                    if (members.containsKey(name)) {
                        problems.add(RulePackException.Problem.of(source, nameAt.getLineNr(), nameAt.getColumnNr(), child,
                                "pack.memberTwice", "name", name));
                    } else if (v != null) {
                        members.put(name, v);
                    }
                }
                return new Node(members, line, column, pointer);
            }
            case START_ARRAY -> {
                List<Node> elements = new ArrayList<>();
                int i = 0;
                for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
                    Node v = value(p, n, pointer + "/" + i++, source, problems, depth + 1);
                    elements.add(v);
                }
                return new Node(elements, line, column, pointer);
            }
            case VALUE_STRING -> {
                return new Node(p.getString(), line, column, pointer);
            }
            case VALUE_NUMBER_INT -> {
                return new Node(p.getBigIntegerValue(), line, column, pointer);
            }
            case VALUE_NUMBER_FLOAT -> {
                return new Node(p.getDecimalValue(), line, column, pointer);
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new Node(t == JsonToken.VALUE_TRUE, line, column, pointer);
            }
            default -> {
                return new Node(null, line, column, pointer);
            }
        }
    }
}
