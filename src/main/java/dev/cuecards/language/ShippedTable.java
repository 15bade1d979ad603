package dev.cuecards.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/** A table shipped on the classpath: one key and its value per tab-separated line, lines opening with # are notes. */
final class ShippedTable {

    private ShippedTable() {
    }

    /** Each line's first column mapped to its last, read by {@code value}; a missing table is a broken build. */
    static <V> Map<String, V> read(String resource, Function<String, V> value) {
        Map<String, V> table = new HashMap<>();
        try (InputStream in = ShippedTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the table " + resource + " is not on the classpath");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int first = line.indexOf('\t');
                if (!line.startsWith("#") && first > 0) {
                    table.put(line.substring(0, first), value.apply(line.substring(line.lastIndexOf('\t') + 1).strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return table;
    }
}
