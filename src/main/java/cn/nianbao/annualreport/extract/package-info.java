/**
 * Reading published reports: text, HTML, PDF, Word and foreign workbooks into values by cell code.
 *
 * <pre>{@code
 * PrintedValue cell = PrintedValue.read("減6");   // NUMBER, -6
 * }</pre>
 */
package cn.nianbao.annualreport.extract;
