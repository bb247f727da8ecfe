package org.newskg.read;

import java.util.Locale;

/** Sizes in messages, precise enough that a size over a limit never reads as equal to it. */
public final class Sizes {
    private static final long MIB = 1024 * 1024;

    private Sizes() {
    }

    /**
     * A size in whole MiB, in MiB with one decimal, or in bytes: whichever is the shortest that still tells it
     * apart from {@code other}, the size it is compared with.
     */
    public static String describe(long bytes, long other) {
        if (bytes % MIB == 0 && bytes / MIB != other / MIB) return bytes / MIB + " MiB";
        if (Math.abs(bytes - other) >= MIB / 10) return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) MIB);
        return String.format(Locale.ROOT, "%,d bytes", bytes);
    }
}
