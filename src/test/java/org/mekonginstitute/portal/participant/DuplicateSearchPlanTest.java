package org.mekonginstitute.portal.participant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mekonginstitute.portal.support.PortalTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;

/**
 * The probable duplicates of an imported file are looked up through the indexes even while few people are
 * registered, instead of comparing every line's name with everybody's: similar names among the distinct names
 * (participant_name), then the people who bear them.
 */
@PortalTest
class DuplicateSearchPlanTest {

    @Autowired
    NamedParameterJdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aFewHundredPeopleAreSearchedThroughTheIndexesNotOneByOne() {
        String input =
                "[{\"n\": 0, \"email\": \"somchai.j@example.org\", \"name\": \"Somchai Jaidee\", \"country\": \"TH\"},"
                        + " {\"n\": 1, \"email\": null, \"name\": \"Nguyen Van Anh\", \"country\": \"VN\"}]";
        List<String> plan = transactions.execute(status -> {
            jdbc.queryForMap(DuplicateSearch.SETTINGS, Map.of("threshold", "0.55"));
            return jdbc.queryForList(
                    "explain " + DuplicateSearch.MATCHES,
                    Map.of("input", input, "exclude", -1L, "threshold", DuplicateSearch.NAME_SIMILARITY),
                    String.class);
        });
        assertThat(jdbc.queryForObject("select count(*) from participant", Map.of(), Long.class))
                .as("a registry small enough for PostgreSQL to read whole otherwise")
                .isLessThan(5_000);
        assertThat(String.join("\n", plan))
                .contains("participant_name_trgm", "participant_search_name_country", "participant_email_unique")
                .doesNotContain("Seq Scan on participant");
    }
}
