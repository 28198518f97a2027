// 转换、导出、汇总页：选好的文件先上传，再以表单中的选项运行同名命令，显示它打印的内容并给出下载。
'use strict';
document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector('form.operation');
  const outcome = document.querySelector('section.outcome');
  const list = form.querySelector('ul.chosen');
  const submit = form.querySelector('button[type="submit"]');
  let chosen = [];

  nianbao.acceptFiles(form.querySelector('.drop'), Array.from(form.querySelectorAll('input.inputs')), items => {
    chosen = chosen.concat(items);
    list.replaceChildren(...chosen.map(item => nianbao.element('li', item.name)));
  });

  const labels = form.querySelector('input.labels');
  if (labels) {
    labels.addEventListener('change', () => {
      form.querySelector('.labels-chosen').textContent = Array.from(labels.files).map(f => f.name).join('、');
    });
  }

  function say(text, className) {
    outcome.hidden = false;
    const line = outcome.querySelector('p.download');
    line.replaceChildren(nianbao.element('span', text, className));
  }

  form.addEventListener('submit', async e => {
    e.preventDefault();
    if (chosen.length === 0) {
      say('请先选择要处理的文件。', 'message-error');
      return;
    }
    submit.disabled = true;
    document.body.dataset.state = 'working';
    outcome.querySelector('pre.printed').textContent = '';
    try {
      const numbers = [];
      let sent = 0;
      await nianbao.each(chosen, 3, item => nianbao.upload(item, false), (item, result) => {
        sent++;
        say('正在上传：' + sent + ' / ' + chosen.length);
        if (result.error) {
          throw result.error;
        }
        numbers.push(result.value.index);
      });
      const options = { files: numbers.sort((a, b) => a - b).join(',') };
      for (const [key, value] of new FormData(form).entries()) {
        if (!(value instanceof File)) { options[key] = value; }
      }
      if (labels && labels.files.length > 0) {
        const sent = [];
        for (const file of Array.from(labels.files)) {
          sent.push((await nianbao.upload({ file, name: file.name }, false)).index);
        }
        options.labels = sent.join(',');
      }
      say('正在处理……');
      const id = await nianbao.session();
      const answer = await nianbao.post('/api/s/' + id + '/' + form.dataset.command, options);
      outcome.querySelector('pre.printed').textContent = answer.output;
      if (answer.download) {
        const link = nianbao.element('a', '下载 ' + answer.downloadName, 'button primary');
        link.href = answer.download;
        link.id = 'result-download';
        outcome.querySelector('p.download').replaceChildren(link,
          nianbao.element('span', answer.exitCode === 0 ? ' 全部完成。' : ' 已完成，但有需要注意的地方，见下面的说明。'));
      } else {
        say('没有完成：见下面的说明。', 'message-error');
      }
      document.body.dataset.state = 'done';
    } catch (error) {
      say('出错了：' + error.message, 'message-error');
      document.body.dataset.state = 'failed';
    } finally {
      submit.disabled = false;
      chosen = [];
      list.replaceChildren();
    }
  });
});
