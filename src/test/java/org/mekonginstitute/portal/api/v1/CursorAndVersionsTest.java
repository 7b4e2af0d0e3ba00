package org.mekonginstitute.portal.api.v1;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.util.List;

/** Cursors name where a list goes on and nothing else; If-Match names a version or is refused. */
class CursorAndVersionsTest {

    @Test
    void aCursorComesBackAsTheIdItNamed() {
        assertThat(Cursor.after(Cursor.of(4711))).isEqualTo(4711L);
        assertThat(Cursor.after(null)).isNull();
        assertThat(Cursor.after("")).isNull();
    }

    @Test
    void aCursorTheApiDidNotGiveIsRefusedNamingTheParameter() {
        for (String junk : List.of("4711", "aWQ6LTE", "%%%", "aWQ6YWJj")) { // "id:-1", "id:abc"
            assertThatThrownBy(() -> Cursor.after(junk))
                    .isInstanceOf(BadParameter.class)
                    .satisfies(e -> assertThat(((BadParameter) e).parameter()).isEqualTo("cursor"));
        }
    }

    @Test
    void aPageSaysMoreFollowOnlyWhenTheExtraRowCame() {
        CursorPage<String> more = Cursor.page(List.of(1L, 2L, 3L), 2, id -> id, String::valueOf);
        assertThat(more.items()).containsExactly("1", "2");
        assertThat(Cursor.after(more.next())).isEqualTo(2L);
        CursorPage<String> last = Cursor.page(List.of(7L, 8L), 2, id -> id, String::valueOf);
        assertThat(last.items()).containsExactly("7", "8");
        assertThat(last.next()).isNull();
    }

    @Test
    void theLimitIsBetweenOneAndTwoHundred() {
        assertThat(Cursor.limit(null)).isEqualTo(50);
        assertThat(Cursor.limit(200)).isEqualTo(200);
        assertThatThrownBy(() -> Cursor.limit(0)).isInstanceOf(BadParameter.class);
        assertThatThrownBy(() -> Cursor.limit(201)).isInstanceOf(BadParameter.class);
    }

    @Test
    void ifMatchNamesTheVersionTheRecordWasReadAt() {
        assertThat(Versions.ifMatch("\"3\"")).isEqualTo(3);
        assertThat(Versions.ifMatch(" \"12\" ")).isEqualTo(12);
        assertThat(Versions.etag(3)).isEqualTo("\"3\"");
    }

    @Test
    void aMissingIfMatchIsRequiredAndOneThatIsNoVersionOfOursFails() {
        assertThatThrownBy(() -> Versions.ifMatch(null)).isInstanceOf(Versions.PreconditionRequired.class);
        assertThatThrownBy(() -> Versions.ifMatch(" ")).isInstanceOf(Versions.PreconditionRequired.class);
        for (String other : List.of("*", "W/\"3\"", "3", "\"3\", \"4\"", "\"-1\"", "\"99999999999999999999\"")) {
            assertThatThrownBy(() -> Versions.ifMatch(other)).as(other).isInstanceOf(Versions.VersionMismatch.class);
        }
    }
}
