package cn.nianbao.annualreport.serve;

import cn.nianbao.annualreport.form.FormDefinitions;

/** Placeholder until the rules page lands. */
public final class RulesPage {

    private RulesPage() {
    }

    /** The page's body. */
    public static String html(FormDefinitions forms) {
        return "<p>规则说明</p>";
    }
}
