package org.mekonginstitute.portal.user.admin;

import lombok.RequiredArgsConstructor;
import org.mekonginstitute.portal.user.Role;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.EnumMap;
import java.util.Map;

/** The administrators' overview: accounts by role and the database the portal runs on. */
@Controller
@RequiredArgsConstructor
class AdminController {

    private final JdbcTemplate jdbc;

    @GetMapping("/admin")
    String overview(Model model) {
        Map<Role, Long> accounts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            accounts.put(role, 0L);
        }
        jdbc.query("select role, count(*) from user_account group by role", rs -> {
            accounts.put(Role.valueOf(rs.getString(1)), rs.getLong(2));
        });
        model.addAttribute("accounts", accounts);
        model.addAttribute("database", jdbc.queryForObject("select version()", String.class));
        model.addAttribute(
                "schemaVersion",
                jdbc.queryForObject(
                        "select version from flyway_schema_history where success order by installed_rank desc limit 1",
                        String.class));
        return "admin/overview";
    }
}
