/**
 * The pages of {@code nianbao serve} that are made from the definitions alone: the page explaining every rule and
 * finding in plain Chinese ({@link cn.nianbao.annualreport.serve.RulesPage}), an HTML fragment the server wraps in
 * the site's layout.
 *
 * <pre>{@code
 * String fragment = RulesPage.html(FormDefinitions.load());
 * String link = "/rules#" + RulesPage.anchor(finding.ruleId());
 * }</pre>
 */
package cn.nianbao.annualreport.serve;
