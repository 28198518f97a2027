#!/usr/bin/env python3
"""Makes the golden cases of Word 97-2003 reports (doc-*, doc-html-*, doc-docx-*, docx-doc-*).

Each case is an HTML page holding a report's title, some prose and the three official tables laid out as
published (rowspan/colspan: the vertically merged group labels, the 法人或其他组织 and 行政诉讼 headers), with the
figures of a seed report varied (non-zero figures that add up, blank cells, a blank row, markers / and —).
LibreOffice turns the page into the case's file:

  doc        HTML -> Writer -> "MS Word 97" (.doc)
  doc-docx   HTML -> Writer -> .docx -> .doc      (a .doc that went through Word 2007+ format)
  html       the page itself, in Word's "web page" dialect and GBK, saved with a .doc extension
  html-plain the page itself, plain HTML in UTF-8, saved with a .doc extension
  docx       HTML -> .docx, saved with a .doc extension (a renamed .docx)
  doc-as-docx HTML -> .doc, saved with a .docx extension (a renamed .doc)

Run from the repository root: python3 src/test/generators/doc_cases.py   (needs soffice; the tests do not)
"""
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile

REPORTS = "src/test/resources/reports"
PROFILE = "file:///tmp/lo-doc"
APPLICANTS = ["natural_person", "business", "research", "nonprofit", "legal_services", "other_org", "total"]
RESULT_ROWS_2021 = [
    ("granted", None, "（一）予以公开"),
    ("partial", None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
    ("denied_secret", "（三）不予公开", "1.属于国家秘密"),
    ("denied_law", "（三）不予公开", "2.其他法律行政法规禁止公开"),
    ("denied_security", "（三）不予公开", "3.危及“三安全一稳定”"),
    ("denied_third_party", "（三）不予公开", "4.保护第三方合法权益"),
    ("denied_internal", "（三）不予公开", "5.属于三类内部事务信息"),
    ("denied_process", "（三）不予公开", "6.属于四类过程性信息"),
    ("denied_case_file", "（三）不予公开", "7.属于行政执法案卷"),
    ("denied_query", "（三）不予公开", "8.属于行政查询事项"),
    ("unable_not_held", "（四）无法提供", "1.本机关不掌握相关政府信息"),
    ("unable_needs_making", "（四）无法提供", "2.没有现成信息需要另行制作"),
    ("unable_unclear", "（四）无法提供", "3.补正后申请内容仍不明确"),
    ("rejected_petition", "（五）不予处理", "1.信访举报投诉类申请"),
    ("rejected_repeat", "（五）不予处理", "2.重复申请"),
    ("rejected_publication", "（五）不予处理", "3.要求提供公开出版物"),
    ("rejected_excessive", "（五）不予处理", "4.无正当理由大量反复申请"),
    ("rejected_confirmation", "（五）不予处理", "5.要求行政机关确认或重新出具已获取信息"),
    ("other_no_correction", "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
    ("other_unpaid_fee", "（六）其他处理", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
    ("other_misc", "（六）其他处理", "3.其他"),
]
RESULT_ROWS_2019 = RESULT_ROWS_2021[:18] + [("other", None, "（六）其他处理")]
ACTIVE_2021 = [
    ("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"],
     [("rules", "规章", ["issued", "repealed", "in_force"]),
      ("normative_docs", "行政规范性文件", ["issued", "repealed", "in_force"])]),
    ("第二十条第（五）项", ["本年处理决定数量"], [("licensing", "行政许可", ["decisions"])]),
    ("第二十条第（六）项", ["本年处理决定数量"],
     [("penalties", "行政处罚", ["decisions"]), ("enforcement", "行政强制", ["decisions"])]),
    ("第二十条第（八）项", ["本年收费金额（单位：万元）"], [("fees", "行政事业性收费", ["amount"])]),
]
ACTIVE_2019 = [
    ("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
     [("rules", "规章", ["made", "published", "total_published"]),
      ("normative_docs", "规范性文件", ["made", "published", "total_published"])]),
    ("第二十条第（五）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
     [("licensing", "行政许可", ["prev_items", "change", "decisions"]),
      ("other_services", "其他对外管理服务事项", ["prev_items", "change", "decisions"])]),
    ("第二十条第（六）项", ["上一年项目数量", "本年增/减", "处理决定数量"],
     [("penalties", "行政处罚", ["prev_items", "change", "decisions"]),
      ("enforcement", "行政强制", ["prev_items", "change", "decisions"])]),
    ("第二十条第（八）项", ["上一年项目数量", "本年增/减"], [("fees", "行政事业性收费", ["prev_items", "change"])]),
    ("第二十条第（九）项", ["采购项目数量", "采购总金额"], [("procurement", "政府集中采购", ["projects", "amount"])]),
]
APPEAL_GROUPS = ["review", "suit_direct", "suit_after_review"]
APPEAL_COLUMNS = ["upheld", "corrected", "other", "pending", "total"]


def td(text, rows=1, cols=1, word=False):
    span = (f' rowspan="{rows}"' if rows > 1 else "") + (f' colspan="{cols}"' if cols > 1 else "")
    body = f'<p class=MsoNormal align=center><span lang=EN-US>{text}</span></p>' if word else text
    return f"<td{span}>{body}</td>"


def active_table(edition, printed, word):
    rows = []
    for caption, headers, items in (ACTIVE_2021 if edition == "2021" else ACTIVE_2019):
        rows.append([td(caption, cols=4, word=word)])
        rows.append([td("信息内容", word=word)] + header_cells(headers, word))
        for row, label, columns in items:
            cells = [td(label, word=word)]
            widths = spans(len(columns))
            cells += [td(printed[f"active.{row}.{c}"], cols=w, word=word) for c, w in zip(columns, widths)]
            rows.append(cells)
    return rows


def spans(n):
    """Three figure columns: one figure spans all three, two figures take one and two."""
    return {1: [3], 2: [1, 2], 3: [1, 1, 1]}[n]


def header_cells(headers, word):
    return [td(h, cols=w, word=word) for h, w in zip(headers, spans(len(headers)))]


def requests_table(edition, printed, word):
    results = RESULT_ROWS_2021 if edition == "2021" else RESULT_ROWS_2019
    rows = [[td("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3, word),
             td("申请人情况", cols=7, word=word)],
            [td("自然人", rows=2, word=word), td("法人或其他组织", cols=5, word=word), td("总计", rows=2, word=word)],
            [td(t, word=word) for t in ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]]]

    def figures(row):
        return [td(printed[f"requests.{row}.{c}"], word=word) for c in APPLICANTS]

    rows.append([td("一、本年新收政府信息公开申请数量", cols=3, word=word)] + figures("new"))
    rows.append([td("二、上年结转政府信息公开申请数量", cols=3, word=word)] + figures("carried_over"))
    group_seen = set()
    for i, (row, group, label) in enumerate(results):
        cells = [td("三、本年度办理结果", rows=len(results) + 1, word=word)] if i == 0 else []
        if group is None:
            cells.append(td(label, cols=2, word=word))
        else:
            if group not in group_seen:
                group_seen.add(group)
                cells.append(td(group, rows=sum(1 for r in results if r[1] == group), word=word))
            cells.append(td(label, word=word))
        rows.append(cells + figures(row))
    rows.append([td("（七）总计", cols=2, word=word)] + figures("results_total"))
    rows.append([td("四、结转下年度继续办理", cols=3, word=word)] + figures("carried_forward"))
    return rows


def appeals_table(printed, word):
    heads = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return [[td("行政复议", cols=5, word=word), td("行政诉讼", cols=10, word=word)],
            [td(h, rows=2, word=word) for h in heads]
            + [td("未经复议直接起诉", cols=5, word=word), td("复议后起诉", cols=5, word=word)],
            [td(h, word=word) for h in heads * 2],
            [td(printed[f"appeals.{g}.{c}"], word=word) for g in APPEAL_GROUPS for c in APPEAL_COLUMNS]]


def page(case, word):
    printed = case["printed_all"]
    head = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head><meta http-equiv=Content-Type content="text/html; charset=gb2312">'
            '<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">'
            '<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->'
            '<style>p.MsoNormal{margin:0cm;font-size:10.5pt;font-family:宋体}</style></head>\n'
            '<body lang=ZH-CN style="tab-interval:21.0pt"><div class=WordSection1>\n'
            if word else
            '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>年度报告</title></head><body>\n')
    para = (lambda t: f"<p class=MsoNormal>{t}</p>\n") if word else (lambda t: f"<p>{t}</p>\n")
    table_open = ('<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 '
                  'style="border-collapse:collapse;border:none">' if word else '<table border="1">')
    parts = [head, para(case["title"])]
    parts += [para(p) for p in case["prose"]]
    titles = ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]
    tables = [active_table(case["edition"], printed, word), requests_table(case["edition"], printed, word),
              appeals_table(printed, word)]
    for title, rows in zip(titles, tables):
        parts.append(para(title))
        parts.append(table_open + "\n" + "".join("<tr>" + "".join(r) + "</tr>\n" for r in rows) + "</table>\n")
    parts.append(para("五、存在的主要问题及改进情况"))
    parts.append(para("一是公开内容的规范性有待加强。下一步将加强培训，提升公开质量。"))
    parts.append(para("六、其他需要报告的事项"))
    parts.append(para("本年度未收取信息处理费。"))
    parts.append("</div></body></html>\n" if word else "</body></html>\n")
    return "".join(parts)


def varied_requests(rng, edition, blank_rows=(), scale=6):
    """Figures for table 三 that add up: results by applicant, the totals, and the balance new + carried = done + left."""
    results = [r[0] for r in (RESULT_ROWS_2021 if edition == "2021" else RESULT_ROWS_2019)]
    cells = {}
    for column in APPLICANTS[:-1]:
        busy = column in ("natural_person", "business", "other_org")
        done = 0
        for row in results:
            value = 0 if row in blank_rows or not busy or rng.random() < 0.5 else rng.randint(1, scale)
            cells[f"requests.{row}.{column}"] = value
            done += value
        carried = rng.randint(0, 3) if busy else 0
        left = rng.randint(0, 4) if busy else 0
        cells[f"requests.results_total.{column}"] = done
        cells[f"requests.carried_over.{column}"] = carried
        cells[f"requests.carried_forward.{column}"] = left
        cells[f"requests.new.{column}"] = done + left - carried
    for row in ["new", "carried_over"] + results + ["results_total", "carried_forward"]:
        cells[f"requests.{row}.total"] = sum(cells[f"requests.{row}.{c}"] for c in APPLICANTS[:-1])
    return cells


def varied_appeals(rng):
    cells = {}
    for g in APPEAL_GROUPS:
        parts = [rng.randint(0, 5) for _ in range(4)]
        for c, v in zip(APPEAL_COLUMNS, parts + [sum(parts)]):
            cells[f"appeals.{g}.{c}"] = v
    return cells


def soffice(source, fmt, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--infilter=HTML (StarWriter)",
                    "--convert-to", fmt, "--outdir", outdir, source], check=True, capture_output=True)


def soffice_plain(source, fmt, outdir):
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to", fmt,
                    "--outdir", outdir, source], check=True, capture_output=True)


def make(case):
    printed_all = {code: ("" if value is None else str(value)) for code, value in case["cells"].items()}
    printed_all.update(case["printed"])
    case["printed_all"] = printed_all
    directory = os.path.join(REPORTS, case["name"])
    shutil.rmtree(directory, ignore_errors=True)
    os.makedirs(directory)
    target = os.path.join(directory, case["file"])
    with tempfile.TemporaryDirectory() as tmp:
        html = os.path.join(tmp, "report.html")
        word = case["how"] == "html"
        encoding = "gbk" if word else "utf-8"
        with open(html, "w", encoding=encoding) as f:
            f.write(page(case, word))
        if case["how"] in ("html", "html-plain"):
            shutil.copy(html, target)
        elif case["how"] == "doc":
            soffice(html, 'doc:MS Word 97', tmp)
            shutil.copy(os.path.join(tmp, "report.doc"), target)
        elif case["how"] == "docx":
            soffice(html, 'docx:MS Word 2007 XML', tmp)
            shutil.copy(os.path.join(tmp, "report.docx"), target)
        elif case["how"] == "doc-docx":
            soffice(html, 'docx:MS Word 2007 XML', tmp)
            os.makedirs(os.path.join(tmp, "out"))
            soffice_plain(os.path.join(tmp, "report.docx"), 'doc:MS Word 97', os.path.join(tmp, "out"))
            shutil.copy(os.path.join(tmp, "out", "report.doc"), target)
        elif case["how"] == "doc-as-docx":
            soffice(html, 'doc:MS Word 97', tmp)
            shutil.copy(os.path.join(tmp, "report.doc"), target)
    expected = {"source": case["file"], "unit": case["unit"], "year": case["year"], "edition": case["edition"],
                "cells": case["cells"], "printed": case["printed"], "known_errors": [], "notes": case["notes"]}
    with open(os.path.join(directory, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")


def seed(number):
    with open(os.path.join(REPORTS, f"seed-{number}", "expected.json"), encoding="utf-8") as f:
        return json.load(f)


def blank(cells, printed, codes, marker=None):
    """Cells printed blank (or with a not-applicable marker): no value."""
    for code in codes:
        cells[code] = None
        if marker is not None:
            printed[code] = marker


def cases():
    rng = random.Random(20240601)
    made = []
    prose = ["一、总体情况", "本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政务公开工作。"]
    how_made = ("Made by src/test/generators/doc_cases.py: an HTML page with the three official tables (rowspan/colspan "
                "as published: 三、本年度办理结果 and the （三）–（六） group labels merged vertically, 法人或其他组织, "
                "申请人情况, 行政复议 and 行政诉讼 merged horizontally), ")

    # 1. Seed 001 (开州区民政局 2024, edition 2021), figures varied, a blank row and a blank cell mid-row, markers.
    cells = dict(seed("001")["cells"])
    cells.update(varied_requests(rng, "2021", blank_rows=("denied_internal",)))
    cells.update(varied_appeals(rng))
    cells["active.rules.issued"], cells["active.rules.in_force"] = 2, 14
    printed = {}
    blank(cells, printed, [f"requests.denied_internal.{c}" for c in APPLICANTS[1:-1]])
    blank(cells, printed, ["requests.partial.research"])
    blank(cells, printed, ["active.rules.repealed"], "/")
    blank(cells, printed, ["active.enforcement.decisions"], "—")
    made.append(dict(name="doc-1-kaizhou-2024", file="kaizhou-2024.doc", how="doc", edition="2021", year=2024,
                     unit="重庆市开州区民政局", title="重庆市开州区民政局2024年政府信息公开工作年度报告",
                     prose=prose, cells=cells, printed=printed,
                     notes=how_made + "saved by LibreOffice Writer as Word 97 (.doc). Figures of seed 001 varied: "
                     "table 三 non-zero and adding up, row 5.属于三类内部事务信息 printed blank between its 自然人 and 总计 "
                     "cells (both 0), the 科研机构 cell of "
                     "（二）部分公开 blank, 规章 本年废止件数 printed '/', 行政强制 printed '—'."))

    # 2. Seed 004 (華陰市 2020, edition 2019): 增/減 changes, 679.7萬元, the single （六）其他处理 row.
    cells = dict(seed("004")["cells"])
    cells.update(varied_requests(rng, "2019", blank_rows=("rejected_repeat",), scale=9))
    cells.update(varied_appeals(rng))
    printed = {"active.licensing.change": "減6", "active.other_services.change": "增128",
               "active.penalties.change": "增125", "active.enforcement.change": "增76",
               "active.procurement.amount": "679.7萬元"}
    blank(cells, printed, [f"requests.rejected_repeat.{c}" for c in APPLICANTS[:-1]])
    blank(cells, printed, ["active.fees.change"], "—")
    made.append(dict(name="doc-2-huayin-2020-edition-2019", file="huayin-2020.doc", how="doc", edition="2019",
                     year=2020, unit="華陰市", title="華陰市2020年政府信息公開工作年度報告", prose=prose,
                     cells=cells, printed=printed,
                     notes=how_made + "saved by LibreOffice Writer as Word 97 (.doc). Edition 2019: table 二 with "
                     "上一年项目数量/本年增/減 (printed 減6, 增128) and 政府集中采购 679.7萬元; table 三 with the single "
                     "（六）其他处理 row and 三、本年度办理结果 over 20 rows. Traditional characters in the title (華陰市). "
                     "The six applicant cells of 2.重复申请 are blank, its 总计 printed 0; 行政事业性收费 本年增/减 '—'."))

    # 3. Seed 002 (乐都区 2022, edition 2021): the 予以公开 row with only its total, via .docx.
    cells = dict(seed("002")["cells"])
    cells.update(varied_appeals(rng))
    cells["requests.denied_process.natural_person"] = 3
    cells["requests.denied_process.total"] = 3
    cells["requests.results_total.natural_person"] = 8
    cells["requests.results_total.total"] = 8
    cells["requests.new.natural_person"] = 8
    cells["requests.new.total"] = 8
    cells["requests.granted.natural_person"] = 5
    made.append(dict(name="doc-3-ledu-2022-from-docx", file="ledu-2022.doc", how="doc-docx", edition="2021",
                     year=2022, unit="海东市乐都区人民政府", title="海东市乐都区人民政府2022年政府信息公开工作年度报告",
                     prose=prose, cells=cells, printed={},
                     notes=how_made + "saved by LibreOffice as .docx, and that .docx saved as Word 97 (.doc). "
                     "Figures of seed 002 (its （一）予以公开 row prints only the 总计 5; here 自然人 5 is printed too, the five "
                     "法人或其他组织 cells stay blank; 83.93 万元) "
                     "with 6.属于四类过程性信息 3 added and the appeals varied."))

    # 4. A Word 'web page' in GBK saved as .doc (edition 2021).
    cells = dict(seed("000")["cells"])
    cells.update(varied_requests(rng, "2021", scale=4))
    cells.update(varied_appeals(rng))
    cells["active.licensing.decisions"], cells["active.fees.amount"] = 1523, 12.6
    printed = {}
    blank(cells, printed, ["appeals.suit_direct.corrected", "appeals.suit_direct.other"], "/")
    cells["appeals.suit_direct.total"] = cells["appeals.suit_direct.upheld"] + cells["appeals.suit_direct.pending"]
    made.append(dict(name="doc-html-1-arxan-2022", file="arxan-2022.doc", how="html", edition="2021", year=2022,
                     unit="阿尔山市政务服务局", title="阿尔山市政务服务局2022年政府信息公开工作年度报告",
                     prose=prose, cells=cells, printed=printed,
                     notes=how_made + "written as Word's 'web page' HTML (xmlns:w, MsoNormal paragraphs in cells, "
                     "charset gb2312, bytes in GBK) and saved with a .doc extension, as sites publish them. Figures "
                     "of seed 000 varied; 未经复议直接起诉 结果纠正 and 其他结果 printed '/'."))

    # 5. A plain HTML page (UTF-8) saved as .doc, edition 2019 (seed 003, 渝北区 2021 in the 2019 layout).
    cells = dict(seed("003")["cells"])
    cells.update(varied_requests(rng, "2019", scale=5))
    cells["active.licensing.prev_items"], cells["active.licensing.change"] = 86, 4
    cells["active.procurement.projects"], cells["active.procurement.amount"] = 3, 25.1
    printed = {"active.licensing.change": "增4", "active.procurement.amount": "251000元"}
    made.append(dict(name="doc-html-2-yubei-2021-edition-2019", file="yubei-2021.doc", how="html-plain",
                     edition="2019", year=2021, unit="重庆市渝北区政务服务管理办公室",
                     title="重庆市渝北区政务服务管理办公室2021年政府信息公开工作年度报告", prose=prose,
                     cells=cells, printed=printed,
                     notes=how_made + "a plain UTF-8 HTML page saved with a .doc extension. Edition 2019 layout "
                     "(seed 003 is a 2021 report in the 2019 layout); figures varied; 行政许可 本年增/减 '增4', "
                     "采购总金额 '251000元' (25.1 万元)."))

    # 6. A .docx renamed .doc (edition 2021, seed 001's unit in another year).
    cells = dict(seed("001")["cells"])
    cells.update(varied_requests(rng, "2021", scale=3))
    cells.update(varied_appeals(rng))
    printed = {}
    blank(cells, printed, ["active.normative_docs.repealed"])
    blank(cells, printed, ["active.penalties.decisions"], "无")
    made.append(dict(name="doc-docx-1-kaizhou-2023", file="kaizhou-2023.doc", how="docx", edition="2021",
                     year=2023, unit="重庆市开州区民政局", title="重庆市开州区民政局 2023 年度政府信息公开工作年度报告",
                     prose=prose, cells=cells, printed=printed,
                     notes=how_made + "saved by LibreOffice as .docx and renamed .doc. Figures of seed 001 varied; "
                     "行政规范性文件 本年废止件数 blank, 行政处罚 printed '无'."))

    # 7. Another renamed .docx, edition 2019 (seed 004's figures, simplified characters).
    cells = dict(seed("004")["cells"])
    cells.update(varied_requests(rng, "2019", scale=7))
    printed = {"active.licensing.change": "-6", "active.other_services.change": "+128",
               "active.procurement.amount": "679.7万元"}
    made.append(dict(name="doc-docx-2-huayin-2019-edition-2019", file="huayin-2019.doc", how="docx",
                     edition="2019", year=2019, unit="华阴市", title="华阴市2019年政府信息公开工作年度报告",
                     prose=prose, cells=cells, printed=printed,
                     notes=how_made + "saved by LibreOffice as .docx and renamed .doc. Edition 2019; changes "
                     "printed -6 and +128; 采购总金额 '679.7万元'; table 三 varied."))

    # 8. A Word 97 .doc renamed .docx.
    cells = dict(seed("002")["cells"])
    cells.update(varied_requests(rng, "2021", blank_rows=("rejected_petition",), scale=5))
    printed = {}
    blank(cells, printed, [f"requests.rejected_petition.{c}" for c in ["business", "research", "nonprofit"]])
    made.append(dict(name="docx-doc-1-ledu-2023", file="ledu-2023.docx", how="doc-as-docx", edition="2021",
                     year=2023, unit="海东市乐都区人民政府", title="海东市乐都区人民政府2023年政府信息公开工作年度报告",
                     prose=prose, cells=cells, printed=printed,
                     notes=how_made + "saved by LibreOffice Writer as Word 97 (.doc) and renamed .docx. Table 三 "
                     "varied; in row 1.信访举报投诉类申请 the 商业企业, 科研机构 and 社会公益组织 cells are blank."))
    return made


def main():
    only = set(sys.argv[1:])
    for case in cases():
        if only and case["name"] not in only:
            continue
        make(case)
        print(case["name"], os.path.getsize(os.path.join(REPORTS, case["name"], case["file"])))


if __name__ == "__main__":
    main()
