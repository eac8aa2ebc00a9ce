package io.quizarena.room;

import io.quizarena.game.GameSnapshot;
import io.quizarena.game.StateJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Plans and snapshots as the room record stores them: JSON, gzipped (a 10,000-player roster shrinks several-fold). */
final class RoomCodec {

    private RoomCodec() {}

    static byte[] plan(RoomPlan plan) {
        return gzip(StateJson.encode(plan));
    }

    static RoomPlan plan(byte[] stored) {
        return StateJson.decode(gunzip(stored), RoomPlan.class);
    }

    static byte[] snapshot(GameSnapshot snapshot) {
        return gzip(StateJson.encode(snapshot));
    }

    static GameSnapshot snapshot(byte[] stored) {
        return stored == null ? null : StateJson.decode(gunzip(stored), GameSnapshot.class);
    }

    private static byte[] gzip(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, raw.length / 4));
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(raw);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] stored) {
        try (GZIPInputStream zip = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return zip.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
