"""Compares the good files' rows of a mixed batch's CSV report with the CSV reports of the same files checked alone.

    /usr/bin/python3 src/test/generators/compare_batch.py BATCH.csv ALONE.csv...

Rows are matched by file name (BATCH rows only from its good/ folder); cross-year findings are left out, since they
need the unit's other year, which a file checked alone does not have. Prints how many files differ.
"""
import csv, sys, collections
CROSS = {'carry-over', 'in-force-carry', 'item-count-carry'}
def rows(path, prefix=None):
    out = collections.defaultdict(list)
    with open(path, encoding='utf-8-sig') as f:
        for r in csv.DictReader(f):
            name = r['file'].split('/')[-1]
            if prefix and prefix not in r['file']:
                continue
            out[name]
            if r['rule'] in CROSS or not r['rule']:
                continue
            out[name].append(tuple(r[k] for k in ('unit','year','edition','rule','severity','code','where','expected','actual')))
    return out
batch = rows(sys.argv[1], '/good/')
alone = {}
for p in sys.argv[2:]:
    alone.update(rows(p))
diff = [n for n in alone if sorted(alone[n]) != sorted(batch.get(n, []))]
print('compared', len(alone), 'files; differing', len(diff), diff[:5])
