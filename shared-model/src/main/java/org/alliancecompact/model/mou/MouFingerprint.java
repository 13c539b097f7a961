package org.alliancecompact.model.mou;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * SHA-256 fingerprint of an MOU's wording, so a signature can be bound to exactly the text signed.
 *
 * <p>Canonical form, chosen so that re-typing or re-flowing the same words gives the same fingerprint
 * while any change of wording, numbering or order gives a different one:
 *
 * <ul>
 *   <li>every text (title, heading, clause number, clause text) is Unicode NFC-normalised, stripped at
 *       both ends, and each run of whitespace (spaces, tabs, line breaks, non-breaking spaces) becomes
 *       one space; letter case and punctuation are kept;
 *   <li>texts are written in document order, each as a one-letter tag (T title, S section heading, N
 *       clause number, C clause text), its length in UTF-8 bytes, a colon and its bytes, so no text can
 *       pose as a boundary between two others;
 *   <li>the digest is written as 64 lower-case hexadecimal digits.
 * </ul>
 *
 * Effective and review dates are not part of the fingerprint: they do not change what was agreed.
 */
public final class MouFingerprint {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\u2028\\u2029]+");
    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

    private MouFingerprint() {}

    public static String of(String title, List<MouTemplate.Section> sections) {
        MessageDigest digest = sha256();
        put(digest, 'T', title);
        for (MouTemplate.Section section : sections) {
            put(digest, 'S', section.heading());
            for (MouTemplate.Clause clause : section.clauses()) {
                put(digest, 'N', clause.number());
                put(digest, 'C', clause.text());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The whitespace and Unicode normalisation applied to each text before hashing. */
    public static String normalise(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return WHITESPACE.matcher(nfc).replaceAll(" ").strip();
    }

    /** Whether {@code value} has the shape of a fingerprint (64 lower-case hex digits). */
    public static boolean isWellFormed(String value) {
        return value != null && HEX.matcher(value).matches();
    }

    private static void put(MessageDigest digest, char tag, String text) {
        byte[] bytes = normalise(text).getBytes(StandardCharsets.UTF_8);
        digest.update((tag + Integer.toString(bytes.length) + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256 (MessageDigest javadoc), so this cannot happen.
            throw new IllegalStateException("SHA-256 missing from this Java runtime", e);
        }
    }
}
