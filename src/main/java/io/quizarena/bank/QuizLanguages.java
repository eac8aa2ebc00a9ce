package io.quizarena.bank;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The languages a quiz can be read in, for {@link QuizView#languages()}: those its title and every one of its
 * questions are written in. A quiz that mixes a Chinese-only with an English-only question has none in common; it
 * lists every language any part has, since each question is then shown in the language it exists in.
 */
final class QuizLanguages {

    private QuizLanguages() {}

    static List<String> of(LocalizedText title, Collection<Set<Language>> questions) {
        Set<Language> common = EnumSet.allOf(Language.class);
        Set<Language> any = EnumSet.noneOf(Language.class);
        for (Set<Language> part : concat(title, questions)) {
            common.retainAll(part);
            any.addAll(part);
        }
        return (common.isEmpty() ? any : common).stream().map(Language::code).toList();
    }

    static Set<Language> of(Question q) {
        return new LocalizedText(q.textZh, q.textEn).languages();
    }

    /** The languages of each question by id, in one query that reads no texts: for a page of quiz summaries. */
    static Map<String, Set<Language>> ofQuestions(Collection<String> ids) {
        Map<String, Set<Language>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        List<Object[]> rows = Question.getEntityManager()
                .createQuery(
                        "select q.id, case when q.textZh is null then 0 else 1 end,"
                                + " case when q.textEn is null then 0 else 1 end from Question q where q.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .getResultList();
        for (Object[] row : rows) {
            Set<Language> languages = EnumSet.noneOf(Language.class);
            if (((Number) row[1]).intValue() == 1) {
                languages.add(Language.ZH);
            }
            if (((Number) row[2]).intValue() == 1) {
                languages.add(Language.EN);
            }
            out.put((String) row[0], languages);
        }
        return out;
    }

    private static List<Set<Language>> concat(LocalizedText title, Collection<Set<Language>> questions) {
        List<Set<Language>> parts = new java.util.ArrayList<>(questions);
        parts.add(title.languages());
        return parts;
    }
}
