// 校验页：逐个上传并校验，每个文件一行，可展开看发现项；全部完成后核对跨年度数字，提供报告和标注副本下载。
'use strict';
document.addEventListener('DOMContentLoaded', () => {
  const $ = id => document.getElementById(id);
  const drop = $('drop');
  const limit = Number(drop.dataset.limit);
  const body = document.querySelector('#results tbody');
  const rows = new Map();
  // 每个文件在所选顺序中的位置，按服务器给的上传编号：行按所选的顺序排列，不按上传完成的先后。
  const order = new Map();
  let total = 0;
  let finished = 0;
  let busy = 0;

  function cell(tr, text, className) {
    tr.appendChild(nianbao.element('td', text, className));
  }

  function findingsTable(findings) {
    const table = nianbao.element('table', null, 'findings');
    table.innerHTML = '<thead><tr><th>类别</th><th>位置</th><th>说明</th><th>应为</th><th>规则</th></tr></thead>';
    const tbody = document.createElement('tbody');
    for (const f of findings) {
      const tr = document.createElement('tr');
      cell(tr, f.severity === 'error' ? '错误' : '提示', 'severity-' + f.severity);
      cell(tr, f.where || '', 'where');
      cell(tr, f.message, 'message');
      const should = f.suggested !== null && f.suggested !== undefined
        ? '建议改为 ' + f.suggested : (f.expected || '');
      cell(tr, should, f.suggested !== null && f.suggested !== undefined ? 'suggested' : 'expected');
      const rule = document.createElement('td');
      const link = nianbao.element('a', f.rule);
      link.href = '/rules#rule-' + f.rule;
      link.target = '_blank'; // 在新标签页中打开：离开本页会结束会话，已校验的结果就没有了
      link.rel = 'noopener';
      rule.appendChild(link);
      tr.appendChild(rule);
      tbody.appendChild(tr);
    }
    table.appendChild(tbody);
    return table;
  }

  // 一个文件的一行（以及其下可展开的发现项）。
  function show(row) {
    const old = rows.get(row.index);
    const tr = document.createElement('tr');
    tr.className = 'file status-row-' + row.status;
    tr.dataset.index = row.index;
    cell(tr, row.name, 'name');
    cell(tr, row.statusText, 'status status-' + row.status);
    cell(tr, row.unit || '');
    cell(tr, row.year || '');
    cell(tr, row.edition || '');
    cell(tr, row.errors, 'number errors');
    cell(tr, row.warnings, 'number warnings');
    const actions = document.createElement('td');
    if (row.copy) {
      const copy = nianbao.element('a', '下载');
      copy.className = 'copy';
      copy.href = '/api/s/' + row.session + '/copy/' + row.index;
      actions.appendChild(copy);
    }
    const details = document.createElement('tr');
    details.className = 'findings';
    details.hidden = true;
    if (row.findings.length > 0) {
      const toggle = nianbao.element('button', '发现项 ' + row.findings.length + ' 条', 'quiet toggle');
      toggle.type = 'button';
      toggle.addEventListener('click', () => { details.hidden = !details.hidden; });
      actions.appendChild(toggle);
      const td = document.createElement('td');
      td.colSpan = 8;
      td.appendChild(findingsTable(row.findings));
      details.appendChild(td);
    }
    tr.appendChild(actions);
    if (old) {
      old.tr.replaceWith(tr);
      old.details.replaceWith(details);
      details.hidden = old.details.hidden;
    } else {
      const place = order.get(row.index);
      const later = Array.from(rows.keys()).filter(i => order.get(i) > place)
        .sort((a, b) => order.get(a) - order.get(b))[0];
      const before = later === undefined ? null : rows.get(later).tr;
      body.insertBefore(tr, before);
      body.insertBefore(details, before);
    }
    rows.set(row.index, { tr, details, row });
  }

  function refused(item, index, message) {
    show({ index, name: item.name, status: 'unreadable', statusText: '无法读取', errors: 1, warnings: 0,
      findings: [{ severity: 'error', rule: 'file-unreadable', where: '', message, expected: null,
        suggested: null }], copy: false });
  }

  function progress() {
    $('progress').max = Math.max(total, 1);
    $('progress').value = finished;
    $('progress-text').textContent = finished < total ? '正在校验：已完成 ' + finished + ' / ' + total + ' 个文件'
      : '已校验 ' + total + ' 个文件';
  }

  function summary() {
    const all = Array.from(rows.values()).map(r => r.row);
    const count = s => all.filter(r => r.status === s).length;
    $('summary-text').textContent = '共 ' + all.length + ' 个文件：通过 ' + count('ok') + '，有错误 '
      + count('errors') + '，部分读取 ' + count('partly-read') + '，无法读取 ' + count('unreadable') + '。';
  }

  async function check(items) {
    if (items.length === 0) { return; }
    const id = await nianbao.session();
    $('progress-area').hidden = false;
    $('results').hidden = false;
    const first = total;
    total += items.length;
    busy++;
    progress();
    items.forEach((item, i) => { item.index = first + i; });
    await nianbao.each(items, 3, item => {
      if (item.file.size > limit) {
        return Promise.reject(new Error('文件“' + item.name + '”超过了每个文件 ' + drop.dataset.limitText
          + ' 的上限，没有上传；请确认它是年度报告，或在命令行中用 nianbao check 校验'));
      }
      return nianbao.upload(item, true);
    }, (item, outcome) => {
      finished++;
      if (outcome.error) {
        order.set(-1 - item.index, item.index);
        refused(item, -1 - item.index, outcome.error.message);
      } else {
        order.set(outcome.value.index, item.index);
        outcome.value.session = id;
        show(outcome.value);
      }
      progress();
    });
    busy--;
    if (busy === 0) {
      const answer = await nianbao.post('/api/s/' + id + '/finish');
      answer.rows.forEach(row => { row.session = id; show(row); });
      $('report-xlsx').href = '/api/s/' + id + '/report-xlsx';
      $('report-csv').href = '/api/s/' + id + '/report-csv';
      $('copies').href = '/api/s/' + id + '/copies';
      $('summary').hidden = false;
      summary();
      document.body.dataset.state = 'done';
    }
  }

  nianbao.acceptFiles(drop, [$('pick-files'), $('pick-folder')], items => {
    document.body.dataset.state = 'checking';
    check(items).catch(e => { $('progress-text').textContent = '出错了：' + e.message; });
  });
  $('expand').addEventListener('click', () => {
    const open = Array.from(rows.values()).some(r => r.details.hidden && r.row.findings.length > 0);
    rows.forEach(r => { if (r.row.findings.length > 0) { r.details.hidden = !open; } });
    $('expand').textContent = open ? '收起全部发现项' : '展开全部发现项';
  });
  $('restart').addEventListener('click', () => {
    nianbao.forget();
    rows.clear();
    order.clear();
    body.replaceChildren();
    total = 0;
    finished = 0;
    $('summary').hidden = true;
    $('results').hidden = true;
    $('progress-area').hidden = true;
    delete document.body.dataset.state;
  });
});
