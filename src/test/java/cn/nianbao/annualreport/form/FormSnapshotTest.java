package cn.nianbao.annualreport.form;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormSnapshotTest {

    private static final Set<String> FILES = new LinkedHashSet<>();
    private static final FormDefinitions YAML = FormDefinitions.readYaml(FILES);

    @Test
    void aSnapshotReadsBackAsExactlyWhatTheYamlGives() throws IOException {
        byte[] snapshot = FormSnapshot.write(YAML, List.copyOf(FILES));
        FormDefinitions read = FormSnapshot.read(snapshot).orElseThrow();
        assertArrayEquals(snapshot, FormSnapshot.write(read, List.copyOf(FILES)), "written again, byte for byte");
        assertEquals(YAML.codes(), read.codes());
        assertEquals(YAML.ruleIds(), read.ruleIds());
        assertEquals(YAML.findings(), read.findings());
        for (String code : YAML.codes()) {
            FormDefinition yaml = YAML.edition(code).orElseThrow();
            FormDefinition snap = read.edition(code).orElseThrow();
            assertEquals(yaml.tables(), snap.tables());
            assertEquals(yaml.rules(), snap.rules());
            assertEquals(yaml.cells(), snap.cells());
            assertEquals(yaml.computedCells(), snap.computedCells());
            assertEquals(yaml.workbook(), snap.workbook());
            assertEquals(yaml.notes(), snap.notes());
            assertEquals(yaml.narrative().statements().stream().map(s -> s.pattern().pattern()).toList(),
                    snap.narrative().statements().stream().map(s -> s.pattern().pattern()).toList());
        }
        assertEquals(YAML.variants().stream().map(FormDefinition::variant).toList(),
                read.variants().stream().map(FormDefinition::variant).toList());
    }

    @Test
    void theSnapshotNamesEveryYamlFileTheDefinitionsComeFrom() {
        assertTrue(FILES.containsAll(List.of("workbook.yaml", "value-kinds.yaml", "findings.yaml", "narrative.yaml",
                "edition-2021.yaml", "edition-2019.yaml", "tables/requests.yaml", "tables/appeals.yaml")),
                FILES::toString);
    }

    @Test
    void aSnapshotOfYamlThatHasChangedSinceIsNotUsed() throws IOException {
        byte[] snapshot = FormSnapshot.write(YAML, List.copyOf(FILES));
        int checksumAt = headerLength(List.copyOf(FILES));
        snapshot[checksumAt + 7] ^= 1;
        assertTrue(FormSnapshot.read(snapshot).isEmpty());
    }

    @Test
    void aSnapshotOfAnotherFormatOrNoneAtAllIsNotUsed(@TempDir Path dir) throws IOException {
        byte[] snapshot = FormSnapshot.write(YAML, List.copyOf(FILES));
        snapshot[3] ^= 1;
        assertTrue(FormSnapshot.read(snapshot).isEmpty());
        assertTrue(FormSnapshot.read(dir.resolve("missing.bin")).isEmpty());
        Path cut = Files.write(dir.resolve("cut.bin"), List.of("not a snapshot"));
        assertTrue(FormSnapshot.read(cut).isEmpty());
    }

    @Test
    void theLaunchersSnapshotFileReadsAsTheYaml(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("forms.bin");
        FormSnapshot.main(new String[] {file.toString()});
        FormDefinitions read = FormSnapshot.read(file).orElseThrow();
        assertArrayEquals(FormSnapshot.write(YAML, List.of()), FormSnapshot.write(read, List.of()));
    }

    /** Where the checksum starts: after the version, the number of files and their names. */
    private static int headerLength(List<String> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(0);
            out.writeInt(files.size());
            for (String file : files) {
                out.writeUTF(file);
            }
        }
        return bytes.size();
    }
}
