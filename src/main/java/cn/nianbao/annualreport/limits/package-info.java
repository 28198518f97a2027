/**
 * What one input may cost, and why it could not be read: a deadline and a share of memory per file, so that one
 * hostile or unlucky file is answered as {@code unreadable} (处理超时, 内容过大) and the batch goes on; and the
 * {@link cn.nianbao.annualreport.limits.Reason} a reader gives when it refuses a file (a
 * {@link cn.nianbao.annualreport.limits.ReadRefusal}), a key and its arguments said in Chinese or English from
 * {@code reasons_zh|en.properties}, which {@link cn.nianbao.annualreport.limits.FailureReason} finds in whatever
 * was thrown. Readers call
 * {@link cn.nianbao.annualreport.limits.FileBudget#checkpoint()} in their loops and throw
 * {@link cn.nianbao.annualreport.limits.BudgetExceeded} when a structure is larger than any real table needs.
 *
 * <pre>{@code
 * FileResult result = FileBudget.within(FileBudget.DEFAULT_DEADLINE, () -> checker.check(file));
 * }</pre>
 */
package cn.nianbao.annualreport.limits;
