package cn.jixiao.query.form;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * Instants in the read models: ISO-8601 UTC with exactly three decimals, so that the stored strings sort as the
 * instants do ({@code Instant.toString()} drops zero fractions and would not).
 */
public final class IsoTimes {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private IsoTimes() {
    }

    public static String format(Instant instant) {
        return FORMAT.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }
}
