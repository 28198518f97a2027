#!/usr/bin/env python3
"""Writes the golden cases id-* and id-html-* (src/test/resources/reports/): reports that differ in how they give
their unit and year (title shapes, portal clutter, metadata, letterhead, signature, preamble sentences), with tables
laid out from the form definitions (workbook-templates/forms/tables/*.yaml) and figures drawn per case from a fixed
random seed (non-zero counts, markers, blanks, signed changes, 万元 amounts), totals adding up.

Text cases print one table cell per line (as seeds 003/004); HTML cases print the official tables with rowspan and
colspan. Traditional-character cases are converted with opencc4j (ZhConverterUtil.toTraditional) through jshell.
Run from the repository root: python3 src/test/generators/identity_cases.py
"""
import glob
import html
import json
import os
import random
import subprocess
import tempfile

import yaml

FORMS = 'workbook-templates/forms/tables/'
REPORTS = 'src/test/resources/reports/'


def table_defs(edition):
    defs = []
    for name in ('active-' + edition, 'requests', 'appeals'):
        with open(FORMS + name + '.yaml', encoding='utf-8') as f:
            table = yaml.safe_load(f)
        for block in table['blocks']:
            block['rows'] = [r for r in block['rows'] if edition in r.get('editions', [edition])]
        defs.append(table)
    return defs


def figures(edition, rng, markers, blanks):
    """code -> printed text ('' for a blank cell)."""
    p = {}
    r = rng.randint
    if edition == '2021':
        for row in ('rules', 'normative_docs'):
            issued, repealed = r(0, 4), r(0, 2)
            p.update({f'active.{row}.issued': issued, f'active.{row}.repealed': repealed,
                      f'active.{row}.in_force': repealed + r(0, 30)})
        p.update({'active.licensing.decisions': r(0, 9000), 'active.penalties.decisions': r(0, 900),
                  'active.enforcement.decisions': r(0, 60),
                  'active.fees.amount': rng.choice(['0', f'{r(1, 900)}.{r(1, 9)}'])})
    else:
        for row in ('rules', 'normative_docs'):
            made = r(0, 9)
            p.update({f'active.{row}.made': made, f'active.{row}.published': made,
                      f'active.{row}.total_published': made + r(0, 40)})
        for row in ('licensing', 'other_services', 'penalties', 'enforcement', 'fees'):
            change = r(-9, 130)
            p[f'active.{row}.prev_items'] = r(0, 3000)
            p[f'active.{row}.change'] = f'增{change}' if change > 0 else f'减{-change}' if change < 0 else '0'
            if row != 'fees':
                p[f'active.{row}.decisions'] = r(0, 9000)
        p['active.procurement.projects'] = r(0, 30)
        p['active.procurement.amount'] = f'{r(1, 900)}.{r(1, 9)}万元'
    if markers:
        for column in (('issued', 'repealed', 'in_force') if edition == '2021'
                       else ('made', 'published', 'total_published')):
            p[f'active.rules.{column}'] = markers
    columns = ['natural_person', 'business', 'research', 'nonprofit', 'legal_services', 'other_org']
    results = [c['code'] for b in table_defs(edition)[1]['blocks'] for c in b['rows']
               if 'results' in c.get('groups', [])]
    counts = {}
    for row in results:
        counts[row] = [r(0, 12) if rng.random() < 0.35 else 0 for _ in columns]
    for code in blanks:
        _, row, column = code.split('.')
        if row in counts:
            counts[row][columns.index(column)] = 0
    counts['results_total'] = [sum(counts[row][k] for row in results) for k in range(6)]
    counts['carried_forward'] = [r(0, 3) if k == 0 else 0 for k in range(6)]
    counts['carried_over'] = [min(r(0, 2), counts['results_total'][k]) for k in range(6)]
    counts['new'] = [counts['results_total'][k] + counts['carried_forward'][k] - counts['carried_over'][k]
                     for k in range(6)]
    for row, values in counts.items():
        for k, column in enumerate(columns):
            p[f'requests.{row}.{column}'] = values[k]
        p[f'requests.{row}.total'] = sum(values)
    for group in ('review', 'suit_direct', 'suit_after_review'):
        outcomes = [r(0, 4) for _ in range(4)]
        for column, value in zip(('upheld', 'corrected', 'other', 'pending'), outcomes):
            p[f'appeals.{group}.{column}'] = value
        p[f'appeals.{group}.total'] = sum(outcomes)
    for code in blanks:
        p[code] = ''
    return {code: str(value) for code, value in p.items()}


def value(printed):
    """The number a careful reader takes from a printed cell, or None."""
    text = printed.replace('万元', '')
    if text in ('', '/', '—', '-', '无'):
        return None
    if text.startswith('增'):
        return int(text[1:])
    if text.startswith('减'):
        return -int(text[1:])
    return float(text) if '.' in text else int(text)


def row_codes(table, block, row):
    return [f"{table['code']}.{row['code']}.{c}" for c in
            block.get('columns', [c['code'] for c in table['columns']])]


def headers(table, block):
    by_code = {c['code']: c['header'] for c in table['columns']}
    return [by_code[c] for c in block.get('columns', by_code)]


def stream_lines(edition, p):
    """The tables one cell per line, as a portal's text copy prints them."""
    lines = []
    for table in table_defs(edition):
        lines.append(table['title'])
        if table['code'] == 'appeals':
            lines += ['行政复议', '行政诉讼'] + ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
            lines += ['未经复议直接起诉', '复议后起诉'] + ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] * 2
            lines += [p[code] for row in table['blocks'][0]['rows'] for code in row_codes(table, table['blocks'][0], row)]
            continue
        for block in table['blocks']:
            if 'caption' in block:
                lines.append(block['caption'])
            if table['code'] == 'requests':
                lines += [block['corner'], '申请人情况', '自然人', '法人或其他组织', '总计', '商业企业', '科研机构',
                          '社会公益组织', '法律服务机构', '其他']
            else:
                lines += [block['corner']] + [h[-1] for h in headers(table, block)]
            previous = []
            for row in block['rows']:
                label = row['label']
                k = 0
                while k < len(label) - 1 and k < len(previous) and previous[k] == label[k]:
                    k += 1
                lines += label[k:]
                previous = label
                lines += [p[code] for code in row_codes(table, block, row)]
    return lines


def td(text, rowspan=1, colspan=1):
    attrs = (f' rowspan="{rowspan}"' if rowspan > 1 else '') + (f' colspan="{colspan}"' if colspan > 1 else '')
    return f'<td{attrs}>{html.escape(text)}</td>'


def html_tables(edition, p):
    """The official tables with their merged cells."""
    parts = []
    for table in table_defs(edition):
        parts.append(f"<p>{table['title']}</p><table border=\"1\">")
        if table['code'] == 'appeals':
            parts.append('<tr>' + td('行政复议', 2, 5) + td('行政诉讼', 1, 10) + '</tr>')
            parts.append('<tr>' + td('未经复议直接起诉', 1, 5) + td('复议后起诉', 1, 5) + '</tr>')
            parts.append('<tr>' + ''.join(td(h) for h in ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] * 3)
                         + '</tr>')
            block = table['blocks'][0]
            parts.append('<tr>' + ''.join(td(p[c]) for row in block['rows'] for c in row_codes(table, block, row))
                         + '</tr></table>')
            continue
        for block in table['blocks']:
            if table['code'] == 'requests':
                parts.append('<tr>' + td(block['corner'], 3, 3) + td('申请人情况', 1, 7) + '</tr>')
                parts.append('<tr>' + td('自然人', 2) + td('法人或其他组织', 1, 5) + td('总计', 2) + '</tr>')
                parts.append('<tr>' + ''.join(td(h) for h in ['商业企业', '科研机构', '社会公益组织', '法律服务机构',
                                                               '其他']) + '</tr>')
                width = 3
            else:
                parts.append('<tr>' + td(block['caption'], 1, 4) + '</tr>')
                names = [h[-1] for h in headers(table, block)]
                parts.append('<tr>' + td(block['corner']) + ''.join(
                    td(n, 1, 4 - len(names) if i == len(names) - 1 else 1) for i, n in enumerate(names)) + '</tr>')
                width = 1
            rows = block['rows']
            for i, row in enumerate(rows):
                cells = []
                label = row['label']
                for k, level in enumerate(label):
                    if i > 0 and rows[i - 1]['label'][:k + 1] == label[:k + 1]:
                        continue
                    last = k == len(label) - 1
                    span = 1 if last else sum(1 for j in range(i, len(rows)) if rows[j]['label'][:k + 1] == label[:k + 1])
                    cells.append(td(level, span, width - k if last else 1))
                codes = row_codes(table, block, row)
                fill = 4 - len(codes) if table['code'] == 'active' else 1
                cells += [td(p[c], 1, fill if j == len(codes) - 1 else 1) for j, c in enumerate(codes)]
                parts.append('<tr>' + ''.join(cells) + '</tr>')
        parts.append('</table>')
    return '\n'.join(parts)


def narrative(unit_word, year):
    return {
        'one': ['一、总体情况',
                f'{year}年，{unit_word}认真贯彻落实《中华人民共和国政府信息公开条例》，推进政务公开工作。',
                '（一）主动公开情况', '通过门户网站主动公开政府信息。', '（二）依申请公开情况', '依法按时答复申请。'],
        'five_six': ['五、存在的主要问题及改进情况', '公开内容的深度有待提高，下一步加强培训。',
                     '六、其他需要报告的事项', '本年度未收取信息处理费。'],
    }


def expected(case, p):
    cells = {code: value(text) for code, text in p.items()}
    printed = {code: text for code, text in p.items() if text != '' and (value(text) is None
                                                                           or str(value(text)) != text)}
    if case.get('traditional'):
        printed = {code: text.replace('减', '減').replace('万元', '萬元') for code, text in printed.items()}
    return {'source': case['file'], 'unit': case['unit'], 'year': case['year'], 'edition': case['edition'],
            'cells': dict(sorted(cells.items())), 'printed': dict(sorted(printed.items())), 'known_errors': [],
            'notes': case['notes'] + ' Made by src/test/generators/identity_cases.py: tables laid out from the form '
            'definitions, figures drawn from a fixed seed (totals add up).'
            + (' Converted to traditional characters with opencc4j.' if case.get('traditional') else '')}


def to_traditional(paths):
    jars = ':'.join(glob.glob(os.path.expanduser('~/.m2/repository/com/github/houbb/**/*.jar'), recursive=True))
    script = ''.join(
        f'java.nio.file.Files.writeString(java.nio.file.Path.of("{path}"), '
        f'com.github.houbb.opencc4j.util.ZhConverterUtil.toTraditional('
        f'java.nio.file.Files.readString(java.nio.file.Path.of("{path}"))));\n' for path in paths) + '/exit\n'
    with tempfile.NamedTemporaryFile('w', suffix='.jsh', delete=False) as f:
        f.write(script)
    subprocess.run(['jshell', '--class-path', jars, f.name], check=True, stdout=subprocess.DEVNULL)


def write(case):
    rng = random.Random(case['name'])
    p = figures(case['edition'], rng, case.get('markers'), case.get('blanks', []))
    story = narrative(case.get('we', '我单位'), case['year'])
    directory = REPORTS + case['name'] + '/'
    os.makedirs(directory, exist_ok=True)
    path = directory + case['file']
    if case['file'].endswith('.txt'):
        lines = case['head'] + story['one'] + stream_lines(case['edition'], p) + story['five_six'] + case['tail']
        text = '\n'.join(lines) + '\n'
    else:
        body = ''.join(f'<p>{line}</p>' for line in story['one']) + html_tables(case['edition'], p) + ''.join(
            f'<p>{line}</p>' for line in story['five_six'])
        text = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>' + case['title'] + '</title></head>\n<body>'
                + case['head'] + '\n' + body + '\n' + case['tail'] + '\n</body></html>\n')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(text)
    if case.get('traditional'):
        to_traditional([os.path.abspath(path)])
    with open(directory + 'expected.json', 'w', encoding='utf-8') as f:
        json.dump(expected(case, p), f, ensure_ascii=False, indent=1)
        f.write('\n')


if __name__ == '__main__':
    from identity_case_list import CASES
    for c in CASES:
        write(c)
