#!/usr/bin/python3
"""Makes the golden cases of text copied out of PDFs, where table columns are aligned with spaces (spaced-*).

    python3 src/test/generators/spaced_cases.py [case ...]     (from the repository root; needs pdftotext)

spaced-layout-*: `pdftotext -layout` of an existing PDF golden case; spaced-copy-*: `pdftotext -raw` (the text in the
order it was printed, figures parted by single spaces, as a PDF viewer's copy gives it). Each takes the
expectation copied from that case (same figures, unit, year, edition). The text is what a supervisor gets when the
PDF is saved as text: columns aligned with runs of spaces, page footers and form feeds inside the tables.
"""
import json
import re
import sys
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
REPORTS = ROOT / "src" / "test" / "resources" / "reports"

# case name: (the PDF golden case it is made from, pdftotext options, what the layout is). Only the cases that read
# exactly are committed: spaced-layout-1..4, 7, 13, 22..24 and spaced-copy-1. The others are kept here to measure the
# reader; rows whose blank cells cannot be placed (table 四 printed as one row under a garbled single-spaced header,
# browser copies with blanks) are left blank with row-in-doubt / block-missing.
LAYOUT_CASES = {
    "spaced-copy-1-huaian-2024": ("real-huaian-city-2024", ["-raw"],
                                  "real ruled PDF, 2021 edition; text in the order it was printed, as a PDF viewer "
                                  "copies it: figures parted by single spaces"),
    "spaced-copy-2-hongze-2023": ("real-hongze-district-2023", ["-raw"],
                                  "real ruled PDF, 2021 edition; text in the order it was printed, as a PDF viewer "
                                  "copies it: figures parted by single spaces"),
    "spaced-copy-3-borderless-2021": ("pdf-borderless-1-2021", ["-raw"],
                                      "PDF without rules, 2021 edition; text in the order it was printed"),
    "spaced-copy-4-hrules-2021": ("pdf-hrules-1-2021", ["-raw"],
                                  "PDF with row rules, 2021 edition; text in the order it was printed"),
    "spaced-layout-1-hongze-2024": ("real-hongze-district-2024", [],
                                    "real ruled PDF, 2021 edition with one 2019-style （六）其他处理 row"),
    "spaced-layout-2-huaian-2024": ("real-huaian-city-2024", [], "real ruled PDF, 2021 edition"),
    "spaced-layout-3-borderless-2019": ("pdf-borderless-2-2019", [],
                                        "PDF without rules, 2019 edition, blank cells and / — markers"),
    "spaced-layout-4-hrules-2019": ("pdf-hrules-3-2019", [], "PDF with row rules, 2019 edition"),
    "spaced-layout-5-wrapped-2021": ("pdf-wrapped-1-2021", [], "PDF with wrapped labels, 2021 edition"),
    "spaced-layout-6-pagebreak-2019": ("pdf-pagebreak-2-2019", [], "PDF whose tables break across pages, 2019"),
    "spaced-layout-7-merged-2019": ("pdf-merged-2-2019", [], "PDF with merged cells, 2019 edition"),
    "spaced-layout-8-vrules-2021": ("pdf-vrules-1-2021", [], "PDF with column rules, 2021 edition"),
    "spaced-layout-9-merged-2021": ("pdf-merged-1-2021", [], "PDF with merged cells, 2021 edition"),
    "spaced-layout-10-autofit-2019": ("pdf-autofit-1-2019", [], "PDF with columns fitted to their text, 2019 edition"),
    "spaced-layout-11-landscape-2021": ("pdf-landscape-1-2021", [], "landscape PDF, 2021 edition"),
    "spaced-layout-12-narrow-2021": ("pdf-narrow-1-2021", [], "PDF with narrow columns, 2021 edition"),
    "spaced-layout-13-pagebreak-2021": ("pdf-pagebreak-1-2021", [], "PDF whose tables break across pages, 2021 edition"),
    "spaced-layout-14-repeat-2021": ("pdf-repeat-1-2021", [], "PDF repeating the table header on each page, 2021 edition"),
    "spaced-layout-15-rowsplit-2021": ("pdf-rowsplit-1-2021", [], "PDF whose rows split across pages, 2021 edition"),
    "spaced-layout-16-rowsplit-2019": ("pdf-rowsplit-2-2019", [], "PDF whose rows split across pages, 2019 edition"),
    "spaced-layout-17-wrapped-2021": ("pdf-wrapped-2-2021", [], "PDF with wrapped labels, 2021 edition"),
    "spaced-layout-18-wrapped-2019": ("pdf-wrapped-3-2019", [], "PDF with wrapped labels, 2019 edition"),
    "spaced-layout-19-hrules-2021": ("pdf-hrules-2-2021", [], "PDF with row rules, 2021 edition"),
    "spaced-layout-20-fullwidth-2021": ("pdf-fullwidth-1-2021", [], "PDF with full-width figures, 2021 edition"),
    "spaced-layout-21-borderless-2021": ("pdf-borderless-3-2021", [], "PDF without rules, 2021 edition"),
    "spaced-layout-22-browser-2019": ("pdf-browser-2-2019", [], "PDF printed from a browser, 2019 edition"),
}


def layout_case(name, origin, options, what):
    source_dir = REPORTS / origin
    pdf = next(source_dir.glob("*.pdf"))
    target = REPORTS / name
    target.mkdir(exist_ok=True)
    text = subprocess.run(["pdftotext", *(options or ["-layout"]), str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    source = name + ".txt"
    (target / source).write_text(text, encoding="utf-8")
    expected = json.loads((source_dir / "expected.json").read_text(encoding="utf-8"))
    expected["source"] = source
    tool = "pdftotext " + " ".join(options or ["-layout"])
    expected["notes"] = (f"Text of the golden case {origin} ({what}) as `{tool}` gives it (made by "
                         f"src/test/generators/spaced_cases.py): table cells parted by spaces, "
                         f"wrapped labels on lines of their own, page footers and form feeds inside the tables. "
                         f"Figures, unit, year and edition as in {origin}.")
    (target / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n",
                                          encoding="utf-8")


# Variants of a committed spaced-layout case whose table 四 row (under a header of words standing apart) is replaced
# by another, with other cells blank: name: (case it is made from, the 15 figures of table 四, None for a blank
# cell, "/" or "—" printed in a blank cell).
ROW_VARIANTS = {
    "spaced-layout-23-headerwords-2019": ("spaced-layout-7-merged-2019",
                                          [1, None, 3, 0, 4, 0, 1, 1, "/", 2, None, 2, 0, 1, 3]),
    "spaced-layout-24-headerwords-2019": ("spaced-layout-7-merged-2019",
                                          [None, 5, 0, "—", 5, 3, None, None, 0, 3, 12, 0, 4, None, 16]),
}
APPEALS = [f"appeals.{group}.{result}" for group in ("review", "suit_direct", "suit_after_review")
           for result in ("upheld", "corrected", "other", "pending", "total")]


def row_variant(name, origin, figures):
    """The origin's text with its table 四 row printed anew, each figure where its header word starts."""
    source_dir = REPORTS / origin
    lines = (source_dir / (origin + ".txt")).read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.lstrip().startswith("四、政府信息公开行政复议"))
    header = next(i for i in range(at, at + 8) if lines[i].lstrip().startswith("维持"))
    words = [m.start() for m in re.finditer(r"\S+", lines[header])]
    row = ""
    for start, figure in zip(words, figures):
        if figure is not None:
            row = row.ljust(start) + str(figure)
    lines[header + 1] = row
    target = REPORTS / name
    target.mkdir(exist_ok=True)
    source = name + ".txt"
    (target / source).write_text("\n".join(lines), encoding="utf-8")
    expected = json.loads((source_dir / "expected.json").read_text(encoding="utf-8"))
    expected["source"] = source
    printed = {k: v for k, v in expected.get("printed", {}).items() if not k.startswith("appeals.")}
    for code, figure in zip(APPEALS, figures):
        expected["cells"][code] = figure if isinstance(figure, int) else None
        if isinstance(figure, str):
            printed[code] = figure
    expected["printed"] = printed
    expected["notes"] = (f"Text of {origin} with its table 四 row replaced by other figures and other blank cells, "
                         f"each figure under its header word (made by src/test/generators/spaced_cases.py). "
                         f"The row stands alone under a header of words parted by spaces.")
    (target / "expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n",
                                          encoding="utf-8")


if __name__ == "__main__":
    for case, (origin, opts, what) in LAYOUT_CASES.items():
        if len(sys.argv) == 1 or case in sys.argv[1:]:
            layout_case(case, origin, opts, what)
    for case, (origin, figures) in ROW_VARIANTS.items():
        if len(sys.argv) == 1 or case in sys.argv[1:]:
            row_variant(case, origin, figures)
