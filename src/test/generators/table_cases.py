#!/usr/bin/env python3
"""Writes the golden cases html-*, docx-*, text-pipes-* and heading-* under src/test/resources/reports/.

Each case is the official tables (laid out with the official rowspans and colspans) filled with figures taken
from the seeds' expectations and varied (non-zero figures, blank cells, markers / and —, 增/减, 万元), rendered in
one layout: a portal page, Word-exported HTML, a GBK page, one-cell-per-line text with ' |' empty cells, headings
with suffixes, typos, other numbering or none. The expected.json is written from the same figures.
A .docx is made from a plain HTML rendering with LibreOffice (soffice --convert-to docx); the other sources are
written directly. Run from the project directory: python3 src/test/generators/table_cases.py
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from decimal import Decimal

ROOT = os.path.join("src", "test", "resources", "reports")


class Cell:
    """One cell of the official layout: a label, or the figure of a cell code."""

    def __init__(self, text="", rs=1, cs=1, code=None, header=False):
        self.text, self.rs, self.cs, self.code, self.header = text, rs, cs, code, header


def L(text, rs=1, cs=1):
    return Cell(text, rs, cs)


def H(text, rs=1, cs=1):
    return Cell(text, rs, cs, header=True)


def F(code, cs=1):
    return Cell(cs=cs, code=code)


def caption(text, width):
    return [L(text, cs=width)]


def active_2021():
    a = "active."
    return [
        caption("第二十条第（一）项", 4),
        [H("信息内容"), H("本年制发件数"), H("本年废止件数"), H("现行有效件数")],
        [L("规章")] + [F(a + "rules." + c) for c in ("issued", "repealed", "in_force")],
        [L("行政规范性文件")] + [F(a + "normative_docs." + c) for c in ("issued", "repealed", "in_force")],
        caption("第二十条第（五）项", 4),
        [H("信息内容"), H("本年处理决定数量", cs=3)],
        [L("行政许可"), F(a + "licensing.decisions", cs=3)],
        caption("第二十条第（六）项", 4),
        [H("信息内容"), H("本年处理决定数量", cs=3)],
        [L("行政处罚"), F(a + "penalties.decisions", cs=3)],
        [L("行政强制"), F(a + "enforcement.decisions", cs=3)],
        caption("第二十条第（八）项", 4),
        [H("信息内容"), H("本年收费金额（单位：万元）", cs=3)],
        [L("行政事业性收费"), F(a + "fees.amount", cs=3)],
    ]


def active_2019():
    a = "active."
    items = ("prev_items", "change", "decisions")
    three = [H("信息内容"), H("上一年项目数量"), H("本年增/减"), H("处理决定数量")]
    return [
        caption("第二十条第（一）项", 4),
        [H("信息内容"), H("本年新制作数量"), H("本年新公开数量"), H("对外公开总数量")],
        [L("规章")] + [F(a + "rules." + c) for c in ("made", "published", "total_published")],
        [L("规范性文件")] + [F(a + "normative_docs." + c) for c in ("made", "published", "total_published")],
        caption("第二十条第（五）项", 4), list(three),
        [L("行政许可")] + [F(a + "licensing." + c) for c in items],
        [L("其他对外管理服务事项")] + [F(a + "other_services." + c) for c in items],
        caption("第二十条第（六）项", 4), list(three),
        [L("行政处罚")] + [F(a + "penalties." + c) for c in items],
        [L("行政强制")] + [F(a + "enforcement." + c) for c in items],
        caption("第二十条第（八）项", 4),
        [H("信息内容"), H("上一年项目数量"), H("本年增/减", cs=2)],
        [L("行政事业性收费"), F(a + "fees.prev_items"), F(a + "fees.change", cs=2)],
        caption("第二十条第（九）项", 4),
        [H("信息内容"), H("采购项目数量"), H("采购总金额", cs=2)],
        [L("政府集中采购"), F(a + "procurement.projects"), F(a + "procurement.amount", cs=2)],
    ]


APPLICANTS = ("natural_person", "business", "research", "nonprofit", "legal_services", "other_org", "total")
DENIED = ("1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
          "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项")
DENIED_CODES = ("denied_secret", "denied_law", "denied_security", "denied_third_party", "denied_internal",
                "denied_process", "denied_case_file", "denied_query")
UNABLE = ("1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确")
UNABLE_CODES = ("unable_not_held", "unable_needs_making", "unable_unclear")
REJECTED = ("1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
            "5.要求行政机关确认或重新出具已获取信息")
REJECTED_CODES = ("rejected_petition", "rejected_repeat", "rejected_publication", "rejected_excessive",
                  "rejected_confirmation")
OTHER = ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
         "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他")
OTHER_CODES = ("other_no_correction", "other_unpaid_fee", "other_misc")
CORNER = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"


def figures(row):
    return [F("requests." + row + "." + c) for c in APPLICANTS]


def requests(edition):
    rows = [
        [L(CORNER, rs=3, cs=3), H("申请人情况", cs=7)],
        [H("自然人", rs=2), H("法人或其他组织", cs=5), H("总计", rs=2)],
        [H("商业企业"), H("科研机构"), H("社会公益组织"), H("法律服务机构"), H("其他")],
        [L("一、本年新收政府信息公开申请数量", cs=3)] + figures("new"),
        [L("二、上年结转政府信息公开申请数量", cs=3)] + figures("carried_over"),
        [L("三、本年度办理结果", rs=22 if edition == "2021" else 20), L("（一）予以公开", cs=2)] + figures("granted"),
        [L("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", cs=2)] + figures("partial"),
    ]
    for group, labels, codes in (("（三）不予公开", DENIED, DENIED_CODES), ("（四）无法提供", UNABLE, UNABLE_CODES),
                                 ("（五）不予处理", REJECTED, REJECTED_CODES)) + (
            (("（六）其他处理", OTHER, OTHER_CODES),) if edition == "2021" else ()):
        for i, (label, code) in enumerate(zip(labels, codes)):
            rows.append(([L(group, rs=len(labels))] if i == 0 else []) + [L(label)] + figures(code))
    if edition == "2019":
        rows.append([L("（六）其他处理", cs=2)] + figures("other"))
    rows.append([L("（七）总计", cs=2)] + figures("results_total"))
    rows.append([L("四、结转下年度继续办理", cs=3)] + figures("carried_forward"))
    return rows


def appeals():
    outcomes = ("upheld", "corrected", "other", "pending", "total")
    labels = ("结果维持", "结果纠正", "其他结果", "尚未审结", "总计")
    return [
        [H("行政复议", cs=5), H("行政诉讼", cs=10)],
        [H(t, rs=2) for t in labels] + [H("未经复议直接起诉", cs=5), H("复议后起诉", cs=5)],
        [H(t) for t in labels] * 2,
        [F("appeals." + g + "." + o) for g in ("review", "suit_direct", "suit_after_review") for o in outcomes],
    ]


TITLES = ("二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况")


def tables(edition):
    return [active_2021() if edition == "2021" else active_2019(), requests(edition), appeals()]


# ---------------------------------------------------------------- figures

NUMBER = re.compile(r"^(增|減|减|\+|-)?(\d+)(\.\d+)?(件|万元|萬元|元)?(（.*）)?$")


def value(text):
    """The number a printed cell holds (as cell-codes.md reads it), or None for a blank or a marker."""
    t = text.replace("\u00a0", "").strip()
    if t in ("", "/", "-", "—", "无", "不适用"):
        return None
    m = NUMBER.match(t)
    if not m:
        raise ValueError("not a printed figure: " + text)
    number = Decimal(m.group(2) + (m.group(3) or ""))
    if m.group(1) in ("减", "減", "-"):
        number = -number
    if m.group(4) == "元":
        number = number / 10000
    return int(number) if number == number.to_integral_value() else float(number)


def requests_figures(edition, rows, printed=None):
    """The requests table's printed figures: each row's six applicant figures, totals added up (as text)."""
    results = (["granted", "partial"] + list(DENIED_CODES) + list(UNABLE_CODES) + list(REJECTED_CODES)
               + (list(OTHER_CODES) if edition == "2021" else ["other"]))
    cells = {}
    column_sums = [0] * 6
    for row in ["new", "carried_over"] + results:
        six = rows.get(row, [0] * 6)
        for c, figure in zip(APPLICANTS, six):
            cells["requests.%s.%s" % (row, c)] = str(figure)
        cells["requests.%s.total" % row] = str(sum(v for v in six if isinstance(v, int)))
        if row in results:
            column_sums = [s + (v if isinstance(v, int) else 0) for s, v in zip(column_sums, six)]
    for c, s in zip(APPLICANTS, column_sums):
        cells["requests.results_total." + c] = str(s)
    cells["requests.results_total.total"] = str(sum(column_sums))
    forward = []
    for i, c in enumerate(APPLICANTS[:6]):
        new = rows.get("new", [0] * 6)[i]
        over = rows.get("carried_over", [0] * 6)[i]
        forward.append(sum(v for v in (new, over) if isinstance(v, int)) - column_sums[i])
    for c, f in zip(APPLICANTS, forward):
        cells["requests.carried_forward." + c] = str(f)
    cells["requests.carried_forward.total"] = str(sum(forward))
    cells.update(printed or {})
    return cells


def appeals_figures(groups):
    cells = {}
    for g, four in zip(("review", "suit_direct", "suit_after_review"), groups):
        for o, v in zip(("upheld", "corrected", "other", "pending"), four):
            cells["appeals.%s.%s" % (g, o)] = str(v)
        cells["appeals.%s.total" % g] = str(sum(v for v in four if isinstance(v, int)))
    return cells


# ---------------------------------------------------------------- renderers

def grid_rows(layout, figures_of):
    """The layout's rows as (cell, text) pairs; a figure cell's text is its printed figure."""
    return [[(cell, figures_of.get(cell.code, "") if cell.code else cell.text) for cell in row] for row in layout]


def span_attributes(cell):
    return ("" if cell.rs == 1 else ' rowspan="%d"' % cell.rs) + ("" if cell.cs == 1 else ' colspan="%d"' % cell.cs)


def html_table(layout, figures_of, style, heading=None):
    """One table in HTML; style: plain, word, chars (header one character per <p>), spans (numbers over spans)."""
    style = style.split()
    out = ['<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;'
           'mso-table-layout-alt:fixed;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">' if "word" in style
           else '<table border="1" cellspacing="0" cellpadding="2" width="100%">']
    if heading and "caption" in style:
        out.append("<caption>%s</caption>" % heading)
    for r, row in enumerate(grid_rows(layout, figures_of)):
        out.append("<tr style='mso-yfti-irow:%d'>" % r if "word" in style else "<tr>")
        for cell, text in row:
            out.append("<td%s%s>%s</td>" % (span_attributes(cell), " valign=middle style='border:solid windowtext "
                                             "1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt'"
                                             if "word" in style else "", html_cell(cell, text, style)))
        out.append("</tr>")
    if "word" in style:
        out.append("<![if !supportMisalignedColumns]><tr height=0>%s</tr><![endif]>"
                   % "".join("<td width=60 style='border:none'></td>" for _ in range(len(layout[-1]))))
    out.append("</table>")
    return "\n".join(out)


def html_cell(cell, text, style):
    blank = cell.code and text.strip() == ""
    if "word" in style:
        if blank or text == "":
            return "<p class=MsoNormal align=center style='text-align:center'><span lang=EN-US><o:p>&nbsp;</o:p>" \
                   "</span></p>"
        return ("<p class=MsoNormal align=center style='text-align:center;mso-pagination:widow-orphan'><span "
                "style='font-size:10.5pt;font-family:宋体;mso-bidi-font-family:宋体;mso-font-kerning:0pt'>%s"
                "<span lang=EN-US><o:p></o:p></span></span></p>" % text)
    if blank:
        return "<br/>" if "br" in style else "&nbsp;"
    if "chars" in style and cell.header and len(text) <= 8:
        return "".join("<p>%s</p>" % ch for ch in text)
    if "spans" in style and cell.code and re.fullmatch(r"\d{2,}", text):
        return "<span>%s</span><span style=\"color:#000\">%s</span>" % (text[:len(text) // 2],
                                                                         text[len(text) // 2:])
    if "spans" in style and cell.code:
        return text + "&nbsp;"
    return text


def pipes(layout, figures_of):
    """One table as one cell per line: 'text |', an empty cell ' |', a row ending with '||'."""
    lines = []
    for row in grid_rows(layout, figures_of):
        for cell, text in row:
            lines.append(" |" if cell.code and text.strip() == "" else text + " |")
        lines.append("||")
    return lines


def plain_cells(layout, figures_of):
    """One table as one cell per line with an empty line between (seed 003's shape); no empty cells."""
    lines = []
    for row in grid_rows(layout, figures_of):
        for cell, text in row:
            if cell.code and text.strip() == "":
                raise ValueError("an empty cell cannot be printed one cell per line without separators")
            lines += [text, ""]
    return lines


# ---------------------------------------------------------------- cases

def expected(case, edition, figures_of, unit, year, notes):
    codes = [cell.code for layout in tables(edition) for row in layout for cell in row if cell.code]
    cells = {code: value(figures_of[code]) for code in codes}
    printed = {}
    for code in codes:
        text = figures_of[code]
        v = cells[code]
        if v is None or text != str(v):
            printed[code] = text
    return {"source": "", "unit": unit, "year": year, "edition": edition, "cells": cells,
            "printed": printed, "known_errors": case.get("known_errors", []), "notes": notes}


def write_case(name, source_name, content, exp, encoding="utf-8"):
    directory = os.path.join(ROOT, name)
    if os.path.isdir(directory):
        shutil.rmtree(directory)
    os.makedirs(directory)
    if isinstance(content, bytes):
        open(os.path.join(directory, source_name), "wb").write(content)
    else:
        open(os.path.join(directory, source_name), "w", encoding=encoding).write(content)
    exp["source"] = source_name
    with open(os.path.join(directory, "expected.json"), "w", encoding="utf-8") as out:
        json.dump(exp, out, ensure_ascii=False, indent=1)
        out.write("\n")


def html_page(title, body, head="", charset="utf-8"):
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"%s\"><title>%s</title>%s</head>\n<body>\n%s\n</body></html>\n"
            % (charset, title, head, body))


NARRATIVE = ("<p>一、总体情况</p><p>本年度，%s认真贯彻落实《中华人民共和国政府信息公开条例》，主动公开、依申请公开、"
             "政府信息管理、平台建设和监督保障各项工作有序推进。</p>")
CLOSING = ("<p>五、存在的主要问题及改进情况</p><p>信息公开的及时性有待提高，下一步将加强培训。</p>"
           "<p>六、其他需要报告的事项</p><p>本年度未收取信息处理费。</p>")


def html_report(unit, year, edition, figures_of, style, headings=TITLES):
    parts = [paragraph("%s%d年政府信息公开工作年度报告" % (unit, year), style), NARRATIVE % unit]
    for heading, layout in zip(headings, tables(edition)):
        if heading and "caption" not in style:
            parts.append(paragraph(heading, style))
        parts.append(html_table(layout, figures_of, style, heading))
    parts.append(CLOSING)
    body = "\n".join(parts)
    return "<div class=WordSection1 style='layout-grid:15.6pt'>\n%s\n</div>" % body if "word" in style else body


def paragraph(text, style):
    if "word" in style:
        return ("<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0'><b><span "
                "style='font-size:16.0pt;font-family:黑体;mso-hansi-font-family:宋体'>%s<span lang=EN-US><o:p></o:p>"
                "</span></span></b></p>" % text)
    return "<p>%s</p>" % text


def text_report(unit, year, edition, figures_of, render, headings=TITLES):
    lines = ["%s%d年政府信息公开工作年度报告" % (unit, year), "一、总体情况",
             "本年度，%s认真贯彻落实《中华人民共和国政府信息公开条例》，各项工作有序推进。" % unit]
    for heading, layout in zip(headings, tables(edition)):
        if heading:
            lines.append(heading)
        lines += render(layout, figures_of)
    lines += ["五、存在的主要问题及改进情况", "信息公开的及时性有待提高。", "六、其他需要报告的事项", "本年度未收取信息处理费。"]
    return "\n".join(lines) + "\n"


def docx_from_html(html):
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "report.html")
        open(source, "w", encoding="utf-8").write(html)
        subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lo-tables", "--headless", "--convert-to",
                        "docx:MS Word 2007 XML", "--outdir", work, source], check=True, capture_output=True)
        return open(os.path.join(work, "report.docx"), "rb").read()


def main():
    from table_figures import CASES
    for case in CASES:
        figures_of = case["figures"]
        unit, year, edition = case["unit"], case["year"], case["edition"]
        kind = case["kind"]
        if kind == "html":
            body = case.get("wrap", lambda b: b)(html_report(unit, year, edition, figures_of, case["style"],
                                                             case.get("headings", TITLES)))
            charset = case.get("charset", "utf-8")
            content = html_page(case["title"], body, case.get("head", ""), charset)
            exp = expected(case, edition, figures_of, unit, year, case["notes"])
            write_case(case["name"], "report.html", content.encode("gbk" if charset == "gbk" else "utf-8"), exp)
        elif kind == "docx":
            content = docx_from_html(html_page(case["title"], html_report(unit, year, edition, figures_of, "plain",
                                                                          case.get("headings", TITLES))))
            write_case(case["name"], "report.docx", content,
                       expected(case, edition, figures_of, unit, year, case["notes"]))
        else:
            render = pipes if kind == "pipes" else plain_cells
            content = text_report(unit, year, edition, figures_of, render, case.get("headings", TITLES))
            write_case(case["name"], "report.txt", content,
                       expected(case, edition, figures_of, unit, year, case["notes"]))
        print("wrote", case["name"])


if __name__ == "__main__":
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    main()
