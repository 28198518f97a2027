package cn.nianbao.annualreport.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.nianbao.annualreport.form.FindingCatalog;
import cn.nianbao.annualreport.form.FormDefinition;
import cn.nianbao.annualreport.form.FormDefinitions;
import cn.nianbao.annualreport.form.Rule;
import cn.nianbao.annualreport.form.Severity;
import cn.nianbao.annualreport.form.TableDef;
import cn.nianbao.annualreport.form.ValueRule;
import org.jsoup.nodes.Entities;

/**
 * The page that explains every rule and finding in plain Chinese, made from the definitions: the findings of the
 * catalog ({@code findings.yaml}) topic by topic, each form rule once, and each edition's rules as they apply to its
 * rows and columns, in words made from their terms. Nothing on it is written twice: the explanations, titles and
 * labels are the definitions' own, the severity words the reports', and the page's own words and sentence
 * templates are in {@code rules_zh.properties}.
 *
 * <p>Every finding and form rule has one element whose id is {@link #anchor(String)} of its rule id, so a page
 * showing a finding links to {@code /rules#rule-<id>}; each edition's instances of a rule are under
 * {@code rule-<edition>-<id>}.
 */
public final class RulesPage {

    private static final String ANCHOR = "rule-";
    private static final String END_TABLE = "</tbody>\n</table>\n";

    private final RulesText text;
    private final StringBuilder out = new StringBuilder();

    private RulesPage(RulesText text) {
        this.text = text;
    }

    /**
     * The page as an HTML fragment (no {@code <html>}, {@code <head>} or {@code <body>}; the site's layout wraps it),
     * with the classes {@code table.rules}, {@code .severity-error} and {@code .severity-warning} for its styles.
     */
    public static String html(FormDefinitions forms) {
        return new RulesPage(RulesText.chinese()).write(forms);
    }

    /** The page's title: 规则与发现项说明. */
    public static String title() {
        return RulesText.chinese().get("page.title");
    }

    /** The id of the element explaining a rule or finding on the page, e.g. {@code rule-blank-cell}. */
    public static String anchor(String ruleId) {
        return ANCHOR + ruleId;
    }

    private String write(FormDefinitions forms) {
        FindingCatalog catalog = forms.findings();
        out.append("<h1>").append(escape(text.get("page.title"))).append("</h1>\n");
        intro();
        contents(catalog, forms.all());
        catalog.topics().forEach((code, name) -> topic(catalog, code, name));
        formRules(forms.all());
        forms.all().forEach(this::edition);
        return out.toString();
    }

    private void intro() {
        out.append("<p class=\"intro\">").append(escape(text.get("intro.what"))).append("</p>\n");
        out.append("<dl class=\"severities\">\n");
        for (Severity severity : List.of(Severity.ERROR, Severity.WARNING)) {
            String key = "intro." + severity.name().toLowerCase(Locale.ROOT);
            out.append("<dt class=\"").append(severityClass(severity)).append("\">")
                    .append(escape(text.severity(severity))).append("</dt><dd>").append(escape(text.get(key)))
                    .append("</dd>\n");
        }
        out.append("</dl>\n<p>").append(escape(text.get("intro.converting"))).append("</p>\n");
    }

    private void contents(FindingCatalog catalog, List<FormDefinition> forms) {
        out.append("<nav class=\"contents\">\n<ul>\n");
        catalog.topics().forEach((code, name) -> link("topic-" + code, name));
        link("form-rules", text.get("form-rules.heading"));
        forms.forEach(form -> link("edition-" + form.edition(), heading(form)));
        out.append("</ul>\n</nav>\n");
    }

    private void link(String id, String words) {
        out.append("<li><a href=\"#").append(escape(id)).append("\">").append(escape(words)).append("</a></li>\n");
    }

    private void topic(FindingCatalog catalog, String code, String name) {
        out.append("<section class=\"topic\" id=\"topic-").append(escape(code)).append("\">\n<h2>")
                .append(escape(name)).append("</h2>\n");
        tableHead("", "column.id", "column.severity", "column.explanation");
        for (FindingCatalog.Entry entry : catalog.findings()) {
            if (entry.about().equals(code)) {
                out.append("<tr id=\"").append(escape(anchor(entry.id()))).append("\">");
                cell(code(entry.id()));
                out.append("<td class=\"").append(severityClass(entry.severity())).append("\">")
                        .append(escape(severityWords(entry))).append("</td>");
                cell(escape(entry.explanation()));
                out.append("</tr>\n");
            }
        }
        out.append(END_TABLE).append("</section>\n");
    }

    private String severityWords(FindingCatalog.Entry entry) {
        String own = text.severity(entry.severity());
        return entry.converting().filter(c -> c != entry.severity())
                .map(c -> text.get("severity.converting", Map.of("severity", own, "converting", text.severity(c))))
                .orElse(own);
    }

    /** Each form rule once, by id, sums first and value rules last, with the editions that have it. */
    private void formRules(List<FormDefinition> forms) {
        Map<String, Rule> first = new LinkedHashMap<>();
        Map<String, List<String>> editions = new LinkedHashMap<>();
        for (FormDefinition form : forms) {
            for (Rule rule : form.rules()) {
                first.putIfAbsent(rule.id(), rule);
                List<String> codes = editions.computeIfAbsent(rule.id(), id -> new ArrayList<>());
                if (!codes.contains(form.edition())) {
                    codes.add(form.edition());
                }
            }
        }
        out.append("<section class=\"form-rules\" id=\"form-rules\">\n<h2>")
                .append(escape(text.get("form-rules.heading"))).append("</h2>\n<p>")
                .append(escape(text.get("form-rules.intro"))).append("</p>\n");
        tableHead("", "column.id", "column.kind", "column.severity", "column.explanation", "column.editions");
        first.values().stream().sorted(Comparator.comparing(RuleWording.Kind::of))
                .forEach(rule -> formRule(rule, editions.get(rule.id())));
        out.append(END_TABLE).append("</section>\n");
    }

    private void formRule(Rule rule, List<String> editions) {
        RuleWording.Kind kind = RuleWording.Kind.of(rule);
        out.append("<tr id=\"").append(escape(anchor(rule.id()))).append("\">");
        cell(code(rule.id()));
        cell(escape(text.get(kind.key("kind"))));
        severityCell(rule.severity());
        cell(escape(kind == RuleWording.Kind.VALUE ? rule.title() : text.get(kind.key("about"))));
        List<String> links = new ArrayList<>();
        for (String edition : editions) {
            links.add("<a href=\"#" + escape(editionAnchor(edition, rule.id())) + "\">"
                    + escape(text.get("edition.link", Map.of("edition", edition))) + "</a>");
        }
        cell(String.join(" ", links));
        out.append("</tr>\n");
    }

    private void edition(FormDefinition form) {
        RuleWording wording = new RuleWording(form, text);
        out.append("<section class=\"edition\" id=\"edition-").append(escape(form.edition())).append("\">\n<h2>")
                .append(escape(heading(form))).append("</h2>\n");
        List<Rule> arithmetic = form.singleReportRules().stream().filter(r -> !(r instanceof ValueRule)).toList();
        ruleGroups(form, "edition.arithmetic", arithmetic, wording);
        ruleGroups(form, "edition.cross-year", List.copyOf(form.crossYearRules()), wording);
        valueRules(form, wording);
        out.append("</section>\n");
    }

    private String heading(FormDefinition form) {
        return text.get("edition.heading", Map.of("edition", form.edition(), "title", form.title(),
                "issued_by", form.issuedBy()));
    }

    /** The rules of an edition under a heading, by id, each id's rules table by table. */
    private void ruleGroups(FormDefinition form, String headingKey, List<Rule> rules, RuleWording wording) {
        out.append("<h3>").append(escape(text.get(headingKey))).append("</h3>\n");
        Map<String, List<Rule>> byId = new LinkedHashMap<>();
        rules.forEach(rule -> byId.computeIfAbsent(rule.id(), id -> new ArrayList<>()).add(rule));
        byId.forEach((id, same) -> {
            Rule rule = same.get(0);
            out.append("<h4 id=\"").append(escape(editionAnchor(form.edition(), id))).append("\">")
                    .append(code(id)).append(' ').append(escape(text.get(RuleWording.Kind.of(rule).key("kind"))))
                    .append(" <span class=\"").append(severityClass(rule.severity())).append("\">")
                    .append(escape(text.severity(rule.severity()))).append("</span></h4>\n");
            Map<TableDef, List<Rule>> byTable = new LinkedHashMap<>();
            same.forEach(r -> byTable.computeIfAbsent(wording.table(r), t -> new ArrayList<>()).add(r));
            byTable.forEach((table, inTable) -> ruleTable(table, inTable, wording));
        });
    }

    private void ruleTable(TableDef table, List<Rule> rules, RuleWording wording) {
        tableHead(text.get("table.caption", Map.of("title", table.title(), "sheet", table.sheet())),
                "column.rule", "column.meaning");
        for (Rule rule : rules) {
            out.append("<tr>");
            cell(escape(rule.title()));
            cell(escape(wording.meaning(rule)));
            out.append("</tr>\n");
        }
        out.append(END_TABLE);
    }

    private void valueRules(FormDefinition form, RuleWording wording) {
        out.append("<h3>").append(escape(text.get("edition.values"))).append("</h3>\n");
        tableHead("", "column.id", "column.severity", "column.rule", "column.prompt", "column.applies");
        for (Rule rule : form.rules()) {
            if (rule instanceof ValueRule value) {
                out.append("<tr id=\"").append(escape(editionAnchor(form.edition(), value.id()))).append("\">");
                cell(code(value.id()));
                severityCell(value.severity());
                cell(escape(value.title()));
                cell(escape(value.kind().prompt()));
                cell(escape(wording.columns(value)));
                out.append("</tr>\n");
            }
        }
        out.append(END_TABLE);
    }

    /** Opens a {@code table.rules} with a caption (none when empty) and a header row of the bundle's words. */
    private void tableHead(String caption, String... columnKeys) {
        out.append("<table class=\"rules\">\n");
        if (!caption.isEmpty()) {
            out.append("<caption>").append(escape(caption)).append("</caption>\n");
        }
        out.append("<thead><tr>");
        for (String key : columnKeys) {
            out.append("<th scope=\"col\">").append(escape(text.get(key))).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
    }

    /** A cell of already escaped HTML. */
    private void cell(String html) {
        out.append("<td>").append(html).append("</td>");
    }

    private void severityCell(Severity severity) {
        out.append("<td class=\"").append(severityClass(severity)).append("\">")
                .append(escape(text.severity(severity))).append("</td>");
    }

    private static String editionAnchor(String edition, String ruleId) {
        return ANCHOR + edition + "-" + ruleId;
    }

    private static String severityClass(Severity severity) {
        return "severity-" + severity.name().toLowerCase(Locale.ROOT);
    }

    private static String code(String id) {
        return "<code>" + escape(id) + "</code>";
    }

    /** The words as HTML text or attribute value: {@code <}, {@code &} and quotes escaped. */
    static String escape(String words) {
        return Entities.escape(words);
    }
}
