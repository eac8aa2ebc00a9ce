package io.quizarena.bank.kahoot;

import io.quizarena.problem.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.function.Function;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/** Refuses an .xlsx that would unpack to far more than a quiz needs, before the spreadsheet reader opens it. */
final class UnpackLimit {

    /**
     * Most bytes the file may unpack to. An .xlsx is a zip archive: a small upload could otherwise inflate to gigabytes
     * inside the reader (a zip bomb). A full 100-question template unpacks to well under a megabyte.
     */
    static final long MAX_UNPACKED_BYTES = 32L * 1024 * 1024;

    private UnpackLimit() {}

    /** Counts what the archive's entries inflate to, with the zip library fastexcel-reader itself reads them with. */
    static void require(byte[] file, Function<String, InvalidInputException> refusal) {
        long total = 0;
        byte[] buffer = new byte[8192];
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(file))
                .get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                try (InputStream in = zip.getInputStream(entry)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > MAX_UNPACKED_BYTES) {
                            throw refusal.apply("the spreadsheet unpacks to more than "
                                    + MAX_UNPACKED_BYTES / (1024 * 1024) + " MB; a quiz needs far less");
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw refusal.apply("the spreadsheet cannot be unpacked: " + e.getMessage());
        }
    }
}
