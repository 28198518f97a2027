/**
 * Reading published reports: text, HTML, PDF, Word and foreign workbooks into values by cell code, each cell a
 * {@link cn.nianbao.annualreport.form.PrintedValue}.
 *
 * <pre>{@code
 * ReportText text = SourceKind.of(file).orElseThrow().read(file);
 * }</pre>
 */
package cn.nianbao.annualreport.extract;
