/**
 * Exports for statisticians: the tables of many reports as long or wide CSV, or JSON, and the codebook that
 * documents every column.
 *
 * <pre>{@code
 * List<ExportedReport> reports = checker.read(files, 2, (done, total) -> { }, ExportedReport::of).stream()
 *         .flatMap(checked -> checked.filled().stream()).toList();
 * new CsvExporter(forms, false).writeLong(reports, Path.of("cells.csv"));
 * }</pre>
 */
package cn.nianbao.annualreport.export;
