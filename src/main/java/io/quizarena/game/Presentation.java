package io.quizarena.game;

import io.quizarena.bank.BankDocument.Choice;
import io.quizarena.bank.BankDocument.Item;
import io.quizarena.bank.BankDocument.QuestionDocument;
import io.quizarena.bank.Language;
import io.quizarena.bank.QuestionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The order in which a room shows a question's choices and ordering items: the same on every phone and on the big
 * screen, drawn from the room's seed and the question's place in the quiz, so a restored room shows what it showed
 * before. Nothing here depends on which choice is correct; the one exception is the rule that an ordering question is
 * never shown in its answer's order (one order of n! is excluded, which is the point).
 *
 * @param seed the room's seed
 * @param shuffle false keeps the canonical order: choices as authored, ordering items by their English text
 * @param shuffleChoices false keeps the author's order for choices (items are still shuffled)
 */
public record Presentation(long seed, boolean shuffle, boolean shuffleChoices) {

    /** True and false stay in that order: shuffling them only confuses. */
    List<Choice> choices(QuestionDocument q, int index) {
        if (q.choices() == null) {
            return List.of();
        }
        List<Choice> shown = new ArrayList<>(q.choices());
        if (shuffle && shuffleChoices && q.type() != QuestionType.TRUE_FALSE) {
            Collections.shuffle(shown, new java.util.Random(random(index).nextLong()));
        }
        return List.copyOf(shown);
    }

    List<Item> items(QuestionDocument q, int index) {
        if (q.items() == null) {
            return List.of();
        }
        List<Item> shown = new ArrayList<>(q.items());
        // the English text, or the Chinese one where there is none: a question may be in one language only
        shown.sort(Comparator.comparing((Item i) -> i.text().in(Language.EN)).thenComparing(Item::id));
        if (shuffle) {
            java.util.Random random = new java.util.Random(random(index).nextLong());
            for (int draw = 0; draw < 16 && (draw == 0 || shown.equals(q.items())); draw++) {
                Collections.shuffle(shown, random);
            }
        }
        if (shown.equals(q.items())) {
            // the canonical order, or every draw, is the answer: move the first item to the end
            shown.add(shown.remove(0));
        }
        return List.copyOf(shown);
    }

    private SplittableRandom random(int index) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    }
}
