package io.quizarena.web;

import io.quarkus.qute.TemplateData;
import io.quarkus.security.identity.SecurityIdentity;
import io.quizarena.identity.Caller;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * What every page's layout needs: the language, who is signed in, and where the reader is (for the language switch
 * and the sign-in link, which bring them back here).
 *
 * <p>{@link TemplateData}: Qute generates a resolver for every member at build time. Without it, a native image could
 * only resolve the members used as message parameters ({@code msg:signed_in_as(page.user)}), and the layout failed on
 * {@code page.htmlLang}; layout.html declares {@code page} so that its expressions are checked at build time too.
 *
 * @param lang {@code en} or {@code zh}
 * @param path the current path with its query, always starting with one slash
 */
@TemplateData
public record PageContext(String lang, String path, String user, boolean host, boolean admin) {

    static PageContext of(HttpHeaders headers, UriInfo uri, SecurityIdentity identity) {
        Cookie cookie = headers.getCookies().get(PageLanguage.COOKIE);
        String lang = PageLanguage.choose(
                cookie == null ? null : cookie.getValue(), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String path = uri.getRequestUri().getRawPath();
        String query = uri.getRequestUri().getRawQuery();
        Caller caller = Caller.of(identity);
        return new PageContext(
                lang, query == null ? path : path + "?" + query, caller.name(), caller.host(), caller.admin());
    }

    public boolean zh() {
        return PageLanguage.ZH.equals(lang);
    }

    /** The BCP 47 tag for the html element. */
    public String htmlLang() {
        return zh() ? "zh-CN" : "en";
    }

    public String otherLang() {
        return zh() ? PageLanguage.EN : PageLanguage.ZH;
    }

    public boolean signedIn() {
        return user != null;
    }

    public boolean mayHost() {
        return host || admin;
    }

    /** The current location, URL-encoded, for {@code next=} parameters. */
    public String here() {
        return URLEncoder.encode(path, StandardCharsets.UTF_8);
    }
}
