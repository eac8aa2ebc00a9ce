package io.quizarena.bank;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A text in Simplified Chinese and English; every text of the bank has both. Part of {@link BankDocument}. */
@RegisterForReflection
public record LocalizedText(String zh, String en) {

    public String in(Language language) {
        return language == Language.ZH ? zh : en;
    }
}
