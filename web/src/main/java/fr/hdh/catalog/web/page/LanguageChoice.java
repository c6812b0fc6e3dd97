package fr.hdh.catalog.web.page;

import fr.hdh.catalog.web.page.view.Lang;
import fr.hdh.catalog.web.page.view.LanguageOption;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Which language a page is in: {@code ?lang=fr} or {@code ?lang=en} when the reader just chose (the
 * switch in every header), else the choice kept in the {@value #COOKIE} cookie, else the browser's
 * {@code Accept-Language}, else French. Anything unknown in any of them is ignored.
 */
final class LanguageChoice {
    /** The cookie that keeps the reader's choice. */
    static final String COOKIE = "hdh-lang";
    /** The query parameter of the switch. */
    static final String PARAM = "lang";
    private static final List<String> TAGS = List.of(Lang.FR.tag(), Lang.EN.tag());

    private LanguageChoice() {}

    /** The language just chosen with {@code ?lang=}, if it is one we speak. */
    static Optional<Lang> chosen(HttpServletRequest req) {
        return Lang.byTag(req.getParameter(PARAM));
    }

    static Lang of(HttpServletRequest req) {
        return chosen(req).or(() -> fromCookie(req)).or(() -> fromAcceptLanguage(req.getHeader("Accept-Language")))
                .orElse(Lang.DEFAULT);
    }

    private static Optional<Lang> fromCookie(HttpServletRequest req) {
        Cookie[] cookies = req.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (Cookie c : cookies) {
            if (COOKIE.equals(c.getName())) {
                return Lang.byTag(c.getValue());
            }
        }
        return Optional.empty();
    }

    /** The best of our languages for {@code header} (RFC 4647 lookup), if any fits. */
    static Optional<Lang> fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            return Optional.ofNullable(Locale.lookupTag(ranges, TAGS)).flatMap(Lang::byTag);
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The switch: this address in each language, the query kept but for a previous {@code lang}. */
    static List<LanguageOption> options(HttpServletRequest req, Lang current) {
        StringJoiner kept = new StringJoiner("&");
        String query = req.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.equals(PARAM) && !pair.startsWith(PARAM + "=")) {
                    kept.add(pair);
                }
            }
        }
        String base = req.getRequestURI() + "?" + (kept.length() == 0 ? "" : kept + "&") + PARAM + "=";
        List<LanguageOption> options = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            options.add(new LanguageOption(lang, base + lang.tag(), lang == current));
        }
        return options;
    }
}
