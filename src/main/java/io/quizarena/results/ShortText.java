package io.quizarena.results;

/**
 * A question's text cut for a list line: the prose before any code block, whitespace collapsed, at most
 * {@value #MAX} characters, never cut inside inline math ({@code $...$}) or code ({@code `...`}), so the page can
 * still render what is left.
 */
final class ShortText {

    static final int MAX = 140;

    private ShortText() {}

    static String of(String text) {
        if (text == null) {
            return null;
        }
        String prose = text;
        int fence = prose.indexOf("```");
        boolean cut = false;
        if (fence >= 0) {
            prose = prose.substring(0, fence);
            cut = true;
        }
        prose = prose.replaceAll("\\s+", " ").strip();
        if (prose.length() > MAX) {
            int end = prose.lastIndexOf(' ', MAX);
            prose = prose.substring(0, end > MAX / 2 ? end : MAX);
            cut = true;
        }
        prose = closed(closed(prose, '$'), '`').strip();
        return cut ? prose + " …" : prose;
    }

    /** Drops a trailing opened span: an odd number of unescaped marks means the last one opens what was cut. */
    private static String closed(String s, char mark) {
        int count = 0;
        int last = -1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == mark && (i == 0 || s.charAt(i - 1) != '\\')) {
                count++;
                last = i;
            }
        }
        return count % 2 == 1 ? s.substring(0, last) : s;
    }
}
