package com.queuewallboard.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An analytics query filter: {@code {"type":"or","predicates":[...],"clauses":[...]}}, checked
 * the way Genesys checks it (a predicate's {@code value} is one string, never an array; only
 * the dimensions the endpoint knows), then evaluated against (queueId, mediaType) pairs.
 */
final class QueryFilter {

    /** The dimensions both queries filter and group by (genesys-api.md §3, §4). */
    static final java.util.Set<String> DIMENSIONS = java.util.Set.of("queueId", "mediaType");
    private static final int MAX_DEPTH = 3; // the filter plus clauses nested two levels

    private record Predicate(String dimension, String operator, String value) {
        boolean matches(String queueId, String mediaType) {
            String actual = "queueId".equals(dimension) ? queueId : mediaType;
            switch (operator) {
                case "exists": return actual != null;
                case "notExists": return actual == null;
                default: return value.equals(actual);
            }
        }
    }

    private final boolean and;
    private final List<Predicate> predicates;
    private final List<QueryFilter> clauses;

    private QueryFilter(boolean and, List<Predicate> predicates, List<QueryFilter> clauses) {
        this.and = and;
        this.predicates = predicates;
        this.clauses = clauses;
    }

    static QueryFilter parse(JsonNode node, Set<String> dimensions) throws ApiException {
        return parse(node, dimensions, 1, "filter");
    }

    private static QueryFilter parse(JsonNode node, Set<String> dimensions, int depth, String where)
            throws ApiException {
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest(where + " must be an object");
        }
        if (depth > MAX_DEPTH) {
            throw ApiException.badRequest("Filter clauses may nest at most two levels");
        }
        String type = text(node.get("type"), where + ".type");
        if (!"and".equals(type) && !"or".equals(type)) {
            throw ApiException.badRequest(where + ".type must be 'and' or 'or', found '" + type + "'");
        }
        List<Predicate> predicates = new ArrayList<>();
        for (JsonNode p : array(node.get("predicates"), where + ".predicates")) {
            predicates.add(predicate(p, dimensions, where + ".predicates"));
        }
        List<QueryFilter> clauses = new ArrayList<>();
        for (JsonNode c : array(node.get("clauses"), where + ".clauses")) {
            clauses.add(parse(c, dimensions, depth + 1, where + ".clauses"));
        }
        if (predicates.isEmpty() && clauses.isEmpty()) {
            throw ApiException.badRequest(where + " needs at least one predicate or clause");
        }
        return new QueryFilter("and".equals(type), List.copyOf(predicates), List.copyOf(clauses));
    }

    private static Predicate predicate(JsonNode p, Set<String> dimensions, String where) throws ApiException {
        if (!p.isObject()) {
            throw ApiException.badRequest(where + " must hold objects");
        }
        String type = p.has("type") ? text(p.get("type"), where + ".type") : "dimension";
        if (!"dimension".equals(type)) {
            throw ApiException.badRequest("Predicate type '" + type + "' is not supported here; use 'dimension'");
        }
        String dimension = text(p.get("dimension"), where + ".dimension");
        if (!dimensions.contains(dimension)) {
            throw ApiException.badRequest("Invalid dimension '" + dimension + "'; allowed: " + dimensions);
        }
        String operator = p.has("operator") ? text(p.get("operator"), where + ".operator") : "matches";
        if (!Set.of("matches", "exists", "notExists").contains(operator)) {
            throw ApiException.badRequest("Invalid operator '" + operator + "'");
        }
        JsonNode value = p.get("value");
        if ("matches".equals(operator)) {
            if (value == null || value.isNull()) {
                throw ApiException.badRequest("Predicate on '" + dimension + "' with operator matches needs a value");
            }
            if (!value.isTextual()) {
                // Genesys' model has value as a single string; an array fails deserialisation
                throw ApiException.badRequest("Cannot deserialize value of type `java.lang.String` from "
                        + (value.isArray() ? "Array" : value.getNodeType().toString()) + " value (predicate "
                        + dimension + ": value must be one string; use one predicate per value)");
            }
            if ("mediaType".equals(dimension) && MediaKind.byAnalyticsName(value.asText()) == null
                    && !Set.of("cobrowse", "video", "screenshare", "unknown").contains(value.asText())) {
                throw ApiException.badRequest("Invalid mediaType '" + value.asText() + "'");
            }
        }
        return new Predicate(dimension, operator, value == null || value.isNull() ? null : value.asText());
    }

    boolean matches(String queueId, String mediaType) {
        if (and) {
            for (Predicate p : predicates) {
                if (!p.matches(queueId, mediaType)) {
                    return false;
                }
            }
            for (QueryFilter c : clauses) {
                if (!c.matches(queueId, mediaType)) {
                    return false;
                }
            }
            return true;
        }
        for (Predicate p : predicates) {
            if (p.matches(queueId, mediaType)) {
                return true;
            }
        }
        for (QueryFilter c : clauses) {
            if (c.matches(queueId, mediaType)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The queue ids this filter can possibly match, or null when it does not pin them down.
     * Lets a 100-queue query look up 100 queues instead of scanning a thousand.
     */
    Set<String> candidateQueueIds() {
        List<Set<String>> parts = new ArrayList<>();
        boolean unbounded = false;
        for (Predicate p : predicates) {
            if ("queueId".equals(p.dimension) && "matches".equals(p.operator)) {
                parts.add(Set.of(p.value));
            } else {
                unbounded = true;
            }
        }
        for (QueryFilter c : clauses) {
            Set<String> ids = c.candidateQueueIds();
            if (ids == null) {
                unbounded = true;
            } else {
                parts.add(ids);
            }
        }
        if (and) {
            Set<String> result = null;
            for (Set<String> part : parts) {
                if (result == null) {
                    result = new HashSet<>(part);
                } else {
                    result.retainAll(part);
                }
            }
            return result;
        }
        if (unbounded) {
            return null;
        }
        Set<String> union = new HashSet<>();
        parts.forEach(union::addAll);
        return union;
    }

    private static String text(JsonNode node, String where) throws ApiException {
        if (node == null || node.isNull()) {
            throw ApiException.badRequest(where + " is required");
        }
        if (!node.isTextual()) {
            throw ApiException.badRequest(where + " must be a string");
        }
        return node.asText();
    }

    private static Iterable<JsonNode> array(JsonNode node, String where) throws ApiException {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            throw ApiException.badRequest(where + " must be an array");
        }
        return node;
    }
}
