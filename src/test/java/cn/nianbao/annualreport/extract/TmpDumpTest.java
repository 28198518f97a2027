package cn.nianbao.annualreport.extract;

import java.nio.file.Path;

import cn.nianbao.annualreport.Fixtures;
import org.junit.jupiter.api.Test;

class TmpDumpTest {
    @Test
    void dump() throws Exception {
        for (Path dir : Fixtures.cases()) {
            Path source = Fixtures.source(dir);
            ReportText text = SourceKind.of(source).orElseThrow().read(source);
            System.out.println("DUMP " + dir.getFileName() + " " + ReportIdentity.read(text));
        }
    }
}
