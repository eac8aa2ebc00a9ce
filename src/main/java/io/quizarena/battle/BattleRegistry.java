package io.quizarena.battle;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The battles this node owns, by id. */
@ApplicationScoped
class BattleRegistry {

    private final Map<String, Battle> battles = new ConcurrentHashMap<>();

    Battle find(String id) {
        return id == null ? null : battles.get(id);
    }

    void add(Battle battle) {
        battles.put(battle.id, battle);
    }

    void remove(Battle battle) {
        battles.remove(battle.id, battle);
    }

    int size() {
        return battles.size();
    }
}
