package fr.hdh.catalog.web.account;

import fr.hdh.catalog.core.account.User;
import java.util.List;

/** A user as the API shows it; {@code token} only in the answer that issued it. */
public record UserDto(String name, String role, List<String> organisations, String token) {
    static UserDto of(User user, String token) {
        return new UserDto(user.name(), user.role().key(), user.organisations().stream().sorted().toList(), token);
    }
}
