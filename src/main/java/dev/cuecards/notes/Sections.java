package dev.cuecards.notes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** The headings seen so far, and the path of headings the walk is under now. */
final class Sections {

    private final String[] titleAtLevel = new String[7];
    private final List<Section> all = new ArrayList<>();

    void enter(int level, String title, int line) {
        titleAtLevel[level] = title;
        Arrays.fill(titleAtLevel, level + 1, titleAtLevel.length, null);
        all.add(new Section(path(), level, line));
    }

    List<String> path() {
        return Arrays.stream(titleAtLevel).filter(Objects::nonNull).toList();
    }

    List<Section> all() {
        return List.copyOf(all);
    }
}
