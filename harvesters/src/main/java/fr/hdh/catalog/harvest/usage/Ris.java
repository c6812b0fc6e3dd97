package fr.hdh.catalog.harvest.usage;

import fr.hdh.catalog.core.MalformedInputException;
import fr.hdh.catalog.core.usage.PublicationForm;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publications from RIS: records from {@code TY  - } to {@code ER  - }, one tag a line ({@code XX  - value},
 * two letters or a letter and a digit). Read: {@code DO} (or a doi.org link in {@code UR}), {@code TI}/{@code T1},
 * {@code AU}/{@code A1} (one author a line), {@code PY}/{@code Y1}/{@code DA} (the year taken from the start),
 * {@code T2}/{@code JO}/{@code JF}/{@code JA} as venue, {@code LA}, and {@code C1} for the catalogue's
 * datasets (ids or IRIs separated by ';'). A line that is no tag continues the previous value. A tag
 * outside a record, a record without {@code TY} or without {@code ER} stops the read naming the line.
 */
final class Ris {
    private static final Pattern TAG = Pattern.compile("^([A-Z][A-Z0-9])  -( (.*))?$");

    private Ris() {}

    static List<PublicationForm> read(String text, String source) {
        List<PublicationForm> out = new ArrayList<>();
        Map<String, List<String>> record = null;
        int start = 0;
        String lastTag = null;
        String[] lines = text.replace("\uFEFF", "").split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int n = i + 1;
            String line = lines[i].stripTrailing();
            if (line.isEmpty()) {
                continue;
            }
            Matcher m = TAG.matcher(line);
            if (!m.matches()) {
                if (record == null || lastTag == null) {
                    throw new MalformedInputException(source, n, "not a RIS tag line ('XX  - value'): '" + abbreviate(line) + "'", null);
                }
                List<String> values = record.get(lastTag);
                values.set(values.size() - 1, values.get(values.size() - 1) + " " + line.strip());
                continue;
            }
            String tag = m.group(1);
            String value = m.group(3) == null ? "" : m.group(3).strip();
            if (tag.equals("TY")) {
                if (record != null) {
                    throw new MalformedInputException(source, start, "record has no 'ER  -' before the next 'TY  -' (line " + n + ")", null);
                }
                record = new LinkedHashMap<>();
                start = n;
            } else if (record == null) {
                throw new MalformedInputException(source, n, "tag " + tag + " outside a record (a record starts with 'TY  -')", null);
            }
            if (tag.equals("ER")) {
                out.add(form(record, source + ", line " + start));
                record = null;
                lastTag = null;
                continue;
            }
            record.computeIfAbsent(tag, t -> new ArrayList<>()).add(value);
            lastTag = tag;
        }
        if (record != null) {
            throw new MalformedInputException(source, start, "record is not closed by 'ER  -'", null);
        }
        return out;
    }

    private static PublicationForm form(Map<String, List<String>> r, String origin) {
        String doi = first(r, "DO");
        if (doi == null) {
            doi = r.getOrDefault("UR", List.of()).stream().filter(u -> u.contains("doi.org/")).findFirst().orElse(null);
        }
        List<String> authors = new ArrayList<>(r.getOrDefault("AU", List.of()));
        authors.addAll(r.getOrDefault("A1", List.of()));
        String date = first(r, "PY", "Y1", "DA");
        String year = date == null ? null : date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)
                ? date.substring(0, 4) : date;
        String datasets = first(r, "C1");
        return new PublicationForm(origin, doi, null, first(r, "TI", "T1"), authors, year, first(r, "T2", "JO", "JF", "JA"),
                first(r, "LA"), datasets == null ? List.of()
                        : Arrays.stream(datasets.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList(), null);
    }

    private static String first(Map<String, List<String>> r, String... tags) {
        for (String tag : tags) {
            List<String> values = r.get(tag);
            if (values != null && !values.isEmpty() && !values.get(0).isEmpty()) {
                return values.get(0);
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }
}
