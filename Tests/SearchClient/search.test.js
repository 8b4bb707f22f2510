// The search client (themes/default/assets/js/search.js) run for real against indexes that `sitegroup build` writes:
// a small group written here, for each kind of query the README promises, and the sample group, where every query
// must find exactly the pages whose stored text holds it. Run by `node --test Tests/SearchClient/` (SearchClientTests
// does so within `swift test`); SITEGROUP is the binary to build with (default: .build/debug/sitegroup).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const repository = path.resolve(__dirname, '..', '..');
const search = require(path.join(repository, 'themes/default/assets/js/search.js'));
const binary = process.env.SITEGROUP || path.join(repository, '.build/debug/sitegroup');

function copyFolder(from, to) {
  fs.mkdirSync(to, { recursive: true });
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    if (entry.isDirectory()) copyFolder(source, path.join(to, entry.name));
    else fs.copyFileSync(source, path.join(to, entry.name));
  }
}

function build(root, now) {
  const out = path.join(root, '..', 'public');
  execFileSync(binary, ['build', '--root', root, '--out', out, '--now', now], { stdio: 'pipe' });
  return out;
}

function openIndex(folder) {
  const loaded = [];
  const index = new search.Index(async (file) => {
    const data = fs.readFileSync(path.join(folder, file));
    loaded.push({ file, bytes: data.length });
    return JSON.parse(data);
  });
  index.loaded = loaded;
  return index;
}

const table = (out, site) => JSON.parse(fs.readFileSync(path.join(out, site, 'search/t2s.json')));

async function everything(index, query, options = {}) {
  return search.run(index, query, Object.assign({ pageSize: 100000 }, options));
}

const titles = (found) => found.results.map((result) => result.title.map((part) => part.text).join(''));

const identity = 'identity: { sponsor: 示例市人民政府办公室, site_code: "5001000001", icp: 渝ICP备1号, police: 渝公网安备 50010302000001号, contact: 023-1 }';

function document(front, body) {
  return `---\n${front}\n---\n\n${body}\n`;
}

/* A portal and a forestry site, with a document for each kind of query. */
function writeGroup() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'search-client-'));
  const group = path.join(root, 'group');
  copyFolder(path.join(repository, 'themes/default'), path.join(group, 'themes/default'));
  const files = {
    'sitegroup.yaml': 'name: 示例市网站群\nportal: portal\ntimezone: Asia/Shanghai\nlanguage: zh-CN\n',
    'sites/portal/site.yaml': `name: 示例市人民政府\nbase_url: https://www.example.gov.cn/\ntheme: default\n${identity}\ncolumns:\n  - { id: news, title: 政务要闻, kind: news, page_size: 5 }\n  - { id: policy, title: 政策文件, kind: policy }\n`,
    'sites/forestry/site.yaml': `name: 示例市林业局\nbase_url: https://lyj.example.gov.cn/\ntheme: default\n${identity}\ncolumns:\n  - { id: news, title: 工作动态, kind: news }\n`,
    'sites/portal/content/news/intensive.md': document('title: 政府网站集约化平台通过验收\ndate: 2026-11-10', '市政府网站集约化平台通过专家组验收，GDP 统计数据同步发布。'),
    'sites/portal/content/news/gdp.md': document('title: 全市ＧＤＰ同比增长\ndate: 2026-10-20', '前三季度全市ＧＤＰ同比增长５．８％，统计数据由市统计局发布。'),
    'sites/portal/content/news/old.md': document('title: 森林防火宣传\ndate: 2025-03-01', '开展森林防火宣传活动。'),
    'sites/portal/content/news/body.md': document('title: 冬季工作部署\ndate: 2026-11-01', '部署冬季森林防火工作，落实责任。'),
    'sites/portal/content/policy/p1.md': document(
      'title: 关于加强政府网站管理的通知\ndate: 2026-09-01\nsummary: 政府网站管理。\ndisclosure:\n  index_no: 11500100MB1A00001X/2026-00018\n  doc_no: 示府办发〔2026〕18号\n  publisher: 示例市人民政府办公室\n  written: 2026-08-30\n  topic: 综合政务\\政务公开\n  genre: 通知\n  validity: 有效',
      '各区县人民政府：现就加强政府网站管理通知如下。'),
    'sites/portal/content/policy/p2.md': document(
      'title: 关于开展网站普查的通知\ndate: 2026-09-02\nsummary: 网站普查。\ndisclosure:\n  index_no: 11500100MB1A00001X/2026-00019\n  doc_no: 示府办发〔2026〕19号\n  publisher: 示例市人民政府办公室\n  written: 2026-08-31\n  topic: 综合政务\\政务公开\n  genre: 通知\n  validity: 有效',
      '见示府办发〔2026〕18号。本通知自2026年9月2日起施行。'),
    'sites/forestry/content/news/bureau.md': document('title: 示例市林业局召开会议\ndate: 2026-11-12', '示例市林业局召开冬季森林防火工作会议。'),
    'sites/forestry/content/news/secret.md': document('title: 内部会议\ndate: 2026-11-12\nclassification: internal', '不得公开的短语青龙白虎。'),
  };
  for (let n = 1; n <= 45; n++) {
    const date = n <= 30 ? `2026-06-${String(n).padStart(2, '0')}` : `2026-07-${String(n - 30).padStart(2, '0')}`;
    files[`sites/portal/content/news/many-${n}.md`] = document(`title: 第${n}期工作简报\ndate: ${date}`, '工作简报正文。');
  }
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(group, file)), { recursive: true });
    fs.writeFileSync(path.join(group, file), text);
  }
  return { root, out: build(group, '2026-11-23') };
}

test('every kind of query finds the pages that hold it', async (t) => {
  const { root, out } = writeGroup();
  t.after(() => fs.rmSync(root, { recursive: true, force: true }));
  const index = openIndex(path.join(out, 'portal/search/group'));
  const options = { table: table(out, 'portal') };
  const find = async (query, extra) => titles(await everything(index, query, Object.assign({}, options, extra)));

  await t.test('a word inside a longer word', async () => {
    assert.deepEqual(await find('集约'), ['政府网站集约化平台通过验收']);
    assert.deepEqual(await find('林业局'), ['示例市林业局召开会议']);
  });
  await t.test('three- and four-character words, and several words without spaces', async () => {
    assert.deepEqual((await find('森林防火')).sort(), ['冬季工作部署', '森林防火宣传', '示例市林业局召开会议'].sort());
    assert.deepEqual(await find('冬季 森林防火 责任'), ['冬季工作部署']);
    assert.deepEqual(await find('集约化平台'), ['政府网站集约化平台通过验收']);
  });
  await t.test('quoted phrases are exact', async () => {
    assert.deepEqual(await find('"森林防火工作会议"'), ['示例市林业局召开会议']);
    assert.deepEqual(await find('“防火宣传活动”'), ['森林防火宣传']);
    assert.deepEqual(await find('"防火 宣传"'), []);
  });
  await t.test('digits mixed in', async () => {
    assert.deepEqual(await find('2026年9月'), ['关于开展网站普查的通知']);
    assert.deepEqual((await find('〔2026〕18号')).sort(), ['关于加强政府网站管理的通知', '关于开展网站普查的通知'].sort());
  });
  await t.test('Latin in any case, full-width and half-width folded', async () => {
    const gdp = ['政府网站集约化平台通过验收', '全市ＧＤＰ同比增长'].sort();
    assert.deepEqual((await find('gdp')).sort(), gdp);
    assert.deepEqual((await find('GDP')).sort(), gdp);
    assert.deepEqual((await find('ＧＤＰ')).sort(), gdp);
    assert.deepEqual(await find('5.8%'), ['全市ＧＤＰ同比增长']);
  });
  await t.test('traditional characters find simplified text', async () => {
    assert.deepEqual((await find('統計')).sort(), (await find('统计')).sort());
    assert.equal((await find('統計數據')).length, 2);
  });
  await t.test('an exact 索引号 or 文号 comes first, then title matches, newest first among equals', async () => {
    assert.equal((await find('示府办发〔2026〕18号'))[0], '关于加强政府网站管理的通知');
    assert.equal((await find('11500100MB1A00001X/2026-00019'))[0], '关于开展网站普查的通知');
    assert.deepEqual(await find('示例市人民政府办公室'), ['关于开展网站普查的通知', '关于加强政府网站管理的通知']);
    assert.deepEqual(await find('森林防火'), ['森林防火宣传', '示例市林业局召开会议', '冬季工作部署']);
  });
  await t.test('results show a highlighted snippet, the date, the site and the column', async () => {
    const found = await search.run(index, '集约', options);
    const result = found.results[0];
    assert.equal(result.date, '2026-11-10');
    assert.equal(result.site, '示例市人民政府');
    assert.equal(result.column, '政务要闻');
    assert.equal(result.url, 'news/intensive/');
    assert.ok(result.snippet.some((part) => part.mark && part.text === '集约'));
    assert.ok(result.title.some((part) => part.mark && part.text === '集约'));
    const forestry = (await search.run(index, '林业局召开', options)).results[0];
    assert.equal(forestry.url, 'https://lyj.example.gov.cn/news/bureau/');
  });
  await t.test('filters by site, column and year, and pages', async () => {
    assert.deepEqual(await find('森林防火', { site: '1' }), ['示例市林业局召开会议']);
    assert.deepEqual(await find('通知', { column: '1' }), ['关于开展网站普查的通知', '关于加强政府网站管理的通知']);
    assert.deepEqual(await find('森林防火', { year: '2025' }), ['森林防火宣传']);
    // A first page is shown once it is certain, before every candidate is verified: its count is approximate.
    const first = await search.run(index, '工作简报', Object.assign({ page: 1 }, options));
    assert.equal(first.total, 45);
    assert.equal(first.approximate, true);
    assert.equal(first.pages, 5);
    assert.deepEqual(titles(first).slice(0, 2), ['第45期工作简报', '第44期工作简报']);
    const last = await search.run(index, '工作简报', Object.assign({ page: 5 }, options));
    assert.equal(last.approximate, false);
    assert.deepEqual(titles(last), ['第5期工作简报', '第4期工作简报', '第3期工作简报', '第2期工作简报', '第1期工作简报']);
    const short = await search.run(index, '简报', Object.assign({ page: 2 }, options));
    assert.equal(short.total, 45);
    assert.equal(short.approximate, false);
    assert.equal(short.results.length, 10);
  });
  await t.test('what is not published is in no index', async () => {
    assert.deepEqual(await find('青龙白虎'), []);
    for (const site of ['portal', 'forestry']) {
      const files = fs.readdirSync(path.join(out, site), { recursive: true }).map((file) => path.join(out, site, file));
      for (const file of files.filter((file) => fs.statSync(file).isFile())) {
        assert.ok(!fs.readFileSync(file, 'utf8').includes('青龙'), file);
      }
    }
  });
  await t.test('each site searches its own pages only', async () => {
    const forestry = openIndex(path.join(out, 'forestry/search/site'));
    assert.deepEqual(titles(await everything(forestry, '森林防火', options)), ['示例市林业局召开会议']);
    assert.equal((await search.run(forestry, '森林防火', options)).results[0].url, 'news/bureau/');
  });
});

/* Every document of an index, as the chunks store it. */
function storedDocuments(folder) {
  const manifest = JSON.parse(fs.readFileSync(path.join(folder, 'index.json')));
  const documents = [];
  for (let chunk = 0; chunk * manifest.chunk < manifest.count; chunk++) {
    documents.push(...JSON.parse(fs.readFileSync(path.join(folder, `d/${chunk}.json`))));
  }
  return documents;
}

/* The pages a query should find, by reading every stored text: what the index and its grams must agree with. */
function expected(documents, query, simplified) {
  const terms = search.parseQuery(query).map((term) => search.variants(term, simplified));
  return documents.filter((doc) => terms.every((forms) => [doc.t, doc.n, doc.o, doc.p, doc.b]
    .some((field) => field && forms.some((form) => search.fold(field).includes(form))))).map((doc) => doc.u).sort();
}

test('on the sample group every query finds exactly the pages whose text holds it, on each site and group-wide', async (t) => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'search-sample-'));
  t.after(() => fs.rmSync(root, { recursive: true, force: true }));
  const out = path.join(root, 'public');
  execFileSync(binary, ['build', '--root', repository, '--out', out, '--now', '2026-11-23'], { stdio: 'pipe' });
  const queries = JSON.parse(fs.readFileSync(path.join(repository, 'bench/search-queries.json'), 'utf8'));
  const sites = ['portal', 'forestry', 'planning', 'statistics'];
  const scopes = sites.map((site) => path.join(out, site, 'search/site')).concat([path.join(out, 'portal/search/group')]);
  const simplified = table(out, 'portal');
  assert.ok(queries.length >= 40);
  for (const folder of scopes) {
    const documents = storedDocuments(folder);
    const index = openIndex(folder);
    for (const query of queries) {
      const found = await everything(index, query, { table: simplified });
      assert.deepEqual(found.results.map((result) => result.url).sort(), expected(documents, query, simplified), `${query} in ${folder}`);
      // The first page, for which only what it needs is verified, is the first ten of the whole ranking.
      const first = await search.run(index, query, { table: simplified });
      assert.deepEqual(first.results.map((result) => result.url), found.results.slice(0, 10).map((result) => result.url), `${query} first page`);
      assert.ok(first.approximate ? first.total >= found.total : first.total === found.total, `${query} count`);
    }
  }
  const group = storedDocuments(path.join(out, 'portal/search/group'));
  for (const query of ['森林防火', '集约', '统计局', '統計', '〔2026〕18号', '"信息公开目录"', 'mb0a12345k']) {
    assert.ok(expected(group, query, simplified).length > 0, `${query} is in the sample`);
  }
  assert.deepEqual(expected(group, '仅供局机关工作人员参阅', simplified), []);
});
