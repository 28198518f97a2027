/**
 * Merging many units' annual-report figures into one standard workbook, for a supervising office: the entered
 * figures added up, the totals and checks left as live formulas, and a 汇总来源 sheet that traces every figure back
 * to its unit. Inputs in the 2019 edition are mapped onto the 2021 edition through
 * {@code workbook-templates/forms/edition-mapping.yaml}.
 *
 * <pre>{@code
 * FormDefinitions forms = FormDefinitions.load();
 * List<CheckedFile<FilledForm>> read = new BatchChecker(forms, TextReportReader.withInstalledLabels(forms))
 *         .read(files, 4, (done, total) -> { });
 * Summary summary = new Merger(forms, EditionMapping.load(forms)).merge(read, "某某市人民政府办公室", 2025);
 * new SummaryWriter().write(summary, Path.of("汇总.xlsx"), false);
 * }</pre>
 */
package cn.nianbao.annualreport.merge;
