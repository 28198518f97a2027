package cn.nianbao.annualreport.form;

/** How serious a broken rule is: an error makes a report wrong, a warning asks a person to look. */
public enum Severity {
    ERROR,
    WARNING,
    INFO
}
