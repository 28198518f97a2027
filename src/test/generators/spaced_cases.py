#!/usr/bin/python3
"""Makes the golden cases of text copied out of PDFs, where table columns are aligned with spaces (spaced-*).

    python3 src/test/generators/spaced_cases.py [case ...]     (from the repository root; needs pdftotext)

spaced-layout-*: `pdftotext -layout` of an existing PDF golden case; spaced-copy-*: `pdftotext -raw` (the text in the
order it was printed, figures parted by single spaces, as a PDF viewer's copy gives it). Each takes the
expectation copied from that case (same figures, unit, year, edition). The text is what a supervisor gets when the
PDF is saved as text: columns aligned with runs of spaces, page footers and form feeds inside the tables.
"""
import json
import sys
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
REPORTS = ROOT / "src" / "test" / "resources" / "reports"

# case name: (the PDF golden case it is made from, pdftotext options, what the layout is). Only the cases that read
# exactly are committed: spaced-layout-1..4, 7, 13, 22 and spaced-copy-1. The others are kept here to measure the
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


if __name__ == "__main__":
    for case, (origin, opts, what) in LAYOUT_CASES.items():
        if len(sys.argv) == 1 or case in sys.argv[1:]:
            layout_case(case, origin, opts, what)
