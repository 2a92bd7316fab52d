package cn.gov.yongjia.shixiao.graphqlapi.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Bearer tokens: 256 random bits given to the client once; only their SHA-256 hash is stored. */
@Component
class ApiTokens {

    static final Duration LIFETIME = Duration.ofHours(12);

    record Issued(String token, OffsetDateTime expiresAt) {
    }

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Issued issue(String username) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime expires = OffsetDateTime.now().plus(LIFETIME);
        jdbc.sql("insert into api_token (token_hash, username, expires_at) values (:hash, :username, :expires)")
                .param("hash", hash(token)).param("username", username).param("expires", expires).update();
        return new Issued(token, expires);
    }

    /** The username a valid (known, unexpired, unrevoked) token belongs to. */
    Optional<String> usernameFor(String token) {
        return jdbc.sql("select username from api_token where token_hash = :hash and revoked_at is null and expires_at > now()")
                .param("hash", hash(token)).query(String.class).optional();
    }

    boolean revoke(String token) {
        return jdbc.sql("update api_token set revoked_at = now() where token_hash = :hash and revoked_at is null")
                .param("hash", hash(token)).update() > 0;
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
