package cn.nianbao.annualreport.workbook;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import cn.nianbao.annualreport.form.FormDefinitions;

class ScratchTest {
    @Test
    void writes() throws Exception {
        for (var form : FormDefinitions.load().all()) {
            new WorkbookWriter(form).write(TemplateOptions.BLANK, Path.of("target/scratch-" + form.edition() + ".xlsx"), true);
        }
    }
}
