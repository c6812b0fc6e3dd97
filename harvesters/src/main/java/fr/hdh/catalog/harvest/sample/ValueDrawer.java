package fr.hdh.catalog.harvest.sample;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Draws one value for a column: a code of its code list when it has one, otherwise a value of its
 * csvw datatype within its declared length ({@code "9"}: at most nine characters or digits;
 * {@code "4,2"}: four integer digits and two decimals). Dates fall between 2015 and 2024. A coded
 * column whose code list the catalogue does not hold gets an empty cell rather than an invented code.
 */
final class ValueDrawer {
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private static final int DEFAULT_STRING_LENGTH = 8;
    private static final int MAX_STRING_LENGTH = 32;
    private static final int MAX_DIGITS = 9;
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final int DAYS = 3653;

    private final CodeLists codeLists;

    ValueDrawer(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    String draw(SampleColumn column, Random random) {
        if (column.codeList().isPresent()) {
            List<String> codes = codeLists.codes(column.codeList().get());
            return codes.isEmpty() ? "" : codes.get(random.nextInt(codes.size()));
        }
        return switch (column.datatype().toLowerCase(Locale.ROOT)) {
            case "integer", "int", "long", "short", "nonnegativeinteger" -> integer(digits(column, 4), random);
            case "number", "decimal", "double", "float" -> number(column, random);
            case "boolean" -> Boolean.toString(random.nextBoolean());
            case "date" -> day(random).toString();
            case "gyear" -> Integer.toString(day(random).getYear());
            case "gyearmonth" -> day(random).toString().substring(0, 7);
            case "datetime" -> day(random) + "T" + time(random);
            case "time" -> time(random);
            default -> string(column, random);
        };
    }

    private static String string(SampleColumn column, Random random) {
        int length = Math.min(MAX_STRING_LENGTH, digits(column, DEFAULT_STRING_LENGTH));
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return b.toString();
    }

    private static String integer(int digits, Random random) {
        long bound = (long) Math.pow(10, Math.min(MAX_DIGITS, digits));
        return Long.toString(Math.floorMod(random.nextLong(), bound));
    }

    private static String number(SampleColumn column, Random random) {
        int scale = column.length().map(ValueDrawer::scale).orElse(2);
        String whole = integer(digits(column, 4), random);
        if (scale == 0) {
            return whole;
        }
        StringBuilder decimals = new StringBuilder(scale);
        for (int i = 0; i < Math.min(scale, MAX_DIGITS); i++) {
            decimals.append(random.nextInt(10));
        }
        return whole + "." + decimals;
    }

    private static LocalDate day(Random random) {
        return FIRST_DAY.plusDays(random.nextInt(DAYS));
    }

    private static String time(Random random) {
        return String.format(Locale.ROOT, "%02d:%02d:%02d", random.nextInt(24), random.nextInt(60), random.nextInt(60));
    }

    /** The first number of the declared length ({@code "9"} → 9, {@code "4,2"} → 4), or {@code fallback}. */
    private static int digits(SampleColumn column, int fallback) {
        return column.length().map(l -> leading(l, fallback)).filter(n -> n > 0).orElse(fallback);
    }

    private static int leading(String length, int fallback) {
        String first = length.split("[,.]")[0].strip();
        try {
            return Integer.parseInt(first);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int scale(String length) {
        String[] parts = length.split("[,.]");
        return parts.length > 1 ? Math.max(0, leading(parts[1], 2)) : 0;
    }
}
