package com.queuewallboard.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A {@code .env} file: {@code KEY=value} lines, {@code #} comments, optional quotes and {@code export}. */
public final class DotEnv {
    private static final Pattern LINE = Pattern.compile("(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*)");

    private DotEnv() {
    }

    public static Map<String, String> read(Path file) throws ConfigException {
        if (!Files.isRegularFile(file)) return Map.of();
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ConfigException(file + " is not UTF-8 text. Save it as UTF-8 (any editor's \"Save as\" offers it).");
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + file + " (" + e.getClass().getSimpleName() + "). Check its permissions.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (i == 0 && line.startsWith("\uFEFF")) line = line.substring(1).strip();   // Notepad's byte-order mark
            if (line.isEmpty() || line.startsWith("#")) continue;
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                // the line may hold a secret: name the line, never quote it
                throw new ConfigException(file + " line " + (i + 1) + " is not KEY=value. Fix or remove that line.");
            }
            values.put(m.group(1), unquote(m.group(2).strip()));
        }
        return values;
    }

    /** "a b", 'a b' (a trailing # comment after the quotes is dropped), or bare text up to " #". */
    private static String unquote(String v) {
        if (!v.isEmpty() && (v.charAt(0) == '"' || v.charAt(0) == '\'')) {
            int close = v.indexOf(v.charAt(0), 1);
            if (close > 0) {
                String rest = v.substring(close + 1).strip();
                if (rest.isEmpty() || rest.startsWith("#")) return v.substring(1, close);
            }
        }
        int comment = v.indexOf(" #");
        return comment >= 0 ? v.substring(0, comment).strip() : v;
    }
}
