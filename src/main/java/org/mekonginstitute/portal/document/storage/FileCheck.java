package org.mekonginstitute.portal.document.storage;

import org.apache.tika.config.TikaConfig;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.mekonginstitute.portal.shared.Text;
import org.springframework.util.function.SingletonSupplier;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Tells what a file is from its content (Apache Tika reads its first bytes and, for Office files, their inner
 * structure; the name only refines what the content says) and refuses programs and scripts, whatever their name
 * claims: a program renamed "report.pdf" is still a program, and a PDF named "setup.exe" is refused all the same,
 * so that nobody downloads something their computer would run.
 */
public final class FileCheck {

    /** Programs, installers, libraries and scripts, with the types Tika files under them. */
    static final Set<String> REFUSED_TYPES = Set.of(
            "application/x-msdownload",
            "application/x-dosexec",
            "application/x-ms-installer",
            "application/x-msi",
            "application/vnd.microsoft.portable-executable",
            "application/x-executable",
            "application/x-elf",
            "application/x-sharedlib",
            "application/x-object",
            "application/x-coredump",
            "application/x-mach-o",
            "application/x-mach-o-executable",
            "application/x-mach-o-dylib",
            "application/x-mach-o-bundle",
            "application/java-archive",
            "application/java-vm",
            "application/x-java-jnlp-file",
            "application/vnd.android.package-archive",
            "application/x-apple-diskimage",
            "application/x-ms-shortcut",
            "application/x-sh",
            "application/x-csh",
            "application/x-bat",
            "application/x-msdos-program",
            "text/x-python",
            "text/x-perl",
            "text/x-php",
            "application/x-httpd-php",
            "text/x-ruby",
            "text/javascript",
            "application/javascript",
            "application/x-javascript",
            "text/vbscript",
            "text/x-vbscript",
            "application/x-powershell",
            "text/html",
            "application/xhtml+xml",
            "application/hta");

    /** Names that a computer runs when opened, whatever is inside. */
    static final Set<String> REFUSED_EXTENSIONS = Set.of(
            "exe", "com", "bat", "cmd", "msi", "msp", "scr", "pif", "cpl", "dll", "sys", "jar", "jnlp", "apk", "app",
            "dmg", "sh", "bash", "csh", "ps1", "psm1", "vbs", "vbe", "js", "jse", "mjs", "wsf", "wsh", "hta", "py",
            "pl", "php", "rb", "lnk", "reg", "html", "htm", "xhtml", "svgz");

    private final SingletonSupplier<TikaConfig> tika;

    /**
     * With Tika's detectors and type registry as {@code tika} gives them, loaded on the first file checked rather
     * than when the portal starts (reading Tika's registry takes about half a second).
     */
    public FileCheck(Supplier<TikaConfig> tika) {
        this.tika = SingletonSupplier.of(tika);
    }

    /** The file's type as its content says, e.g. {@code application/pdf}. */
    public String detect(InputStream content, String name) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            return tika.obtain()
                    .getDetector()
                    .detect(stream, metadata)
                    .getBaseType()
                    .toString();
        }
    }

    /** Why a file of this type and name is refused, or empty when it is accepted. */
    public Optional<String> refusal(String type, String name) {
        if (refusedType(MediaType.parse(type))) {
            return Optional.of(Text.of("document.check.program", name, type));
        }
        String extension = extension(name);
        if (REFUSED_EXTENSIONS.contains(extension)) {
            return Optional.of(Text.of("document.check.extension", name, extension));
        }
        return Optional.empty();
    }

    private boolean refusedType(MediaType type) {
        MediaType current = type == null ? null : type.getBaseType();
        while (current != null) {
            if (REFUSED_TYPES.contains(current.toString())) {
                return true;
            }
            current = tika.obtain().getMediaTypeRegistry().getSupertype(current);
        }
        return false;
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).strip().toLowerCase(Locale.ROOT);
    }
}
