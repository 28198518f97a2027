"""The figures and layouts of the generated golden cases (see table_cases.py).

Figures start from the seeds' expectations (seed 001/002 for 2021, seed 004 for 2019) and are varied: non-zero
applicant columns, blank cells (mid-row, first and last of a row), markers / and —, 增/减, 万元 and 元.
"""
from table_cases import appeals_figures, requests_figures

MADE = "Made by src/test/generators/table_cases.py (hand-written portal shapes, not a real report); figures from "


def active_2021(rules, normative, licensing, penalties, enforcement, fees):
    cells = {}
    for row, three in (("rules", rules), ("normative_docs", normative)):
        for c, v in zip(("issued", "repealed", "in_force"), three):
            cells["active.%s.%s" % (row, c)] = str(v)
    cells.update({"active.licensing.decisions": str(licensing), "active.penalties.decisions": str(penalties),
                  "active.enforcement.decisions": str(enforcement), "active.fees.amount": str(fees)})
    return cells


def active_2019(rules, normative, items, fees, procurement):
    cells = {}
    for row, three in (("rules", rules), ("normative_docs", normative)):
        for c, v in zip(("made", "published", "total_published"), three):
            cells["active.%s.%s" % (row, c)] = str(v)
    for row, three in items.items():
        for c, v in zip(("prev_items", "change", "decisions"), three):
            cells["active.%s.%s" % (row, c)] = str(v)
    cells["active.fees.prev_items"], cells["active.fees.change"] = map(str, fees)
    cells["active.procurement.projects"], cells["active.procurement.amount"] = map(str, procurement)
    return cells


def merge(*parts):
    cells = {}
    for part in parts:
        cells.update(part)
    return cells


# 2021, from seed 002 (海东市乐都区 2022) varied: figures in several applicant columns, a blank business cell in the
# middle of 予以公开, a blank total at the end of 结转下年度, the query row marked /, 行政强制 marked —.
PORTAL = merge(
    active_2021((1, 0, 11), (3, 1, 8), 6753, 1885, "—", "83.93"),
    requests_figures("2021", {
        "new": [5, 2, 0, 0, 1, 0], "carried_over": [1, 0, 0, 0, 0, 0], "granted": [3, "", 0, 0, 1, 0],
        "partial": [1, 0, 0, 0, 0, 0], "denied_third_party": [1, 0, 0, 0, 0, 0], "unable_not_held": [0, 1, 0, 0, 0, 0],
        "denied_query": ["/", "/", "/", "/", "/", "/"], "other_misc": [1, 0, 0, 0, 0, 0]},
        {"requests.denied_query.total": "/", "requests.carried_forward.total": ""}),
    appeals_figures([[1, 0, 0, 1], [0, 1, "", 0], [2, 0, 0, 0]]))

# 2019, from seed 004 (華陰市 2020) varied: 减6 / 增128, fees change /, procurement in 元, requests in three columns.
WORD_2019 = merge(
    active_2019((0, 0, 0), (8, 8, 22), {"licensing": (265, "减6", 36788), "other_services": (113, "增128", 979),
                                       "penalties": (2503, "增125", 634), "enforcement": (97, "增76", 309)},
                (45, "/"), (15, "251000元")),
    requests_figures("2019", {
        "new": [10, 2, 0, 0, 0, 1], "granted": [8, 1, 0, 0, 0, 1], "partial": [1, 0, 0, 0, 0, 0],
        "rejected_repeat": [1, 0, 0, 0, 0, 0], "other": [0, 1, 0, 0, 0, 0]},
        {"requests.partial.research": "", "requests.carried_over.natural_person": ""}),
    merge(appeals_figures([[0, 0, 0, 0], [1, 0, 0, 0], [0, 0, 0, 0]]), {"appeals.suit_after_review.total": ""}))

# 2021, from seed 001 (重庆市开州区民政局 2024) varied: large numbers (split over two spans), one blank first cell.
CHARS = merge(
    active_2021((0, 0, 0), (1, 0, 3), 71, 6, 0, 150),
    requests_figures("2021", {
        "new": [128, 14, 3, 0, 2, 11], "carried_over": ["", 0, 0, 0, 0, 1], "granted": [61, 7, 2, 0, 1, 5],
        "partial": [22, 3, 0, 0, 0, 2], "denied_process": [4, 0, 0, 0, 0, 0], "unable_not_held": [30, 2, 1, 0, 1, 3],
        "rejected_repeat": [11, 0, 0, 0, 0, 1], "other_no_correction": ["", 0, 0, 0, 0, 0]}),
    appeals_figures([[12, 3, 1, 2], [4, 0, 1, 0], [2, 1, 0, 1]]))

# 2019 on a GBK page, from seed 003 (渝北区 2021, all zero) varied: blanks in the middle of rows.
GBK_2019 = merge(
    active_2019((0, 0, 0), (2, 2, 14), {"licensing": (31, "增2", 540), "other_services": (12, 0, 77),
                                       "penalties": (8, "减1", 19), "enforcement": (3, 0, "")},
                (4, 0), (2, "36.5万元")),
    requests_figures("2019", {
        "new": [7, "", 0, 0, 0, 0], "carried_over": [0, 0, "", 0, 0, 0], "granted": [4, 0, 0, "", 0, 0],
        "unable_unclear": [1, 0, 0, 0, 0, 0], "other": [2, 0, 0, 0, 0, 0]}),
    appeals_figures([[1, 0, 1, 0], [0, 0, 0, 1], [0, 0, 0, 0]]))

# 2021 Word documents, from seed 002 varied.
DOCX_2021 = merge(
    active_2021((0, 0, 2), (4, 2, 19), 2210, 347, 12, "5.6"),
    requests_figures("2021", {
        "new": [9, 1, 0, 1, 0, 0], "carried_over": [2, 0, 0, 0, 0, 0], "granted": [5, "", 0, 1, 0, 0],
        "partial": [2, 0, 0, 0, 0, 0], "unable_needs_making": [1, 0, 0, 0, 0, 0], "other_unpaid_fee": [1, 0, 0, 0, 0, 0]},
        {"requests.partial.legal_services": ""}),
    appeals_figures([[0, 1, 0, 0], [1, 0, 0, 1], [0, 0, 0, 0]]))

DOCX_2019 = merge(
    active_2019((1, 1, 5), (6, 6, 40), {"licensing": (120, "减3", 8800), "other_services": (40, "增5", 310),
                                       "penalties": (66, 0, 143), "enforcement": (9, "减1", 25)},
                (7, "增1"), (4, "88.2万元")),
    requests_figures("2019", {
        "new": [21, 3, 0, 0, 1, 0], "carried_over": [1, 0, 0, 0, 0, 0], "granted": [12, 2, 0, 0, "", 0],
        "partial": [3, 0, 0, 0, 0, 0], "denied_internal": [1, 0, 0, 0, 0, 0], "rejected_petition": [2, 1, 0, 0, 0, 0],
        "other": [1, 0, 0, 0, 0, 0]}),
    appeals_figures([[2, 0, 1, 0], [0, 0, 0, 0], [1, 0, 0, 0]]))

# One cell per line with ' |' empty cells: first, middle and last cell of rows blank.
PIPES_2021 = merge(
    active_2021((0, 0, 0), (2, "", 9), 318, 42, "", 0),
    requests_figures("2021", {
        "new": [6, 0, 0, 0, 1, 0], "carried_over": ["", 0, 0, 0, 0, 0], "granted": [4, 0, "", 0, 1, 0],
        "partial": [1, 0, 0, 0, 0, 0], "rejected_excessive": [1, 0, 0, 0, 0, 0]},
        {"requests.results_total.total": "", "requests.denied_law.business": ""}),
    appeals_figures([[0, 0, 0, 0], [1, "", 0, 0], [0, 0, 0, 1]]))

PIPES_2019 = merge(
    active_2019((0, 0, 0), (3, "", 17), {"licensing": (88, "增4", 1204), "other_services": (20, "", 96),
                                        "penalties": (15, "减2", 57), "enforcement": (2, 0, 4)},
                (6, ""), (3, "12.75万元")),
    requests_figures("2019", {
        "new": [3, 0, 0, 0, 0, 1], "granted": [2, 0, 0, 0, 0, ""], "other": ["", 0, 0, 0, 0, 1],
        "partial": [1, 0, 0, 0, 0, 0]},
        {"requests.carried_forward.total": ""}),
    appeals_figures([[0, 0, 0, 0], [0, 0, 0, 0], [1, 0, 0, 0]]))

HEADINGS_TEXT = merge(
    active_2021((0, 0, 1), (5, 0, 12), 903, 77, 3, "12.4"),
    requests_figures("2021", {
        "new": [14, 2, 0, 0, 0, 0], "carried_over": [1, 0, 0, 0, 0, 0], "granted": [8, 1, 0, 0, 0, 0],
        "denied_secret": [1, 0, 0, 0, 0, 0], "unable_not_held": [3, 1, 0, 0, 0, 0], "other_misc": [2, 0, 0, 0, 0, 0]}),
    appeals_figures([[1, 1, 0, 0], [0, 0, 0, 0], [0, 0, 1, 0]]))

HEADINGS_HTML = merge(
    active_2021((2, 1, 30), (17, 4, 121), 40518, 2215, 96, "1350.2"),
    requests_figures("2021", {
        "new": [412, 35, 2, 1, 9, 6], "carried_over": [18, 1, 0, 0, 0, 0], "granted": [190, 20, 1, 1, 4, 3],
        "partial": [61, 5, 0, 0, 1, 1], "denied_law": [3, 0, 0, 0, 0, 0], "unable_not_held": [101, 6, 1, 0, 2, 1],
        "rejected_petition": [20, 2, 0, 0, 1, 0], "other_no_correction": [9, 1, 0, 0, 0, 0],
        "other_misc": [7, 0, 0, 0, 0, 0]}),
    appeals_figures([[9, 2, 4, 1], [3, 0, 1, 2], [1, 0, 0, 1]]))

HEADINGS_2019 = merge(
    active_2019((0, 0, 0), (1, 1, 6), {"licensing": (19, 0, 233), "other_services": (7, "增1", 41),
                                       "penalties": (5, 0, 12), "enforcement": ("/", "/", "/")},
                (0, 0), (1, "3.2万元")),
    requests_figures("2019", {
        "new": [4, 0, 0, 0, 0, 0], "granted": [3, 0, 0, 0, 0, 0], "rejected_publication": [1, 0, 0, 0, 0, 0]}),
    appeals_figures([[0, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]))

HEADINGS_WORD_2019 = merge(
    active_2019((0, 0, 3), (2, 2, 9), {"licensing": (52, "增3", 760), "other_services": (9, 0, 33),
                                       "penalties": (11, "减1", 28), "enforcement": (1, 0, 2)},
                (3, "减1"), (6, "472300元")),
    requests_figures("2019", {
        "new": [6, 1, 0, 0, 0, 0], "granted": [4, 1, 0, 0, 0, 0], "unable_not_held": [2, 0, 0, 0, 0, 0]}),
    appeals_figures([[1, 0, 0, 0], [0, 0, 0, 0], [0, 0, 0, 0]]))


def portal(body):
    """A portal page: the article inside a layout table, beside a navigation column, with a footer row."""
    return ('<table width="980" align="center" border="0"><tr><td colspan="2"><p>首页 &gt; 政务公开 &gt; 年度报告</p>'
            '</td></tr>\n<tr><td width="200" valign="top"><ul><li>机构职能</li><li>政策解读</li></ul></td>'
            '<td valign="top"><div class="article">\n%s\n</div></td></tr>\n<tr><td colspan="2"><p>主办单位：'
            '青山市云溪区人民政府办公室　地址：云溪大道1号</p></td></tr></table>' % body)


WORD_HEAD = ('<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">'
             '<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->'
             '<style><!-- p.MsoNormal {mso-style-parent:""; margin:0cm; font-size:10.5pt;} --></style>')

CASES = [
    {"name": "html-1-portal-layout-table", "kind": "html", "style": "plain", "wrap": portal, "title": "年度报告",
     "unit": "青山市云溪区民政局", "year": 2023, "edition": "2021", "figures": PORTAL,
     "notes": MADE + "seed 002 varied. A portal page: the whole article sits in a layout table (navigation column, "
     "footer row) and the three tables are nested in its cell. Blank cells are &nbsp; (予以公开 商业企业 in mid-row; "
     "结转下年度 总计 at the end of its row, so only the header grid places it), 8.属于行政查询事项 is / throughout, "
     "行政强制 is —."},
    {"name": "html-2-word-export-2019", "kind": "html", "style": "word", "head": WORD_HEAD, "title": "年报",
     "unit": "渭水市临河县统计局", "year": 2020, "edition": "2019", "figures": WORD_2019,
     "notes": MADE + "seed 004 varied. Word-exported HTML (Word 15 'Save as web page' shape): MsoNormal paragraphs, "
     "nested spans with mso- styles, <o:p></o:p>, empty cells as <o:p>&nbsp;</o:p> (上年结转 自然人, the first of its "
     "row; 部分公开 科研机构; 复议后起诉 总计, the last of the appeals row), tables inside "
     "<div class=WordSection1>, conditional comments and a supportMisalignedColumns row. 2019 edition: 减6/增128, "
     "行政事业性收费 本年增/减 printed /, 采购总金额 251000元 (25.1 万元)."},
    {"name": "html-3-header-chars-split-numbers", "kind": "html", "style": "chars spans", "title": "年报",
     "unit": "青山市云溪区教育局", "year": 2024, "edition": "2021", "figures": CHARS,
     "notes": MADE + "seed 001 varied. Every header label (自然人, 商业企业, 结果维持 …) is printed one character per "
     "<p>; every number of two or more digits is split over two spans (<span>12</span><span>8</span> = 128) and "
     "followed by &nbsp;. Blank first cells (自然人) in 上年结转 and 1.申请人无正当理由逾期不补正."},
    {"name": "html-4-gbk-rowspan-2019", "kind": "html", "style": "plain", "charset": "gbk", "title": "年报",
     "unit": "渭水市临河县人民政府办公室", "year": 2020, "edition": "2019", "figures": GBK_2019,
     "notes": MADE + "seed 003 varied. A GBK-encoded page (<meta charset=\"gbk\">) with the official rowspans "
     "(三、本年度办理结果 over 20 rows, （三）不予公开 over 8 …) and &nbsp; blanks in mid-row (本年新收 商业企业, "
     "上年结转 科研机构, 予以公开 社会公益组织, 行政强制 处理决定数量). 2019 edition with the single （六）其他处理 row; "
     "采购总金额 36.5万元."},
    {"name": "html-5-br-blanks-caption-headings", "kind": "html", "style": "plain br caption", "title": "年报",
     "unit": "青山市云溪区卫生健康委员会", "year": 2022, "edition": "2021", "figures": DOCX_2021,
     "notes": MADE + "seed 002 varied. Blank cells hold only <br/> (予以公开 商业企业, 部分公开 法律服务机构); the table "
     "headings are the tables' <caption> elements, not paragraphs."},
    {"name": "docx-1-merged-blank-2021", "kind": "docx", "title": "年报",
     "unit": "青山市云溪区卫生健康委员会", "year": 2022, "edition": "2021", "figures": DOCX_2021,
     "notes": MADE + "seed 002 varied; the plain HTML rendering converted with LibreOffice (soffice --convert-to "
     "docx). Merged cells are gridSpan/vMerge; blank cells mid-row (予以公开 商业企业, 部分公开 法律服务机构) and the "
     "1-figure rows of table 二 spanning three grid columns."},
    {"name": "docx-2-merged-2019", "kind": "docx", "title": "年报",
     "unit": "渭水市临河县民政局", "year": 2020, "edition": "2019", "figures": DOCX_2019,
     "notes": MADE + "seed 004 varied; the plain HTML rendering converted with LibreOffice (soffice --convert-to "
     "docx). 2019 edition, single （六）其他处理 row, a blank mid-row cell (予以公开 法律服务机构), 本年增/减 spanning "
     "two grid columns in the fees row."},
    {"name": "text-pipes-1-blank-cells", "kind": "pipes",
     "unit": "青山市云溪区交通运输局", "year": 2023, "edition": "2021", "figures": PIPES_2021,
     "notes": MADE + "seed 000/001 shape (one cell per line, 'text |', rows closed by '||'). Empty cells are ' |' "
     "lines: first cell of 上年结转, mid-row (予以公开 科研机构, 2.其他法律行政法规禁止公开 商业企业, 行政规范性文件 "
     "本年废止件数), last cell of a row ((七)总计 总计, 行政强制) and in the appeals row (未经复议直接起诉 结果纠正)."},
    {"name": "text-pipes-2-blank-cells-2019", "kind": "pipes",
     "unit": "渭水市临河县财政局", "year": 2020, "edition": "2019", "figures": PIPES_2019,
     "notes": MADE + "seed 000 shape with 2019 tables. ' |' empty cells: 规范性文件 本年新公开数量, 其他对外管理服务事项 "
     "本年增/减, 行政事业性收费 本年增/减 (last of its row), 予以公开 其他, （六）其他处理 自然人 (first), 结转下年度 总计."},
    {"name": "heading-1-text-suffix-typo", "kind": "pipes",
     "headings": ("二、主动公开政府信息情况（有关情况附表）", "（三）收到和处理政府信息公开申请情况",
                  "4.政府信息公开行政法复议、行政诉讼情况"),
     "unit": "青山市云溪区司法局", "year": 2024, "edition": "2021", "figures": HEADINGS_TEXT,
     "notes": MADE + "seed 001 varied, 'text |' lines. Headings carry a suffix (（有关情况附表）), other numbering "
     "（（三）, 4.) and a typo (行政法复议)."},
    {"name": "heading-2-html-missing", "kind": "html", "style": "plain", "headings": (None, None, None),
     "title": "年报", "unit": "青山市人民政府", "year": 2024, "edition": "2021", "figures": HEADINGS_HTML,
     "notes": MADE + "real-huaian-city-2024 magnitudes varied. No table has a heading: the three tables follow "
     "part 一 directly and are found by what they contain."},
    {"name": "heading-3-text-numbered-2019", "kind": "plain",
     "headings": ("表2 主动公开政府信息情况", "表3：收到和处理政府信息公开申请情况统计表", "（四）行政复议、行政诉讼情况"),
     "unit": "渭水市临河县水利局", "year": 2020, "edition": "2019", "figures": HEADINGS_2019,
     "notes": MADE + "seed 003 shape (one cell per line, empty lines between, no separators). Headings numbered "
     "表2 / 表3： with a 统计表 suffix, and （四） without the words 政府信息公开. 行政强制 printed / in all three "
     "columns."},
    {"name": "heading-4-html-word-typos-2019", "kind": "html", "style": "word", "head": WORD_HEAD, "title": "年报",
     "headings": ("二、主动公开政府信息情况表", "三、收到和处理政府信息公开申情况", None),
     "unit": "渭水市临河县审计局", "year": 2021, "edition": "2019", "figures": HEADINGS_WORD_2019,
     "notes": MADE + "seed 004 varied. A 2021 report in the 2019 edition (as seed 003), Word-exported HTML. Headings: "
     "a trailing 表, a dropped character (申情况), and none before table 四. 采购总金额 472300元 (47.23 万元)."},
]
