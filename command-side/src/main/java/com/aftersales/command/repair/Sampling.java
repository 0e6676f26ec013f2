package com.aftersales.command.repair;

import com.aftersales.api.repair.RepairOrderId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * R14: which repairs are sampled, reproducibly: the order's bucket is the first 8 hex digits of
 * the SHA-256 of its id (as text) read as a number, mod 100; a repair is sampled when its bucket
 * is below the sampling percentage. Anyone can recompute it from the id and the recorded rate.
 */
public final class Sampling {
    private Sampling() {}

    public static int bucket(RepairOrderId id) {
        try {
            byte[] digest =
                    MessageDigest.getInstance("SHA-256").digest(id.value().getBytes(StandardCharsets.UTF_8));
            return (int) (Long.parseLong(HexFormat.of().formatHex(digest, 0, 4), 16) % 100);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean sampled(int bucket, int samplingPercent) {
        return bucket < samplingPercent;
    }
}
