package org.mekonginstitute.portal;

import static org.assertj.core.api.Assertions.assertThat;

import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.Options;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The portal's modules: each uses another only through that module's API and only the modules it declares, with no
 * cycles; and the module documentation (src/docs/modules, linked from the README) is written from the code as it is.
 */
class ModuleStructureTest {

    private static final Path DOCS = Path.of("src/docs/modules");
    /** Modules every other module uses (the audit trail records every change): arrows to them say nothing. */
    private static final Set<String> BUILDING_BLOCKS = Set.of("shared", "system", "audit");

    private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

    @Test
    void modulesUseEachOtherOnlyThroughTheirApiAndDeclaredDependencies() {
        modules.verify();
    }

    @Test
    void theModuleDocumentationIsWrittenFromTheCode() throws IOException {
        new Documenter(modules, Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml(DiagramOptions.defaults()
                        .withStyle(DiagramOptions.DiagramStyle.UML)
                        .withElementsWithoutRelationships(DiagramOptions.ElementsWithoutRelationships.VISIBLE)
                        // Every module may use the building blocks, the configuration and the audit trail.
                        .withExclusions(module ->
                                BUILDING_BLOCKS.contains(module.getIdentifier().toString())))
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (var files = Files.list(DOCS)) {
            for (Path file : files.toList()) {
                if (file.toString().endsWith(".puml")) {
                    sortRelationships(file);
                } else if (file.toString().endsWith(".adoc")) {
                    sortListedItems(file);
                }
            }
        }
        Path svg = DOCS.resolve("components.svg");
        draw(DOCS.resolve("components.puml"), svg);

        // The drawing writes each word of a name as a text element of its own.
        String picture =
                Files.readString(svg).replaceAll("<[^>]+>|&#160;|\\u00a0", " ").replaceAll("\\s+", " ");
        for (ApplicationModule module : modules) {
            if (BUILDING_BLOCKS.contains(module.getIdentifier().toString())) {
                continue;
            }
            assertThat(picture)
                    .as("the diagram shows %s", module.getDisplayName())
                    .contains(module.getDisplayName());
        }
    }

    /**
     * The documenter writes relationships in no fixed order: sorted, the files change only when the modules do.
     */
    private static void sortRelationships(Path plantUml) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(plantUml, StandardCharsets.UTF_8));
        int first = 0;
        while (first < lines.size()) {
            int last = first;
            while (last < lines.size() && isRelationship(lines.get(last))) {
                last++;
            }
            Collections.sort(lines.subList(first, last));
            first = last + 1;
        }
        Files.write(plantUml, lines, StandardCharsets.UTF_8);
    }

    /** The canvases list a module's events and beans in no fixed order either: each cell's list sorted. */
    private static void sortListedItems(Path canvas) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(canvas, StandardCharsets.UTF_8));
        for (int first = 0; first < lines.size(); first++) {
            if (!lines.get(first).startsWith("|* ")) {
                continue;
            }
            int last = first + 1;
            while (last < lines.size() && lines.get(last).startsWith("* ")) {
                last++;
            }
            List<String> items = new ArrayList<>();
            for (String line : lines.subList(first, last)) {
                items.add(line.substring(line.indexOf("* ") + 2));
            }
            Collections.sort(items);
            for (int i = 0; i < items.size(); i++) {
                lines.set(first + i, (i == 0 ? "|* " : "* ") + items.get(i));
            }
            first = last - 1;
        }
        Files.write(canvas, lines, StandardCharsets.UTF_8);
    }

    private static boolean isRelationship(String line) {
        return line.startsWith("Rel(") || line.contains(" --> ");
    }

    /** PlantUML's own layout engine, so that drawing needs no Graphviz on the machine. */
    private static void draw(Path plantUml, Path svg) throws IOException {
        String source = Files.readString(plantUml, StandardCharsets.UTF_8)
                .replaceFirst("@startuml", "@startuml\n!pragma layout smetana");
        try (OutputStream out = Files.newOutputStream(svg)) {
            new SourceStringReader(source).outputImage(out, new FileFormatOption(FileFormat.SVG));
        }
    }
}
