/**
 * The standard workbook: written from a form definition with formulas for every cross-sum, live checks, data
 * validation and a print layout ({@link cn.nianbao.annualreport.workbook.WorkbookWriter}); read back, any edition,
 * after Excel, WPS or LibreOffice saved it, by a streaming reader with its budgets and guards against hostile files
 * ({@link cn.nianbao.annualreport.workbook.WorkbookReader}).
 *
 * <pre>{@code
 * FormDefinition form = FormDefinitions.load().edition("2021").orElseThrow();
 * new WorkbookWriter(form).write(new TemplateOptions(Optional.empty(), OptionalInt.empty()), Path.of("t.xlsx"), false);
 * WorkbookContents contents = WorkbookReader.read(Path.of("t.xlsx"));
 * }</pre>
 */
package cn.nianbao.annualreport.workbook;
