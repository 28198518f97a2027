/**
 * The official forms as data, the one source of truth: each edition (2021, 2019) is a form definition loaded from
 * {@code workbook-templates/forms/} — its tables, rows, columns, labels and aliases, value kinds, sheet layout and
 * rules — from which the writer, the readers, the checker and the exporters all derive. Also the cell codes
 * ({@code table.row.column}), findings and a cell as read ({@link cn.nianbao.annualreport.form.PrintedValue}: the
 * text as printed, how it reads, its figure if any, whichever reader read it), the values every other package passes
 * around. The definitions own every
 * rule id: a form rule's id is in its table or value kind, every other finding's in the catalog
 * ({@code findings.yaml}, named in Java by its {@link cn.nianbao.annualreport.form.FindingKind}); the statements of
 * a narrative compared with the tables are in {@code narrative.yaml}.
 *
 * <pre>{@code
 * FormDefinitions forms = FormDefinitions.load();
 * FormDefinition form = forms.edition("2021").orElseThrow();
 * form.cells().forEach(cell -> System.out.println(cell.code()));
 * PrintedValue cell = PrintedValue.read("減6");   // NUMBER, -6
 * }</pre>
 */
package cn.nianbao.annualreport.form;
