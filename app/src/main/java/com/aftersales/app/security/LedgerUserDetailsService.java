package com.aftersales.app.security;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Users and their roles from the app_user tables. */
@Service
class LedgerUserDetailsService implements UserDetailsService {
    private final JdbcTemplate jdbc;

    LedgerUserDetailsService(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        List<LedgerPrincipal> found = jdbc.query(
                "select user_id, username, display_name, password_hash, enabled from app_user where username = ?",
                (rs, i) -> {
                    String userId = rs.getString("user_id");
                    List<SimpleGrantedAuthority> roles = jdbc
                            .queryForList(
                                    "select role from app_user_role where user_id = ? order by role",
                                    String.class,
                                    userId)
                            .stream()
                            .map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                            .toList();
                    return new LedgerPrincipal(
                            userId,
                            rs.getString("username"),
                            rs.getString("display_name"),
                            rs.getString("password_hash"),
                            rs.getBoolean("enabled"),
                            roles);
                },
                username);
        if (found.isEmpty()) {
            throw new UsernameNotFoundException("unknown user");
        }
        return found.get(0);
    }
}
