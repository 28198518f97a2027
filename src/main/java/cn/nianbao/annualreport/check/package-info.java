/**
 * Checking filled forms: the checker evaluates every rule of the form definition on the entered figures, and the
 * batch checker reads one file or thousands (standard workbooks, foreign workbooks, published reports, nianbao's
 * JSON) through the limits of {@code limits}, giving every file exactly one result with its findings; the results
 * are written as .xlsx, .csv or .json reports and as annotated copies.
 *
 * <pre>{@code
 * FormDefinitions forms = FormDefinitions.load();
 * BatchChecker checker = new BatchChecker(forms, TextReportReader.withInstalledLabels(forms));
 * List<FileResult> results = checker.check(files, 2, (done, total) -> { });
 * new CheckReports(Locale.CHINESE).write(results, Path.of("检查报告.xlsx"));
 * }</pre>
 */
package cn.nianbao.annualreport.check;
