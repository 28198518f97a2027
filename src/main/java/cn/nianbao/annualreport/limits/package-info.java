/**
 * What one input may cost: a deadline and a share of memory per file, so that one hostile or unlucky file is
 * answered as {@code unreadable} (处理超时, 内容过大) and the batch goes on. Readers call
 * {@link cn.nianbao.annualreport.limits.FileBudget#checkpoint()} in their loops and throw
 * {@link cn.nianbao.annualreport.limits.BudgetExceeded} when a structure is larger than any real table needs.
 *
 * <pre>{@code
 * FileResult result = FileBudget.within(FileBudget.DEFAULT_DEADLINE, () -> checker.check(file));
 * }</pre>
 */
package cn.nianbao.annualreport.limits;
