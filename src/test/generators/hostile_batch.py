"""The 3,000-file batch of issue 11: good, mutated and hostile inputs mixed, for measuring a whole batch by hand.

    /usr/bin/python3 src/test/generators/hostile_batch.py /tmp/batch [count]

Writes DIR/good/ (copies of every golden case's source and the examples), DIR/mutated/ (good files edited at
random: XML inside zips, lines of text, bytes of PDFs) and DIR/hostile/ (the reproducers the issue lists), about a
third, a half and a sixth of `count` (default 3000). Deterministic (seeded). No test reads these files.
"""
import io
import os
import random
import re
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
REPORTS = os.path.join(ROOT, 'src', 'test', 'resources', 'reports')
EXAMPLES = os.path.join(ROOT, 'examples')


def good_sources():
    sources = []
    for case in sorted(os.listdir(REPORTS)):
        for name in sorted(os.listdir(os.path.join(REPORTS, case))):
            if name != 'expected.json':
                sources.append(os.path.join(REPORTS, case, name))
    for name in sorted(os.listdir(EXAMPLES)):
        sources.append(os.path.join(EXAMPLES, name))
    return sources


def read(path):
    with open(path, 'rb') as f:
        return f.read()


def mutate_zip(data, rnd):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    names = [n for n in src.namelist() if n.endswith('.xml')]
    target = rnd.choice(names) if names else None
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == target:
                body = mutate_text(body, rnd)
            dst.writestr(info.filename, body)
    return out.getvalue()


def mutate_text(data, rnd):
    edits = rnd.randint(1, 4)
    for _ in range(edits):
        if not data:
            break
        kind = rnd.randrange(6)
        i = rnd.randrange(len(data))
        j = min(len(data), i + rnd.randint(1, 200))
        if kind == 0:
            data = data[:i] + data[j:]
        elif kind == 1:
            data = data[:j] + data[i:j] + data[j:]
        elif kind == 2:
            data = re.sub(rb'\d+', lambda m: rnd.choice([b'1E400', b'-7', b'abc', b'NaN', b'9' * 45, m.group(0)]),
                          data, count=rnd.randint(1, 20))
        elif kind == 3:
            data = data[:i] + b'\t' + data[i:]
        elif kind == 4:
            data = data[:i] + bytes([rnd.randrange(128, 256)]) + data[i:]
        else:
            data = data[:i]
    return data


def mutate_bytes(data, rnd):
    data = bytearray(data)
    for _ in range(rnd.randint(1, 30)):
        data[rnd.randrange(len(data))] = rnd.randrange(256)
    if rnd.random() < 0.3:
        data = data[:rnd.randrange(len(data))]
    return bytes(data)


def mutated(path, rnd):
    data = read(path)
    ext = os.path.splitext(path)[1].lower()
    if ext in ('.xlsx', '.docx') and data[:2] == b'PK':
        try:
            return mutate_zip(data, rnd) if rnd.random() < 0.8 else mutate_bytes(data, rnd)
        except zipfile.BadZipFile:
            return mutate_bytes(data, rnd)
    if ext in ('.txt', '.html', '.htm', '.md', '.markdown'):
        return mutate_text(data, rnd)
    return mutate_bytes(data, rnd)


def xlsx(sheet_xml, extra=None, workbook_extra=''):
    out = io.BytesIO()
    with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr('xl/workbook.xml', '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets>' + workbook_extra + '</workbook>')
        z.writestr('xl/_rels/workbook.xml.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/'
                   '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr('xl/worksheets/sheet1.xml', '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                   '2006/main"><sheetData>' + sheet_xml + '</sheetData></worksheet>')
        for name, body in (extra or {}).items():
            z.writestr(name, body)
    return out.getvalue()


def pdf(objects):
    """A PDF of the given object bodies (object 1 is the catalog), with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b'%PDF-1.7\n')
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b'%d 0 obj\n' % number + body + b'\nendobj\n')
    xref = out.tell()
    out.write(b'xref\n0 %d\n0000000000 65535 f \n' % (len(objects) + 1))
    for offset in offsets:
        out.write(b'%010d 00000 n \n' % offset)
    out.write(b'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objects) + 1, xref))
    return out.getvalue()


def stream(content):
    return b'<< /Length %d >>\nstream\n' % len(content) + content + b'\nendstream'


def hostile_files():
    seed = read(os.path.join(REPORTS, 'seed-001', os.listdir(os.path.join(REPORTS, 'seed-001'))[0])) \
        if os.path.isdir(os.path.join(REPORTS, 'seed-001')) else None
    seed = seed or read(next(p for p in good_sources() if p.endswith('.txt')))
    font = b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'
    glyphs = b'BT /F1 6 Tf ' + b''.join(b'1 0 0 1 %d %d Tm (8) Tj ' % (10 + (i % 100) * 5, 10 + (i // 100) * 4)
                                        for i in range(20000)) + b'ET'
    rules = b''.join(b'%d 0 m %d 800 l S ' % (i % 600, i % 600) if i % 2 else b'0 %d m 600 %d l S ' % (i % 800, i % 800)
                     for i in range(4000))
    files = {
        'number-900k-zeros.xlsx': xlsx('<row r="1"><c r="A1"><v>1' + '0' * 900000 + '</v></c></row>'),
        'number-1e10000000.xlsx': xlsx('<row r="1"><c r="A1"><v>1E10000000</v></c></row>'),
        'text-in-number.xlsx': xlsx('<row r="1"><c r="A1" t="n"><v>abc</v></c><c r="B1"><v>NaN</v></c></row>'),
        'row-1048576.xlsx': xlsx('<row r="1048576"><c r="A1048576"><v>1</v></c></row>'),
        'xfd-columns.xlsx': xlsx(''.join('<row r="%d"><c r="XFD%d"><v>1</v></c></row>' % (r, r)
                                         for r in range(1, 20001))),
        'empty-cells-3m.xlsx': xlsx('<row r="1">' + '<c/>' * 3000000 + '</row>'),
        'styles-900k.xlsx': xlsx('', {'xl/styles.xml': '<styleSheet xmlns="http://schemas.openxmlformats.org/'
                                      'spreadsheetml/2006/main"><cellXfs count="900000">' + '<xf/>' * 900000
                                      + '</cellXfs></styleSheet>'}),
        'defined-names-twice.xlsx': xlsx('', workbook_extra='<definedNames><definedName name="unit">Sheet1!$A$1'
                                         '</definedName><definedName name="unit">Sheet1!$B$1</definedName>'
                                         '</definedNames>'),
        'text-900k-digits.txt': seed.replace(b'\xe4\xb8\x80', b'1' * 900000, 1),
        'narrative-20000-clauses.txt': seed + ('行政复议1件，' * 20000).encode('utf-8'),
        'stray-byte.txt': seed[:len(seed) // 2] + b'\xff' + seed[len(seed) // 2:],
        'tabs-in-narrative.txt': seed.replace('。'.encode('utf-8'), '。\t'.encode('utf-8')),
        'html-spans-1000.html': ('<table>' + ''.join('<tr>' + '<td rowspan=1000 colspan=1000>1</td>' * 5 + '</tr>'
                                                     for _ in range(10)) + '</table>').encode('utf-8'),
        'html-nested-100k.html': ('<table><tr><td>' * 100000 + '行政复议' + '</td></tr></table>' * 100000)
        .encode('utf-8'),
        'pdf-page-tree-cycle.pdf': pdf([b'<< /Type /Catalog /Pages 2 0 R >>',
                                        b'<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>',
                                        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] >>']),
        'pdf-20000-pages.pdf': pdf([b'<< /Type /Catalog /Pages 2 0 R >>',
                                    b'<< /Type /Pages /Kids [' + b' '.join(b'%d 0 R' % (i + 5) for i in range(20000))
                                    + b'] /Count 20000 /Resources << /Font << /F1 4 0 R >> >> '
                                    b'/MediaBox [0 0 600 800] >>',
                                    stream(b'BT /F1 12 Tf 72 712 Td (xingzheng fuyi 1) Tj ET'), font]
                                   + [b'<< /Type /Page /Parent 2 0 R /Contents 3 0 R >>'] * 20000),
        'pdf-rules-glyphs.pdf': pdf([b'<< /Type /Catalog /Pages 2 0 R >>',
                                     b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
                                     b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] /Contents 4 0 R '
                                     b'/Resources << /Font << /F1 5 0 R >> >> >>',
                                     stream(rules + glyphs), font]),
    }
    dup = io.BytesIO()
    with zipfile.ZipFile(dup, 'w') as z:
        z.writestr('xl/worksheets/sheet1.xml', '<worksheet/>')
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter('ignore')
            z.writestr('xl/worksheets/sheet1.xml', '<worksheet><sheetData/></worksheet>')
    files['zip-entries-twice.xlsx'] = dup.getvalue()
    docx = io.BytesIO()
    with zipfile.ZipFile(docx, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-'
                   'types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
                   'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
                   'document.main+xml"/></Types>')
        z.writestr('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
                   '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
        z.writestr('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/'
                   '2006/main"><w:body><w:tbl>' + '<w:tr><w:tc><w:tcPr><w:gridSpan w:val="2147483647"/></w:tcPr>'
                   '<w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc></w:tr>' * 50 + '</w:tbl></w:body></w:document>')
    files['docx-gridspan-max.docx'] = docx.getvalue()
    return files


def main():
    target = sys.argv[1]
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
    rnd = random.Random(11)
    sources = good_sources()
    hostile = hostile_files()
    heavy = {'pdf-20000-pages.pdf', 'html-nested-100k.html', 'empty-cells-3m.xlsx', 'styles-900k.xlsx',
             'text-900k-digits.txt', 'number-900k-zeros.xlsx', 'xfd-columns.xlsx', 'pdf-rules-glyphs.pdf'}
    n_hostile = count // 6
    n_mutated = count // 2
    n_good = count - n_hostile - n_mutated
    for folder in ('good', 'mutated', 'hostile'):
        os.makedirs(os.path.join(target, folder), exist_ok=True)
    for i in range(n_good):
        source = sources[i % len(sources)]
        stem, ext = os.path.splitext(os.path.basename(source))
        with open(os.path.join(target, 'good', '%04d-%s%s' % (i, stem[:40], ext)), 'wb') as f:
            f.write(read(source))
    for i in range(n_mutated):
        source = rnd.choice(sources)
        stem, ext = os.path.splitext(os.path.basename(source))
        with open(os.path.join(target, 'mutated', '%04d-%s%s' % (i, stem[:40], ext)), 'wb') as f:
            f.write(mutated(source, rnd))
    names = sorted(hostile)
    light = [n for n in names if n not in heavy]
    plan = [n for n in names if n in heavy] * 5
    while len(plan) < n_hostile:
        plan.append(light[len(plan) % len(light)])
    for i, name in enumerate(plan[:n_hostile]):
        with open(os.path.join(target, 'hostile', '%04d-%s' % (i, name)), 'wb') as f:
            f.write(hostile[name])
    print('%d good, %d mutated, %d hostile in %s' % (n_good, n_mutated, n_hostile, target))


if __name__ == '__main__':
    main()
