package org.mekonginstitute.portal.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tukaani.xz.XZInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.List;

/**
 * {@code ./mvnw spring-boot:run} starts its own PostgreSQL on every laptop the README names: the runtime classpath
 * carries that platform's own server (never the x86-64 one run through emulation), found the way the embedded
 * server looks for it, with the extensions the migrations create. (Running them needs the platform itself: see the
 * README for what was tried where.)
 */
class EmbeddedPostgresPlatformsTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "Linux,   x86_64,  postgres-linux-x86_64.txz,   bin/postgres",
        "Linux,   aarch64, postgres-linux-arm_64.txz,   bin/postgres",
        "Darwin,  x86_64,  postgres-darwin-x86_64.txz,  bin/postgres",
        "Darwin,  aarch64, postgres-darwin-arm_64.txz,  bin/postgres",
        "Windows, x86_64,  postgres-windows-x86_64.txz, bin/postgres.exe"
    })
    void theServerForThisPlatformIsOnTheRuntimeClasspath(String system, String machine, String archive, String server)
            throws IOException {
        List<URL> found = Collections.list(getClass().getClassLoader().getResources(archive));
        assertThat(found).as("exactly one %s", archive).hasSize(1);

        try (InputStream resolved = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machine);
                InputStream own = found.get(0).openStream()) {
            assertThat(resolved.readNBytes(1 << 16))
                    .as("the embedded server picks %s itself", archive)
                    .isEqualTo(own.readNBytes(1 << 16));
        }
        String initdb = "bin/initdb" + (server.endsWith(".exe") ? ".exe" : "");
        // The migrations create the extensions pg_trgm and unaccent: the server must bring them.
        List<String> wanted = List.of(server, initdb, "extension/pg_trgm.control", "extension/unaccent.control");
        assertThat(missing(found.get(0), wanted)).as("missing from %s", archive).isEmpty();
    }

    /** The wanted names that no entry of the archive ends with; reads only as far as needed. */
    private static List<String> missing(URL archive, List<String> wanted) throws IOException {
        List<String> missing = new java.util.ArrayList<>(wanted);
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(archive.openStream()))) {
            for (TarArchiveEntry entry = tar.getNextEntry();
                    entry != null && !missing.isEmpty();
                    entry = tar.getNextEntry()) {
                String name = entry.getName();
                missing.removeIf(name::endsWith);
            }
        }
        return missing;
    }
}
