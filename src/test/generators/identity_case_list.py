"""The id-* and id-html-* golden cases that identity_cases.py writes: how each report gives its unit and year."""

SIGN_RIGHT = '<p style="text-align: right">{}</p>'

CASES = [
    # ---- text: title shapes ----
    dict(name='id-1-year-first-title', file='report.txt', edition='2019', year=2019, unit='上海市浦东新区民政局',
         head=['2019年上海市浦东新区民政局政府信息公开工作年度报告'], tail=[], we='区民政局',
         notes='Text. Year-first title (2019年上海市浦东新区民政局政府信息公开工作年度报告); 2019 edition.'),
    dict(name='id-2-year-first-niandu', file='report.txt', edition='2021', year=2023, unit='泗洪县财政局',
         head=['2023年度泗洪县财政局政府信息公开工作年度报告', '（2024年1月22日发布）'], tail=[], markers='/',
         notes='Text. Year-first title with 年度; the publication date 2024 below it is not the year. '
               'Table 二 rules row printed /.'),
    dict(name='id-3-without-gongzuo', file='report.txt', edition='2019', year=2020, unit='宁陵县人民政府',
         head=['宁陵县人民政府2020年政府信息公开年度报告'], tail=[],
         notes='Text. Title without 工作 (…政府信息公开年度报告); 2019 edition for a 2020 report.'),
    dict(name='id-4-without-gongzuo-niandu', file='report.txt', edition='2021', year=2024,
         unit='莒南县自然资源和规划局', head=['莒南县自然资源和规划局2024年度政府信息公开年度报告'], tail=[],
         markers='—', notes='Text. Title with 年度 and without 工作. Table 二 rules row printed —.'),
    dict(name='id-5-title-three-lines', file='report.txt', edition='2021', year=2022, unit='宿迁市宿豫区市场监督管理局',
         head=['宿迁市宿豫区', '市场监督管理局2022年政府信', '息公开工作年度报告'], tail=[],
         notes='Text. Title broken over three lines, the first holding only the places.'),
    dict(name='id-6-title-spaced-two-lines', file='report.txt', edition='2021', year=2021, unit='临泉县教育局',
         head=['临 泉 县 教 育 局 2 0 2 1 年 政 府 信 息', '公 开 工 作 年 度 报 告'], tail=[],
         notes='Text. Title spaced out character by character and broken over two lines.'),
    dict(name='id-7-traditional', file='report.txt', edition='2019', year=2019, unit='韓城市', traditional=True,
         head=['韓城市2019年政府信息公開工作年度報告'], tail=[],
         notes='Text in traditional characters; the unit is kept as printed (韓城市).'),
    dict(name='id-8-portal-clutter-issuer', file='report.txt', edition='2021', year=2023,
         unit='阜阳市颍州区卫生健康委员会',
         head=['首页 > 政务公开 > 法定主动公开内容 > 政府信息公开年报', '索引号：', '11341200MB1234567X/2024-00031',
               '发文机关：', '阜阳市颍州区卫生健康委员会', '成文日期：2024-01-18',
               '发布日期：2024-01-19 来源：颍州区卫健委 浏览次数：86', '字号：[ 大 中 小 ]',
               '颍州区卫生健康委员会2023年政府信息公开工作年度报告'],
         tail=['【打印本页】【关闭窗口】', '扫一扫在手机打开当前页'],
         notes='Text copy of a portal page: breadcrumb, 索引号/发文机关/成文日期 metadata one field per line, '
               '发布日期/来源/字号 line, then the title. 发文机关 gives the longer name of the title\'s organ.'),
    dict(name='id-9-signature-place-title', file='report.txt', edition='2021', year=2022, unit='太和县人民政府',
         head=['太和县2022年政府信息公开工作年度报告'], tail=['', '                太和县人民政府', '', '2023年1月31日'],
         notes='Text. The title names only the place; the signature block (organ, then date 2023) names its '
               'government, taken as the longer form. The signature date is the publication, not the year.'),
    dict(name='id-10-letterhead-signature', file='report.txt', edition='2021', year=2021,
         unit='蚌埠市龙子湖区人民政府',
         head=['蚌埠市龙子湖区人民政府文件', '', '龙子湖区人民政府2021年政府信息公开工作年度报告'],
         tail=['蚌埠市龙子湖区人民政府', '2022年1月20日'],
         notes='Text. Letterhead 蚌埠市龙子湖区人民政府文件 and signature give the full name of the title\'s organ.'),
    dict(name='id-11-presenting-and-compiler', file='report.txt', edition='2021', year=2022,
         unit='亳州市涡阳县人民政府',
         head=['2022年政府信息公开工作年度报告',
               '本报告由亳州市涡阳县人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。',
               '现将本机关2022年度政府信息公开工作情况报告如下。'],
         tail=['涡阳县人民政府', '2023年1月18日'],
         notes='Text. The title gives only the year; the signature names 涡阳县人民政府 and the compiling office '
               '(本报告由亳州市涡阳县人民政府办公室…编制) lengthens it. 现将本机关2022年度… agrees on the year.'),
    dict(name='id-12-statistical-period', file='report.txt', edition='2019', year=2020, unit='凤台县水利局',
         head=['凤台县水利局政府信息公开工作年度报告', '发布日期：2021-01-28',
               '本年度报告中使用数据统计期限为2020年1月1日至2020年12月31日。'],
         tail=['凤台县水利局', '2021年1月28日'],
         notes='Text. The title gives no year: the statistical period gives 2020 (published 2021). The unit is '
               'the signature\'s.'),
    dict(name='id-13-presenting-sentence', file='report.txt', edition='2021', year=2024, unit='灵璧县审计局',
         head=['灵璧县审计局政府信息公开工作年度报告',
               '根据《中华人民共和国政府信息公开条例》要求，现将本机关2024年度政府信息公开工作情况报告如下。',
               '本报告由灵璧县审计局办公室负责编制。'],
         tail=['灵璧县审计局', '2025年1月10日'],
         notes='Text. The year comes from 现将本机关2024年度政府信息公开工作情况报告如下; the unit from the signature, '
               'which the office that compiled the report (灵璧县审计局办公室) confirms.'),
    # ---- HTML ----
    dict(name='id-html-1-page-title', file='report.html', edition='2021', year=2023, unit='泗县商务局',
         title='泗县商务局2023年政府信息公开工作年度报告_泗县人民政府',
         head='<div class="nav">首页 &gt; 政府信息公开 &gt; 年度报告</div><div class="info">发布日期：2024-01-30</div>',
         tail='<div class="footer">主办：泗县人民政府办公室 网站标识码：3413240001</div>',
         notes='HTML. Only the page\'s <title> (with the portal\'s name after _) names unit and year.'),
    dict(name='id-html-2-year-first-breadcrumb', file='report.html', edition='2019', year=2020, unit='萧县财政局',
         title='2020年萧县财政局政府信息公开工作年度报告-萧县人民政府网',
         head='<div class="nav">当前位置：首页 &gt; 信息公开 &gt; 2020年萧县财政局政府信息公开工作年度报告</div>'
              '<h1>2020年萧县财政局政府信息公开工作年度报告</h1>'
              '<div class="info">发布日期：2021-01-25 来源：萧县财政局 字号：[ 大 中 小 ]</div>',
         tail='', notes='HTML. Year-first title in <title>, breadcrumb and <h1>; 2019 edition.'),
    dict(name='id-html-3-metadata-issuer', file='report.html', edition='2021', year=2022,
         unit='淮北市相山区发展和改革委员会', title='相山区发展和改革委员会2022年度政府信息公开工作年度报告',
         head='<table class="meta"><tr><td>索引号：</td><td>11340603003012345K/202301-00004</td><td>信息分类：</td>'
              '<td>年度报告</td></tr><tr><td>发文机关：</td><td>淮北市相山区发展和改革委员会</td><td>成文日期：</td>'
              '<td>2023-01-16</td></tr><tr><td>名称：</td><td colspan="3">相山区发展和改革委员会2022年度政府信息公开工作'
              '年度报告</td></tr></table><h1>相山区发展和改革委员会2022年度政府信息公开工作年度报告</h1>',
         tail='', blanks=['requests.denied_secret.research'],
         notes='HTML. A 索引号/发文机关/成文日期/名称 metadata table; 发文机关 gives the longer name of the '
               'title\'s organ. One blank cell (requests.denied_secret.research).'),
    dict(name='id-html-4-traditional-without-gongzuo', file='report.html', edition='2021', year=2021,
         unit='西安市臨潼區人民政府', traditional=True, title='臨潼區人民政府2021年政府信息公開年度報告',
         head='<h1>臨潼區人民政府2021年政府信息公開年度報告</h1>',
         tail=SIGN_RIGHT.format('西安市臨潼區人民政府') + SIGN_RIGHT.format('2022年1月21日'),
         notes='HTML in traditional characters, title without 工作; the signature gives the longer name, kept '
               'as printed.'),
    dict(name='id-html-5-signature-right-aligned', file='report.html', edition='2021', year=2023,
         unit='界首市人民政府', title='界首市2023年政府信息公开工作年度报告',
         head='<h1>界首市2023年政府信息公开工作年度报告</h1>',
         tail=SIGN_RIGHT.format('界首市人民政府') + SIGN_RIGHT.format('2024年1月26日')
              + '<div class="footer">主办：界首市人民政府办公室 网站标识码：3412820001</div>',
         blanks=['requests.partial.business'],
         notes='HTML. Right-aligned signature block (organ, date 2024) before the portal footer names the '
               'government of the place in the title. One blank cell (requests.partial.business).'),
    dict(name='id-html-6-three-line-heading', file='report.html', edition='2021', year=2021,
         unit='宿州市埇桥区城市管理局', title='政府信息公开年报',
         head='<h1>宿州市埇桥区<br>城市管理局2021年政府信息<br>公开工作年度报告</h1>', tail='',
         notes='HTML. The <h1> is broken over three lines by <br>; the page title names no unit.'),
    dict(name='id-html-7-statistical-period', file='report.html', edition='2019', year=2020, unit='砀山县民政局',
         title='砀山县民政局政府信息公开年度报告',
         head='<h1>砀山县民政局政府信息公开年度报告</h1><p>本报告所列数据统计期限自2020年1月1日起至2020年12月31日止。</p>',
         tail=SIGN_RIGHT.format('砀山县民政局') + SIGN_RIGHT.format('二〇二一年一月二十日'),
         notes='HTML. Title without a year and without 工作: the statistical period gives 2020, the signature '
               '(date in Chinese numerals) the unit; 2019 edition.'),
    dict(name='id-html-8-spaced-title-compiler', file='report.html', edition='2021', year=2022,
         unit='滁州市南谯区人民政府', title='政府信息公开',
         head='<p>南 谯 区 人 民 政 府</p><p>2 0 2 2 年 政 府 信 息 公 开 工 作 年 度 报 告</p>'
              '<p>本报告由滁州市南谯区人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。</p>',
         tail='', notes='HTML. Spaced-out title over two paragraphs naming 南谯区人民政府; the compiling office '
                        'gives the longer name.'),
    dict(name='id-html-9-presenting-issuer', file='report.html', edition='2021', year=2024, unit='颍上县人民政府',
         title='',
         head='<table><tr><td>发文机关</td><td>颍上县人民政府</td><td>发布日期</td><td>2025-01-15</td></tr></table>'
              '<h1>政府信息公开工作年度报告</h1><p>现将颍上县人民政府2024年度政府信息公开工作情况报告如下。</p>',
         tail='', notes='HTML. No title names unit or year: 发文机关 in the metadata table gives the unit, the '
                        'sentence 现将…2024年度…报告如下 the year (published 2025).'),
]
