package org.zmqstudio.export;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Node ids ({@code [A-Za-z0-9_.-]}) as names in a generated program: one name per node, unique,
 * never a keyword of the language nor a name the program itself uses. The thread of a node and its
 * socket variable both take the node's name.
 */
final class Identifiers {

    private Identifiers() {
    }

    /** {@code worker-1-in} → {@code worker1In}. */
    static Map<String, String> java(List<String> ids, Set<String> taken) {
        return names(ids, taken, id -> {
            StringBuilder name = new StringBuilder();
            boolean upper = false;
            for (char c : id.toCharArray()) {
                if (c == '-' || c == '_' || c == '.') {
                    upper = name.length() > 0;
                } else {
                    name.append(upper ? Character.toUpperCase(c) : name.length() == 0 ? Character.toLowerCase(c) : c);
                    upper = false;
                }
            }
            return name.length() == 0 || Character.isDigit(name.charAt(0)) ? "node" + capitalised(name) : name.toString();
        }, "Socket");
    }

    /** {@code worker-1-in} → {@code worker_1_in}. */
    static Map<String, String> python(List<String> ids, Set<String> taken) {
        return names(ids, taken, id -> {
            String name = id.replace('-', '_').replace('.', '_').toLowerCase(Locale.ROOT);
            return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "node_" + name : name;
        }, "_socket");
    }

    private static String capitalised(CharSequence text) {
        return text.length() == 0 ? "" : Character.toUpperCase(text.charAt(0)) + text.toString().substring(1);
    }

    private static Map<String, String> names(List<String> ids, Set<String> taken, Function<String, String> shape,
                                             String suffix) {
        Set<String> used = new HashSet<>(taken);
        Map<String, String> names = new LinkedHashMap<>();
        for (String id : ids) {
            String base = shape.apply(id);
            if (used.contains(base)) {
                base = base + suffix;
            }
            String name = base;
            for (int n = 2; used.contains(name); n++) {
                name = base + n;
            }
            used.add(name);
            names.put(id, name);
        }
        return names;
    }
}
