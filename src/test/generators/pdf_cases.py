#!/usr/bin/python3
"""Makes the golden PDF cases whose tables have no drawn rules, or only some (pdf-borderless-*, pdf-hrules-*, ...).

Each case is a Word-like report written as flat ODF (.fodt): a title, parts 一 to 六 as paragraphs, and the three
official tables laid out from workbook-templates/forms (labels, merged cells), with the case's borders, fonts, sizes,
margins and column widths. LibreOffice converts it to .docx and the .docx to PDF, as an office exports a Word file:

    python3 src/test/generators/pdf_cases.py [case-name ...]     (from the repository root; needs soffice)

writes src/test/resources/reports/<case>/<case>.pdf and expected.json. The figures come from a seed's expected.json,
changed by a fixed random seed per case (non-zero counts, blanks, / and — markers), the row and column sums kept.
"""
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

import yaml

ROOT = Path(__file__).resolve().parents[3]
FORMS = ROOT / "workbook-templates" / "forms"
REPORTS = ROOT / "src" / "test" / "resources" / "reports"

BORDER = "0.5pt solid #000000"

# Each case: edition, unit, year, the seed whose figures it starts from, and how the document is set.
#   borders: none | hrules (a rule under every row) | three-line (above and below the header, below the table)
#            | frame (the outer frame only) | frame-hrules (the outer frame and a rule under every row)
#            | columns (rules between the columns, above and below the table, none between the rows)
#   pad: the space above and below the text in a cell, in cm (0.05 unless given; Word's default is 0)
#   label_cm: the widths of the label columns of table 三 (three of them); figures share what is left
#   valign: vertical alignment of the cells; repeat: the header rows repeat on a new page
#   filler: paragraphs of narrative before the tables (moves the page breaks); footer: page number form
CASES = {
    "pdf-borderless-1-2021": dict(
        edition="2021", unit="阿尔山市政务服务局", year=2023, seed="000", random=11, borders="none",
        font="Noto Serif CJK SC", size=10.5, body_size=14, margin=(2.5, 2.5, 2.8, 2.6),
        label_cm=(1.2, 2.6, 4.2), valign="middle", repeat=False, filler=0, footer="- {} -",
        note="Tables without any borders, 2021 edition; 宋体-like Noto Serif CJK SC 10.5 pt in the tables."),
    "pdf-borderless-2-2019": dict(
        edition="2019", unit="华阴市交通运输局", year=2020, seed="004", random=12, borders="none",
        font="WenQuanYi Zen Hei", size=10, body_size=12, margin=(2.0, 2.0, 2.2, 2.2),
        label_cm=(1.0, 2.4, 4.6), valign="middle", repeat=False, filler=0, footer="第 {} 页",
        note="Tables without any borders, 2019 edition (其他对外管理服务事项, 增/减, 政府集中采购, one （六）其他处理 row); "
             "WenQuanYi Zen Hei 10 pt."),
    "pdf-hrules-1-2021": dict(
        edition="2021", unit="重庆市开州区民政局", year=2024, seed="001", random=21, borders="three-line",
        font="Noto Serif CJK SC", size=10.5, body_size=14, margin=(3.0, 2.6, 2.5, 2.5),
        label_cm=(1.2, 2.4, 4.4), valign="middle", repeat=False, filler=0, footer="- {} -",
        note="Three-line tables: a rule above and below the header rows and one below the table, nothing else."),
    "pdf-hrules-2-2021": dict(
        edition="2021", unit="海东市乐都区人民政府", year=2022, seed="002", random=22, borders="hrules",
        font="仿宋_GB2312", size=11, body_size=15, margin=(2.2, 2.4, 2.4, 2.4),
        label_cm=(1.1, 2.3, 4.0), valign="top", repeat=False, filler=0, footer="第 {} 页",
        note="A horizontal rule under every row and none between the columns; cells aligned to the top; "
             "the font is named 仿宋_GB2312 (not installed, so LibreOffice substitutes a CJK font)."),
    "pdf-pagebreak-1-2021": dict(
        edition="2021", unit="淮安市洪泽区交通运输局", year=2024, seed="001", random=31, borders="none",
        font="Noto Serif CJK SC", size=10.5, body_size=16, margin=(3.7, 2.8, 3.5, 2.6),
        label_cm=(1.2, 2.6, 4.2), valign="middle", repeat=False, filler=9, footer="- {} -",
        note="Borderless tables and a long narrative, so that table 三 breaks across pages with the page number "
             "('- N -') at the foot; the header is not repeated."),
    "pdf-pagebreak-2-2019": dict(
        edition="2019", unit="重庆市渝北区政务服务管理办公室", year=2019, seed="003", random=32, borders="none",
        font="WenQuanYi Zen Hei", size=10.5, body_size=15, margin=(3.2, 2.5, 3.0, 2.5),
        label_cm=(1.2, 2.6, 4.2), valign="middle", repeat=True, filler=7, footer="第 {} 页",
        note="Borderless tables, 2019 edition, table 三 broken across pages with its header rows repeated on the "
             "new page ('第 N 页' at the foot)."),
    "pdf-wrapped-1-2021": dict(
        edition="2021", unit="阿尔山市人民政府办公室", year=2022, seed="000", random=41, borders="none",
        font="Noto Sans CJK SC", size=10.5, body_size=14, margin=(2.5, 2.5, 2.5, 2.5),
        label_cm=(0.8, 1.7, 2.6), valign="middle", repeat=False, filler=0, footer="- {} -",
        note="Borderless tables with narrow label columns: row labels wrap over two or three lines, the figures "
             "vertically centred beside them; 三、本年度办理结果 one character per line."),
    "pdf-wrapped-2-2021": dict(
        edition="2021", unit="重庆市开州区财政局", year=2023, seed="001", random=42, borders="none",
        font="Noto Serif CJK SC", size=11, body_size=14, margin=(2.0, 2.0, 2.5, 2.5),
        label_cm=(0.8, 1.6, 2.4), valign="top", repeat=False, filler=0, footer="第 {} 页",
        note="Borderless tables with narrow label columns, cells aligned to the top: the figures stand on the "
             "first line of labels that wrap over two or three lines."),
    "pdf-merged-1-2021": dict(
        edition="2021", unit="海东市乐都区教育局", year=2023, seed="002", random=51, borders="frame",
        font="Noto Serif CJK SC", size=10, body_size=14, margin=(2.5, 2.2, 2.5, 2.2),
        label_cm=(1.0, 2.4, 4.0), valign="middle", repeat=False, filler=0, footer="- {} -",
        note="Only the outer frame of each table is ruled; merged header cells (申请人情况 over seven columns, "
             "法人或其他组织 over five, 行政诉讼 over ten) centred over the columns they span."),
    "pdf-merged-2-2019": dict(
        edition="2019", unit="华阴市人民政府", year=2020, seed="004", random=52, borders="none",
        font="WenQuanYi Zen Hei", size=9, body_size=12, margin=(2.0, 1.8, 2.0, 1.8),
        label_cm=(1.0, 2.2, 3.8), valign="bottom", repeat=False, filler=0, footer="- {} -",
        note="Borderless tables, 2019 edition, merged header cells centred over the columns they span, cells "
             "aligned to the bottom."),
    "pdf-borderless-3-2021": dict(
        edition="2021", unit="重庆市开州区水利局", year=2022, seed="001", random=13, borders="none",
        font="Noto Sans CJK SC", size=12, body_size=14, margin=(2.5, 2.5, 2.0, 2.0), pad=0,
        label_cm=(1.3, 2.8, 4.6), valign="middle", repeat=False, filler=0, footer="- {} -",
        note="Borderless tables as Word sets them by default: no space above or below the text in a cell, so lines "
             "of one cell and lines of the next row stand equally far apart; 12 pt Noto Sans CJK SC."),
    "pdf-wrapped-3-2019": dict(
        edition="2019", unit="舟山市定海区人民政府", year=2020, seed="003", random=43, borders="none",
        font="Noto Serif CJK SC", size=10.5, body_size=14, margin=(2.5, 2.5, 2.5, 2.5), pad=0,
        label_cm=(0.8, 1.6, 2.5), valign="top", repeat=False, filler=0, footer="第 {} 页",
        note="Borderless 2019 tables with narrow label columns and no space above or below the text in a cell, cells "
             "aligned to the top: wrapped labels and the next row's label stand one line apart."),
    "pdf-hrules-3-2019": dict(
        edition="2019", unit="广州市国资委", year=2020, seed="004", random=23, borders="frame-hrules",
        font="WenQuanYi Zen Hei", size=10.5, body_size=14, margin=(2.5, 2.5, 2.5, 2.5),
        label_cm=(1.1, 2.5, 4.2), valign="middle", repeat=False, filler=0, footer="- {} -",
        note="Partly ruled tables: the outer frame and a rule under every row, no rules between the columns."),
    "pdf-vrules-1-2021": dict(
        edition="2021", unit="阿尔山市自然资源局", year=2024, seed="000", random=61, borders="columns",
        font="Noto Serif CJK SC", size=10.5, body_size=14, margin=(2.5, 2.5, 2.5, 2.5),
        label_cm=(1.2, 2.6, 4.2), valign="middle", repeat=False, filler=0, footer="- {} -",
        note="Partly ruled tables: rules between the columns and a rule above and below the table, none between "
             "the rows."),
    # Second round: shapes not seen before.
    "pdf-landscape-1-2021": dict(
        edition="2021", unit="淮安市清江浦区人民政府", year=2024, seed="000", random=71, borders="all",
        font="Noto Serif CJK SC", size=8, body_size=12, margin=(2.0, 2.0, 2.0, 2.0), landscape=True,
        label_cm=(1.6, 3.2, 6.0), valign="middle", repeat=False, filler=0, footer="- {} -", figure_align="end",
        note="A4 landscape pages, fully ruled tables in 8 pt, figures right-aligned in their cells."),
    "pdf-spaced-1-2021": dict(
        edition="2021", unit="宿迁市宿城区住房和城乡建设局", year=2023, seed="001", random=72, borders="all",
        font="Noto Sans CJK SC", size=10.5, body_size=14, margin=(2.5, 2.5, 2.5, 2.5), spaced=" ",
        label_cm=(1.2, 2.6, 4.2), valign="middle", repeat=False, filler=0, footer="- {} -", suffix="件",
        note="Ruled tables whose short headers are printed with spaces between their characters (自 然 人, 总 计, "
             "商 业 企 业), figures of tables 三 and 四 printed with 件."),
    "pdf-spaced-2-2019": dict(
        edition="2019", unit="南京市江宁区司法局", year=2020, seed="004", random=73, borders="none",
        font="WenQuanYi Zen Hei", size=10, body_size=14, margin=(2.5, 2.5, 2.5, 2.5), letter_spacing=0.35,
        label_cm=(1.2, 2.6, 4.2), valign="middle", repeat=False, filler=0, footer="第 {} 页",
        note="Borderless 2019 tables whose header cells are set with wide letter-spacing (0.35 cm between "
             "characters), as justified or spread headers print."),
    "pdf-fullwidth-1-2021": dict(
        edition="2021", unit="海东市乐都区卫生健康局", year=2024, seed="002", random=74, borders="all",
        font="Noto Serif CJK SC", size=10.5, body_size=14, margin=(2.5, 2.5, 2.5, 2.5), fullwidth=True,
        label_cm=(1.2, 2.6, 4.2), valign="middle", repeat=False, filler=0, footer="- {} -",
        appeals_layout="stacked",
        note="Ruled tables with the figures of tables 三 and 四 typed in full-width digits (１２); table 四 printed as "
             "three stacked five-column blocks (行政复议, 行政诉讼 未经复议直接起诉, 复议后起诉)."),
    "pdf-narrow-1-2021": dict(
        edition="2021", unit="重庆市开州区人民政府", year=2024, seed="001", random=75, borders="all",
        font="Noto Serif CJK SC", size=10.5, body_size=14, margin=(2.5, 2.5, 2.5, 2.5), big=True,
        label_cm=(2.0, 3.6, 6.0), valign="middle", repeat=False, filler=0, footer="- {} -",
        note="Ruled tables with wide label columns and narrow figure columns, the counts of table 三 in the hundreds "
             "so that three-digit figures wrap inside their cells (138 printed as 13 over 8)."),
    "pdf-browser-1-2021": dict(
        edition="2021", unit="阿尔山市文化旅游体育局", year=2023, seed="000", random=76, borders="all",
        font="Noto Sans CJK SC", size=9, body_size=11, margin=(1.2, 1.0, 1.2, 1.2),
        label_cm=(1.4, 3.0, 5.0), valign="middle", repeat=False, filler=2, footer="- {} -", browser=True,
        note="A web page printed from a browser: on every page a header with the date, time and page title and a "
             "footer with the page address and N/M; ruled tables in 9 pt."),
    "pdf-rowsplit-1-2021": dict(
        edition="2021", unit="淮安市淮阴区市场监督管理局", year=2022, seed="002", random=77, borders="all",
        font="Noto Serif CJK SC", size=10.5, body_size=15, margin=(2.8, 2.5, 2.5, 2.5), split_rows=True,
        label_cm=(0.9, 1.8, 2.8), valign="top", repeat=True, filler=8, footer="- {} -",
        note="Ruled tables with narrow label columns whose rows may break across pages, header rows repeated on the "
             "new page."),
    "pdf-autofit-1-2019": dict(
        edition="2019", unit="宿迁市宿豫区人民政府办公室", year=2021, seed="004", random=81, borders="all",
        font="Noto Serif CJK SC", size=10, body_size=14, margin=(2.5, 2.5, 2.5, 2.5), autofit=True,
        label_cm=(1.0, 2.4, 3.6), valign="middle", repeat=False, filler=0, footer="- {} -", figure_align="end",
        note="Ruled 2019 tables whose figure columns are as wide as their headers need (Word's autofit: 其他 and 总计 "
             "narrow, 社会公益组织 wide), figures right-aligned."),
    "pdf-borderless-4-2021": dict(
        edition="2021", unit="海东市乐都区农业农村局", year=2023, seed="002", random=82, borders="none",
        font="Noto Serif CJK SC", size=10.5, body_size=14, margin=(2.5, 2.5, 2.5, 2.5), fullwidth=True,
        label_cm=(1.2, 2.6, 4.2), valign="middle", repeat=False, filler=0, footer="- {} -",
        appeals_layout="stacked",
        note="Borderless tables with the figures of tables 三 and 四 in full-width digits; table 四 as three stacked "
             "five-column blocks."),
    "pdf-borderless-5-2021": dict(
        edition="2021", unit="淮安市淮安区审计局", year=2024, seed="000", random=83, borders="none",
        font="WenQuanYi Zen Hei", size=8, body_size=12, margin=(2.0, 2.0, 2.0, 2.0), landscape=True, suffix="件",
        label_cm=(1.6, 3.2, 6.0), valign="middle", repeat=False, filler=0, footer="第 {} 页", figure_align="end",
        note="Borderless tables on A4 landscape pages in 8 pt, figures right-aligned, most of them printed with 件."),
    "pdf-padded-1-2021": dict(
        edition="2021", unit="重庆市开州区教育委员会", year=2022, seed="001", random=84, borders="hrules",
        font="Noto Sans CJK SC", size=10.5, body_size=14, margin=(2.5, 2.5, 2.5, 2.5), pad=0.3, spaced=" ",
        label_cm=(1.2, 2.6, 4.2), valign="middle", repeat=False, filler=0, footer="- {} -",
        note="A rule under every row, 0.3 cm space above and below the text of each cell, short headers printed with "
             "spaces between their characters (自 然 人, 总 计)."),
    "pdf-rowsplit-2-2019": dict(
        edition="2019", unit="华阴市市场监督管理局", year=2020, seed="004", random=85, borders="none",
        font="Noto Serif CJK SC", size=10.5, body_size=15, margin=(2.8, 2.5, 2.5, 2.5), split_rows=True,
        label_cm=(0.9, 1.8, 2.8), valign="top", repeat=False, filler=5, footer="- {} -",
        note="Borderless 2019 tables with narrow label columns whose rows may break across pages; the header is not "
             "repeated."),
    "pdf-browser-2-2019": dict(
        edition="2019", unit="广州市越秀区人民政府", year=2019, seed="003", random=86, borders="three-line",
        font="Noto Sans CJK SC", size=9, body_size=11, margin=(1.2, 1.0, 1.2, 1.2),
        label_cm=(1.4, 3.0, 5.0), valign="middle", repeat=False, filler=3, footer="- {} -", browser=True,
        note="A web page printed from a browser (date and title at the top, address and N/M at the foot of every "
             "page), three-line 2019 tables in 9 pt."),
    "pdf-narrow-2-2021": dict(
        edition="2021", unit="阿尔山市卫生健康委员会", year=2024, seed="000", random=87, borders="frame-hrules",
        font="Noto Serif CJK SC", size=10.5, body_size=14, margin=(2.5, 2.5, 2.5, 2.5), big=True,
        label_cm=(2.0, 3.6, 6.0), valign="middle", repeat=False, filler=0, footer="- {} -",
        note="The outer frame and a rule under every row, no rules between the columns, narrow figure columns in "
             "which three-digit counts wrap."),
    "pdf-landscape-2-2019": dict(
        edition="2019", unit="淮安市清江浦区交通运输局", year=2020, seed="003", random=91, borders="frame-hrules",
        font="WenQuanYi Zen Hei", size=9, body_size=12, margin=(2.0, 2.0, 2.0, 2.0), landscape=True,
        label_cm=(1.4, 3.0, 6.0), valign="middle", repeat=True, filler=4, footer="- {} -", figure_align="end",
        note="A4 landscape, 2019 tables with the outer frame and a rule under every row, 9 pt, figures right-aligned, "
             "header rows repeated where table 三 breaks across pages."),
    "pdf-spaced-3-2021": dict(
        edition="2021", unit="海东市乐都区司法局", year=2021, seed="002", random=92, borders="none",
        font="Noto Serif CJK SC", size=10.5, body_size=14, margin=(2.5, 2.5, 2.5, 2.5), spaced="  ",
        label_cm=(1.2, 2.6, 4.2), valign="middle", repeat=False, filler=0, footer="第 {} 页",
        note="Borderless tables whose short headers are typed with two spaces between their characters "
             "(自  然  人, 总  计)."),
    "pdf-repeat-1-2021": dict(
        edition="2021", unit="重庆市开州区应急管理局", year=2023, seed="001", random=93, borders="all",
        font="Noto Sans CJK SC", size=10.5, body_size=16, margin=(3.5, 2.8, 2.8, 2.6), repeat=True, filler=8,
        label_cm=(1.2, 2.6, 4.2), valign="middle", footer="- {} -", suffix="件",
        note="Fully ruled tables, table 三 broken across pages with its three header rows repeated on the new page, "
             "figures mostly printed with 件."),
    "pdf-fullwidth-2-2019": dict(
        edition="2019", unit="华阴市教育局", year=2019, seed="004", random=94, borders="three-line",
        font="Noto Serif CJK SC", size=10, body_size=14, margin=(2.5, 2.5, 2.5, 2.5), fullwidth=True,
        label_cm=(1.2, 2.6, 4.2), valign="middle", repeat=False, filler=0, footer="- {} -",
        appeals_layout="stacked",
        note="Three-line 2019 tables, full-width digits in tables 三 and 四, table 四 as three stacked blocks."),
}

NARRATIVE = [
    "本年度，我单位认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，"
    "不断完善政府信息公开工作机制，依法依规做好主动公开和依申请公开工作。",
    "（一）主动公开情况。通过政府门户网站、政务新媒体等渠道主动公开政府信息，及时发布政策文件、"
    "通知公告、工作动态等信息，做好重要政策解读。",
    "（二）依申请公开情况。严格按照法定程序和时限办理政府信息公开申请，规范答复文书，确保答复内容准确、"
    "程序合法、依据充分。",
    "（三）政府信息管理情况。落实信息发布审核制度，严格执行先审后发，定期开展已公开信息的清理和评估。",
    "（四）平台建设情况。加强政府网站和政务新媒体管理，优化栏目设置，提升信息发布的及时性和准确性。",
    "（五）监督保障情况。将政府信息公开工作纳入年度考核，加强业务培训，提高工作人员的业务能力。",
]


def load_table(name):
    return yaml.safe_load((FORMS / "tables" / f"{name}.yaml").read_text(encoding="utf-8"))


def tables(edition):
    spec = yaml.safe_load((FORMS / f"edition-{edition}.yaml").read_text(encoding="utf-8"))
    return [load_table(name) for name in spec["tables"]]


def in_edition(row, edition):
    return edition in row.get("editions", [edition])


# ---------------------------------------------------------------- figures

def figures(case):
    """Every cell code → printed text ("" for a blank), starting from the seed's figures, changed at random."""
    rnd = random.Random(case["random"])
    seed = json.loads((REPORTS / f"seed-{case['seed']}" / "expected.json").read_text(encoding="utf-8"))["cells"]
    printed = {}
    edition = case["edition"]
    for table in tables(edition):
        if table["code"] == "active":
            active(table, edition, seed, rnd, printed)
        elif table["code"] == "requests":
            requests(table, edition, seed, rnd, printed, case.get("big", False))
        else:
            appeals(table, rnd, printed)
    for code, text in list(printed.items()):
        if not code.startswith("active.") and text.isdigit():
            if case.get("suffix") and rnd.random() < 0.8:
                text = text + case["suffix"]
            if case.get("fullwidth"):
                text = text.translate(FULL_WIDTH)
            printed[code] = text
    return printed


FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
HALF_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def vary(value, rnd, low, high):
    """The seed's count, or a new one when the seed has none or by chance."""
    if value is None or value == 0 or rnd.random() < 0.5:
        return rnd.choice([0, 0, rnd.randint(low, high)])
    return int(value)


def blank_or_marker(rnd, text):
    """A zero printed as a zero, or left blank, or as a not-applicable marker."""
    roll = rnd.random()
    if text == "0" and roll < 0.12:
        return ""
    if text == "0" and roll < 0.20:
        return rnd.choice(["/", "—"])
    return text


def active(table, edition, seed, rnd, printed):
    for block in table["blocks"]:
        for row in block["rows"]:
            for column in block["columns"]:
                code = f"active.{row['code']}.{column}"
                if column == "change":
                    n = rnd.choice([0, rnd.randint(1, 40), -rnd.randint(1, 9)])
                    printed[code] = "0" if n == 0 else (f"增{n}" if n > 0 else f"减{-n}")
                elif column == "amount" and row["code"] == "fees":
                    printed[code] = rnd.choice(["0", f"{rnd.randint(1, 900)}.{rnd.randint(1, 99):02d}"])
                elif column == "amount":
                    printed[code] = rnd.choice([f"{rnd.randint(1, 900)}.{rnd.randint(1, 9)}万元",
                                                f"{rnd.randint(10, 990) * 1000}元"])
                else:
                    text = str(vary(seed.get(code), rnd, 1, 3000 if column == "decisions" else 30))
                    last = column == block["columns"][-1]
                    printed[code] = text if last else blank_or_marker(rnd, text)


def requests(table, edition, seed, rnd, printed, big=False):
    columns = [c["code"] for c in table["columns"]]
    applicants = columns[:-1]
    rows = [r["code"] for r in table["blocks"][0]["rows"] if in_edition(r, edition)]
    results = [r for r in rows if r not in ("new", "carried_over", "results_total", "carried_forward")]
    counts = {}
    for row in results:
        for column in applicants:
            weight = 40 if column == "natural_person" else (6 if column in ("business", "other_org") else 2)
            low = 1
            if big and column in ("natural_person", "business"):
                low, weight = 100, 400
            counts[(row, column)] = rnd.choice([0, 0, rnd.randint(low, weight)])
    for column in applicants:
        counts[("results_total", column)] = sum(counts[(r, column)] for r in results)
        counts[("carried_over", column)] = rnd.choice([0, 0, rnd.randint(1, 4)])
        counts[("carried_forward", column)] = rnd.choice([0, 0, rnd.randint(1, 5)])
        counts[("new", column)] = max(0, counts[("results_total", column)] + counts[("carried_forward", column)]
                                      - counts[("carried_over", column)])
        if counts[("new", column)] == 0:
            counts[("carried_over", column)] = counts[("results_total", column)] + counts[("carried_forward", column)]
    for row in rows:
        for column in applicants:
            text = str(counts[(row, column)])
            printed[f"requests.{row}.{column}"] = blank_or_marker(rnd, text) if row in results else text
        printed[f"requests.{row}.total"] = str(sum(counts[(row, c)] for c in applicants))


def appeals(table, rnd, printed):
    outcomes = [c["code"] for c in table["columns"]][:-1]
    for row in table["blocks"][0]["rows"]:
        values = [rnd.choice([0, 0, rnd.randint(1, 3)]) for _ in outcomes]
        for column, value in zip(outcomes, values):
            printed[f"appeals.{row['code']}.{column}"] = blank_or_marker(rnd, str(value))
        printed[f"appeals.{row['code']}.total"] = str(sum(values))


# ---------------------------------------------------------------- table grids

class Grid:
    """A table as rows of cells: (text, columns spanned, rows spanned, kind) or None where a merged cell covers."""

    def __init__(self, width):
        self.width = width
        self.rows = []
        self.header_rows = 0

    def row(self, cells):
        self.rows.append(cells)


def active_grid(table, printed):
    width = 1 + max(len(b["columns"]) for b in table["blocks"])
    headers = {c["code"]: c["header"][-1] for c in table["columns"]}
    grid = Grid(width)
    for block in table["blocks"]:
        grid.row([("第二十条第（" + block["caption"].split("（")[1], width, 1, "caption")] + [None] * (width - 1))
        columns = block["columns"]
        grid.row([(block["corner"], 1, 1, "header")] + spread([(headers[c], "header") for c in columns], width - 1))
        for row in block["rows"]:
            cells = [(printed[f"active.{row['code']}.{c}"], "figure") for c in columns]
            grid.row([(row["label"][-1], 1, 1, "label")] + spread(cells, width - 1))
    return grid


def spread(cells, width):
    """Cells over {@code width} columns, the last one spanning what is left."""
    out = []
    for i, (text, kind) in enumerate(cells):
        span = width - len(cells) + 1 if i == len(cells) - 1 else 1
        out.append((text, span, 1, kind))
        out.extend([None] * (span - 1))
    return out


def requests_grid(table, edition, printed):
    columns = [c["code"] for c in table["columns"]]
    grid = Grid(3 + len(columns))
    corner = table["blocks"][0]["corner"]
    grid.row([(corner, 3, 3, "header"), None, None, ("申请人情况", 7, 1, "header")] + [None] * 6)
    grid.row([None] * 3 + [("自然人", 1, 2, "header"), ("法人或其他组织", 5, 1, "header")] + [None] * 4
             + [("总计", 1, 2, "header")])
    grid.row([None] * 4 + [(c["header"][-1], 1, 1, "header") for c in table["columns"][1:6]] + [None])
    grid.header_rows = 3
    rows = [r for r in table["blocks"][0]["rows"] if in_edition(r, edition)]
    results = [r for r in rows if r["label"][0].startswith("三、")]
    groups = {}
    for r in rows:
        if len(r["label"]) == 3:
            groups.setdefault(r["label"][1], []).append(r["code"])
    for r in rows:
        figures_of = [(printed[f"requests.{r['code']}.{c}"], 1, 1, "figure") for c in columns]
        label = r["label"]
        if len(label) == 1:
            cells = [(label[0], 3, 1, "label"), None, None]
        else:
            first = (label[0], 1, len(results), "group") if r is results[0] else None
            if len(label) == 2:
                cells = [first, (label[1], 2, 1, "label"), None]
            else:
                group = groups[label[1]]
                second = (label[1], 1, len(group), "group") if r["code"] == group[0] else None
                cells = [first, second, (label[2], 1, 1, "label")]
        grid.row(cells + figures_of)
    return grid


def appeals_grid(table, printed, layout="one-row"):
    if layout == "stacked":
        return stacked_appeals_grid(table, printed)
    outcomes = [c["header"][-1] for c in table["columns"]]
    grid = Grid(15)
    grid.row([("行政复议", 5, 1, "header")] + [None] * 4 + [("行政诉讼", 10, 1, "header")] + [None] * 9)
    grid.row([(o, 1, 2, "header") for o in outcomes] + [("未经复议直接起诉", 5, 1, "header")] + [None] * 4
             + [("复议后起诉", 5, 1, "header")] + [None] * 4)
    grid.row([None] * 5 + [(o, 1, 1, "header") for o in outcomes] * 2)
    grid.header_rows = 3
    grid.row([(printed[f"appeals.{r['code']}.{c['code']}"], 1, 1, "figure")
              for r in table["blocks"][0]["rows"] for c in table["columns"]])
    return grid


def stacked_appeals_grid(table, printed):
    """Table 四 as three five-column blocks one under another: a caption row, the outcome headers, the figures."""
    outcomes = [c["header"][-1] for c in table["columns"]]
    captions = {"review": "行政复议", "suit_direct": "行政诉讼（未经复议直接起诉）",
                "suit_after_review": "行政诉讼（复议后起诉）"}
    grid = Grid(5)
    for r in table["blocks"][0]["rows"]:
        grid.row([(captions[r["code"]], 5, 1, "header")] + [None] * 4)
        grid.row([(o, 1, 1, "header") for o in outcomes])
        grid.row([(printed[f"appeals.{r['code']}.{c['code']}"], 1, 1, "figure") for c in table["columns"]])
    grid.header_rows = 0
    return grid


def spaced(text, gap):
    """A short header with {@code gap} between its characters, as headers are spread to fill a cell."""
    return gap.join(text) if gap and len(text) <= 6 and "（" not in text else text


# ---------------------------------------------------------------- flat ODF

def fodt(case, printed):
    edition = case["edition"]
    body = []
    para = lambda style, text: body.append(f'<text:p text:style-name="{style}">{escape(text)}</text:p>')
    para("Title", f"{case['unit']}{case['year']}年政府信息公开工作年度报告")
    para("Body", f"本报告依据《中华人民共和国政府信息公开条例》和政府信息公开工作年度报告格式的要求编制，"
                 f"所列数据的统计期限自{case['year']}年1月1日起至{case['year']}年12月31日止。")
    para("Heading", "一、总体情况")
    for i in range(len(NARRATIVE) + case["filler"]):
        para("Body", NARRATIVE[i % len(NARRATIVE)])
    text_width = (29.7 if case.get("landscape") else 21.0) - case["margin"][2] - case["margin"][3]
    styles = []
    for n, table in enumerate(tables(edition)):
        para("Heading", table["title"])
        if table["code"] == "active":
            grid = active_grid(table, printed)
            widths = [text_width * 0.34] + [text_width * 0.66 / (grid.width - 1)] * (grid.width - 1)
        elif table["code"] == "requests":
            grid = requests_grid(table, edition, printed)
            labels = list(case["label_cm"])
            share = [1] * 7
            if case.get("autofit"):
                # Word's autofit: each figure column as wide as its header's longest word needs.
                share = [len(c["header"][-1]) + 1 for c in table["columns"]]
            widths = labels + [(text_width - sum(labels)) * s / sum(share) for s in share]
        else:
            grid = appeals_grid(table, printed, case.get("appeals_layout", "one-row"))
            widths = [text_width / grid.width] * grid.width
        body.append(table_xml(f"T{n}", grid, widths, case, styles))
    para("Heading", "五、存在的主要问题及改进情况")
    para("Body", "政府信息公开工作仍存在公开内容不够丰富、解读形式较为单一等不足。下一步将加强业务培训，"
                 "提升公开质量，进一步做好政策解读和回应关切工作。")
    para("Heading", "六、其他需要报告的事项")
    para("Body", "本年度未收取信息处理费。无其他需要报告的事项。")
    return document(case, "\n".join(styles), "\n".join(body))


def table_xml(name, grid, widths, case, styles):
    cm = lambda v: f"{v:.3f}cm"
    styles.append(f'<style:style style:name="{name}" style:family="table"><style:table-properties '
                  f'style:width="{cm(sum(widths))}" table:align="center"/></style:style>')
    # Rows do not break across pages (Word's 允许跨页断行 off), as in most published reports.
    keep = "auto" if case.get("split_rows") else "always"
    styles.append(f'<style:style style:name="{name}Row" style:family="table-row">'
                  f'<style:table-row-properties fo:keep-together="{keep}"/></style:style>')
    out = [f'<table:table table:name="{name}" table:style-name="{name}">']
    for i, w in enumerate(widths):
        styles.append(f'<style:style style:name="{name}C{i}" style:family="table-column">'
                      f'<style:table-column-properties style:column-width="{cm(w)}"/></style:style>')
        out.append(f'<table:table-column table:style-name="{name}C{i}"/>')
    last = len(grid.rows) - 1
    for r, row in enumerate(grid.rows):
        if r == 0 and grid.header_rows and case["repeat"]:
            out.append("<table:table-header-rows>")
        out.append(f'<table:table-row table:style-name="{name}Row">')
        for c, cell in enumerate(row):
            if cell is None:
                out.append("<table:covered-table-cell/>")
                continue
            text, cols, rows, kind = cell
            sides = borders(case["borders"], r, r + rows - 1, c, c + cols - 1, grid, last)
            style = f"{name}R{r}C{c}"
            styles.append(cell_style(style, sides, case["valign"], case.get("pad", 0.05)))
            span = (f' table:number-columns-spanned="{cols}"' if cols > 1 else "") + \
                   (f' table:number-rows-spanned="{rows}"' if rows > 1 else "")
            para = {"label": "CellLeft", "group": "CellCentre", "figure": "CellFigure",
                    "header": "CellHeader", "caption": "CellLeft"}[kind]
            if kind == "header":
                text = spaced(text, case.get("spaced"))
            out.append(f'<table:table-cell table:style-name="{style}"{span} office:value-type="string">'
                       f'<text:p text:style-name="{para}">{escape(text)}</text:p></table:table-cell>')
        out.append("</table:table-row>")
        if grid.header_rows and case["repeat"] and r == grid.header_rows - 1:
            out.append("</table:table-header-rows>")
    out.append("</table:table>")
    return "\n".join(out)


def borders(kind, top, bottom, left, right, grid, last):
    """Which sides of a cell are ruled: (top, bottom, left, right)."""
    header_end = grid.header_rows - 1 if grid.header_rows else 1
    if kind == "none":
        return (False, False, False, False)
    if kind == "hrules":
        return (top == 0, True, False, False)
    if kind == "columns":
        return (top == 0, bottom == last, True, True)
    if kind == "frame-hrules":
        return (top == 0, True, left == 0, right == grid.width - 1)
    if kind == "all":
        return (True, True, True, True)
    if kind == "three-line":
        return (top == 0, bottom == header_end or bottom == last, False, False)
    return (top == 0, bottom == last, left == 0, right == grid.width - 1)


def cell_style(name, sides, valign, pad):
    names = ("top", "bottom", "left", "right")
    rules = " ".join(f'fo:border-{n}="{BORDER if on else "none"}"' for n, on in zip(names, sides))
    return (f'<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties {rules} '
            f'fo:padding-top="{pad}cm" fo:padding-bottom="{pad}cm" fo:padding-left="0.1cm" '
            f'fo:padding-right="0.1cm" style:vertical-align="{valign}"/></style:style>')


def document(case, table_styles, body):
    top, bottom, left, right = case["margin"]
    font, size, body_size = case["font"], case["size"], case["body_size"]
    footer = escape(case["footer"]).replace("{}", '<text:page-number text:select-page="current"/>')
    width, height = ("29.7cm", "21cm") if case.get("landscape") else ("21cm", "29.7cm")
    header = ""
    if case.get("browser"):
        title = escape(f"{case['unit']}{case['year']}年政府信息公开工作年度报告")
        header = (f'<style:header><text:p text:style-name="Browser">2025/3/12 10:21<text:tab/>{title}</text:p>'
                  f'</style:header>')
        footer = (f'https://www.example.gov.cn/zwgk/xxgknb/{case["year"]}/t2025031_{case["random"]}.html<text:tab/>'
                  f'<text:page-number text:select-page="current"/>/<text:page-count/>')
    spacing = f' fo:letter-spacing="{case["letter_spacing"]}cm"' if case.get("letter_spacing") else ""
    align = case.get("figure_align", "center")
    text_props = lambda pt: (f'style:font-name="{font}" fo:font-size="{pt}pt" style:font-name-asian="{font}" '
                             f'style:font-size-asian="{pt}pt" style:font-name-complex="{font}"')
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls>
 <style:font-face style:name="{font}" svg:font-family="'{font}'"/>
</office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph">
  <style:text-properties {text_props(body_size)} fo:language="zh" fo:country="CN"/>
 </style:default-style>
 <style:style style:name="Title" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center" fo:margin-bottom="0.4cm"/>
  <style:text-properties {text_props(body_size + 4)} fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Heading" style:family="paragraph">
  <style:paragraph-properties fo:text-indent="{2 * body_size}pt" fo:margin-top="0.2cm" fo:margin-bottom="0.1cm"/>
  <style:text-properties {text_props(body_size)} fo:font-weight="bold" style:font-weight-asian="bold"/>
 </style:style>
 <style:style style:name="Body" style:family="paragraph">
  <style:paragraph-properties fo:text-indent="{2 * body_size}pt" fo:text-align="justify"/>
 </style:style>
 <style:style style:name="CellLeft" style:family="paragraph">
  <style:paragraph-properties fo:text-align="start"/>
  <style:text-properties {text_props(size)}/>
 </style:style>
 <style:style style:name="CellCentre" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties {text_props(size)}/>
 </style:style>
 <style:style style:name="CellFigure" style:family="paragraph">
  <style:paragraph-properties fo:text-align="{align}"/>
  <style:text-properties {text_props(size)}/>
 </style:style>
 <style:style style:name="CellHeader" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties {text_props(size)}{spacing}/>
 </style:style>
 <style:style style:name="Browser" style:family="paragraph">
  <style:paragraph-properties><style:tab-stops><style:tab-stop style:position="12cm"/></style:tab-stops>
  </style:paragraph-properties>
  <style:text-properties style:font-name="{font}" fo:font-size="8pt" style:font-name-asian="{font}"
   style:font-size-asian="8pt"/>
 </style:style>
 <style:style style:name="Footer" style:family="paragraph">
  <style:paragraph-properties fo:text-align="center"/>
  <style:text-properties {text_props(10.5)}/>
 </style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="Page">
  <style:page-layout-properties fo:page-width="{width}" fo:page-height="{height}" fo:margin-top="{top}cm"
   fo:margin-bottom="{bottom}cm" fo:margin-left="{left}cm" fo:margin-right="{right}cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.4cm" fo:margin-bottom="0.2cm"/>
  </style:header-style>
  <style:footer-style><style:header-footer-properties fo:min-height="0.6cm" fo:margin-top="0.3cm"/>
  </style:footer-style>
 </style:page-layout>
 {table_styles}
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="Page">
  {header}<style:footer><text:p text:style-name="{'Browser' if case.get('browser') else 'Footer'}">{footer}</text:p>
  </style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body>
</office:document>
"""


# ---------------------------------------------------------------- expectations and conversion

def expected(name, case, printed, source):
    from decimal import Decimal
    cells, shown = {}, {}
    for code, text in printed.items():
        value = None
        text = text.translate(HALF_WIDTH)
        plain = text.replace("万元", "").removesuffix("件")
        if text in ("", "/", "—"):
            value = None
        elif text.startswith("增") or text.startswith("减"):
            value = int(text[1:]) * (1 if text[0] == "增" else -1)
        elif text.endswith("元") and not text.endswith("万元"):
            value = Decimal(text[:-1]) / 10000
        else:
            value = Decimal(plain) if "." in plain else int(plain)
        text = printed[code]
        if isinstance(value, Decimal):
            value = float(value.normalize())
        cells[code] = value
        if text != "" and text != str(value):
            shown[code] = text
    return {
        "source": source,
        "unit": case["unit"],
        "year": case["year"],
        "edition": case["edition"],
        "cells": cells,
        "printed": shown,
        "known_errors": [],
        "notes": case["note"] + f" Made by src/test/generators/pdf_cases.py ({name}): a flat ODF document with the "
                                f"figures of seed {case['seed']} changed at random (seed {case['random']}), "
                                f"converted by LibreOffice to .docx and the .docx to PDF.",
    }


def soffice(profile, target, source, out):
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", target,
                    "--outdir", str(out), str(source)], check=True, capture_output=True)


def make(name, work, reports=REPORTS):
    case = CASES[name]
    printed = figures(case)
    source = work / f"{name}.fodt"
    source.write_text(fodt(case, printed), encoding="utf-8")
    soffice("/tmp/lo-pdf2", "docx:MS Word 2007 XML", source, work)
    docx = work / f"{name}.docx"
    soffice("/tmp/lo-pdf2", "pdf:writer_pdf_Export", docx, work)
    target = reports / name
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copy(work / f"{name}.pdf", target / f"{name}.pdf")
    (target / "expected.json").write_text(
        json.dumps(expected(name, case, printed, f"{name}.pdf"), ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8")
    print(name, (target / f"{name}.pdf").stat().st_size, "bytes")


def main(names):
    with tempfile.TemporaryDirectory() as work:
        for name in names or CASES:
            make(name, Path(work))


if __name__ == "__main__":
    main(sys.argv[1:])
