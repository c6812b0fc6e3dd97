package fr.hdh.catalog.core.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * API tokens: 32 random bytes shown once to their owner, kept only as an HMAC-SHA256 under the server's
 * secret, so neither the store nor a backup holds a usable token, and a token is found by its hash
 * without comparing it with every stored one.
 */
final class TokenHasher {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final byte[] secret;

    TokenHasher(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("The token secret must be at least 32 bytes");
        }
        this.secret = secret.clone();
    }

    /** A new token: a prefix that says what it is, then 43 characters of base64url randomness. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "hdh_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** 32 random bytes, for a new secret. */
    static byte[] newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    String hash(String token) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(token.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
