// nianbao 各页共用：页面会话、上传、拖放文件夹、关闭按钮。不依赖任何外部脚本库。
'use strict';
const nianbao = (() => {
  let sessionId = null;
  let opening = null;

  async function answer(response) {
    let body = {};
    try { body = await response.json(); } catch (e) { body = {}; }
    if (!response.ok) {
      throw new Error(body.error || ('服务器回答 ' + response.status));
    }
    return body;
  }

  async function post(url, form) {
    const options = { method: 'POST' };
    if (form) {
      options.body = new URLSearchParams(form);
    }
    return answer(await fetch(url, options));
  }

  // 本页的会话：同时上传的几个文件等同一个会话开好，不各开一个。
  function session() {
    if (!opening) {
      opening = post('/api/sessions').then(answer => { sessionId = answer.session; return sessionId; },
        error => { opening = null; throw error; });
    }
    return opening;
  }

  function forget() {
    if (sessionId) {
      navigator.sendBeacon('/api/s/' + sessionId + '/end');
      sessionId = null;
      opening = null;
    }
  }

  // 上传一个文件；check 为真时服务器同时校验它并回答这一行。
  async function upload(item, check) {
    const id = await session();
    const url = '/api/s/' + id + '/' + (check ? 'check' : 'files') + '?name=' + encodeURIComponent(item.name);
    return answer(await fetch(url, { method: 'POST', body: item.file,
      headers: { 'Content-Type': 'application/octet-stream' } }));
  }

  // 文件及其在所选文件夹中的相对路径。
  function fromInput(input) {
    return Array.from(input.files).map(file => ({ file, name: file.webkitRelativePath || file.name }));
  }

  function readAll(reader) {
    return new Promise((resolve, reject) => {
      const all = [];
      const next = () => reader.readEntries(entries => {
        if (entries.length === 0) { resolve(all); } else { all.push(...entries); next(); }
      }, reject);
      next();
    });
  }

  async function walk(entry, found) {
    if (entry.isFile) {
      const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
      found.push({ file, name: entry.fullPath.replace(/^\//, '') });
    } else if (entry.isDirectory) {
      for (const child of await readAll(entry.createReader())) {
        await walk(child, found);
      }
    }
  }

  // 拖放来的文件和文件夹（文件夹中的文件逐层找出，如命令行读目录）。
  async function fromDrop(transfer) {
    const entries = Array.from(transfer.items || []).map(i => i.webkitGetAsEntry && i.webkitGetAsEntry())
      .filter(Boolean);
    if (entries.length === 0) {
      return Array.from(transfer.files).map(file => ({ file, name: file.name }));
    }
    const found = [];
    for (const entry of entries) {
      await walk(entry, found);
    }
    return found;
  }

  function byName(items) {
    return items.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  // 一个区域接受拖放，并在其中的文件选择框选好后交给 chosen。
  function acceptFiles(area, inputs, chosen) {
    area.addEventListener('dragover', e => { e.preventDefault(); area.classList.add('over'); });
    area.addEventListener('dragleave', () => area.classList.remove('over'));
    area.addEventListener('drop', async e => {
      e.preventDefault();
      area.classList.remove('over');
      chosen(byName(await fromDrop(e.dataTransfer)));
    });
    inputs.forEach(input => input.addEventListener('change', () => {
      chosen(byName(fromInput(input)));
      input.value = '';
    }));
  }

  // 依次（至多 parallel 个同时）处理各项，每完成一项告诉 done。
  async function each(items, parallel, work, done) {
    let next = 0;
    const worker = async () => {
      while (next < items.length) {
        const item = items[next++];
        done(item, await work(item).then(value => ({ value }), error => ({ error })));
      }
    };
    await Promise.all(Array.from({ length: Math.min(parallel, items.length) }, worker));
  }

  function element(tag, text, className) {
    const made = document.createElement(tag);
    if (text !== undefined && text !== null) { made.textContent = String(text); }
    if (className) { made.className = className; }
    return made;
  }

  document.addEventListener('DOMContentLoaded', () => {
    const quit = document.getElementById('quit');
    quit.addEventListener('click', async () => {
      if (!confirm('关闭 nianbao？本页上传的文件和结果将全部删除。')) { return; }
      try { await post('/api/quit'); } catch (e) { /* 已经关闭 */ }
      document.querySelector('main').replaceChildren(element('h1', 'nianbao 已关闭'),
        element('p', '本机上传的文件已全部删除。再次使用时，双击 nianbao.jar 或运行 nianbao serve。'));
    });
  });
  window.addEventListener('pagehide', forget);

  return { post, session, forget, upload, acceptFiles, each, element };
})();
