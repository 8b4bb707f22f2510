// sitegroup's search against Pagefind 1.5.2 extended on the same built pages, in one run: the queries of
// bench/search-queries.json, each answered group-wide by both (Pagefind in headless Chromium through chromedriver,
// sitegroup's client in Node), against the pages whose stored title or text holds the query (by substring, with
// traditional characters also read as simplified). Recall, precision, bytes downloaded, index size, indexing time.
//
//   pip install pagefind-bin-extended==1.5.2
//   node bench/compare-pagefind.js PUBLIC-FOLDER      (a `sitegroup build` output, e.g. of the sample group)
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawn } = require('node:child_process');
const search = require('../themes/default/assets/js/search.js');

const built = path.resolve(process.argv[2] || 'public');
const queries = JSON.parse(fs.readFileSync(path.join(__dirname, 'search-queries.json'), 'utf8'));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'compare-pagefind-'));
const site = path.join(work, 'public');
fs.cpSync(built, site, { recursive: true });
const portal = path.join(site, 'portal/search/group');
const manifest = JSON.parse(fs.readFileSync(path.join(portal, 'index.json')));
const sites = manifest.sites.map((entry) => entry.id);

/* A document's key, `<site>/<path>`, from sitegroup's address (relative to the portal, or absolute) or Pagefind's. */
const bases = {};
for (const id of sites) {
  const home = fs.readFileSync(path.join(site, id, 'index.html'), 'utf8');
  bases[id] = /<link rel="canonical" href="([^"]+)"/.exec(home)[1];
}
const fromSitegroup = (url) => {
  for (const [id, base] of Object.entries(bases)) if (url.startsWith(base)) return `${id}/${url.slice(base.length)}`;
  return `portal/${url}`;
};
const fromPagefind = (url) => url.replace(/^\//, '').replace(/index\.html$/, '');

const documents = [];
for (let chunk = 0; chunk * manifest.chunk < manifest.count; chunk++) {
  documents.push(...JSON.parse(fs.readFileSync(path.join(portal, `d/${chunk}.json`))));
}
const table = JSON.parse(fs.readFileSync(path.join(site, 'portal/search/t2s.json')));
const keys = new Set(documents.map((doc) => fromSitegroup(doc.u)));
const expected = (query) => {
  const terms = search.parseQuery(query).map((term) => search.variants(term, table));
  return documents.filter((doc) => terms.every((forms) => [doc.t, doc.n, doc.o, doc.p, doc.b]
    .some((field) => field && forms.some((form) => search.fold(field).includes(form))))).map((doc) => fromSitegroup(doc.u));
};

function folderBytes(folder) {
  return fs.readdirSync(folder, { recursive: true }).map((file) => path.join(folder, file))
    .filter((file) => fs.statSync(file).isFile()).reduce((sum, file) => sum + fs.statSync(file).size, 0);
}

const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };

async function main() {
  // Pagefind indexes the same pages: the group's folder as one site, the text of each page's <main> without its
  // breadcrumbs, so menus and footers do not match every query.
  const started = process.hrtime.bigint();
  execFileSync('python3', ['-m', 'pagefind_bin_extended', '--site', site, '--root-selector', 'main', '--exclude-selectors', '.breadcrumbs'],
    { stdio: 'pipe' });
  const pagefindSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  fs.writeFileSync(path.join(site, 'pagefind-query.html'), '<!DOCTYPE html><title>q</title>');
  const server = http.createServer((request, response) => {
    let file = path.join(site, decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    if (file.endsWith('/')) file += 'index.html';
    fs.readFile(file, (error, data) => {
      response.writeHead(error ? 404 : 200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
      response.end(error ? '' : data);
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const driver = spawn('/usr/bin/chromedriver', ['--port=0'], { env: Object.assign({}, process.env, { TMPDIR: work }) });
  const port = await new Promise((resolve) => {
    let printed = '';
    driver.stdout.on('data', (chunk) => {
      printed += chunk;
      const found = /started successfully on port (\d+)/.exec(printed);
      if (found) resolve(found[1]);
    });
  });
  const command = async (method, route, body) => (await (await fetch(`http://127.0.0.1:${port}${route}`, {
    method, headers: { 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined,
  })).json()).value;
  const session = (await command('POST', '/session', { capabilities: { alwaysMatch: { 'goog:chromeOptions': {
    binary: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox', '--disable-gpu', `--user-data-dir=${path.join(work, 'profile')}`],
  } } } })).sessionId;
  const page = `http://127.0.0.1:${server.address().port}/pagefind-query.html`;
  const index = new search.Index(async (file) => JSON.parse(fs.readFileSync(path.join(portal, file))));

  const totals = { sitegroup: { hit: 0, found: 0 }, pagefind: { hit: 0, found: 0 }, expected: 0 };
  const bytes = { sitegroup: [], pagefind: [] };
  const rows = [];
  for (const query of queries) {
    const want = new Set(expected(query));
    // sitegroup: every result, and what its first page downloads.
    const all = await search.run(index, query, { table, pageSize: 100000 });
    const fetched = [];
    const counting = new search.Index(async (file) => {
      const data = fs.readFileSync(path.join(portal, file));
      fetched.push(data.length);
      return JSON.parse(data);
    });
    await search.run(counting, query, { table });
    bytes.sitegroup.push(fetched.reduce((a, b) => a + b, 0));
    const ours = all.results.map((result) => fromSitegroup(result.url));
    // Pagefind: a fresh page each query, so what it downloads is that query's.
    await command('POST', `/session/${session}/url`, { url: page });
    const answer = await command('POST', `/session/${session}/execute/async`, { args: [query], script: `
      const done = arguments[arguments.length - 1];
      import('/pagefind/pagefind.js').then(async (pagefind) => {
        const found = await pagefind.search(arguments[0]);
        const data = await Promise.all(found.results.map((result) => result.data()));
        const bytes = performance.getEntriesByType('resource').reduce((sum, entry) => sum + (entry.decodedBodySize || 0), 0);
        done([data.map((entry) => entry.url), bytes]);
      }).catch((error) => done([[], 0, String(error)]));` });
    const theirs = answer[0].map(fromPagefind).filter((key) => keys.has(key));
    bytes.pagefind.push(answer[1]);
    const score = (found) => ({ found: found.length, hit: found.filter((key) => want.has(key)).length });
    const a = score(ours), b = score(theirs);
    for (const [name, s] of [['sitegroup', a], ['pagefind', b]]) {
      totals[name].hit += s.hit;
      totals[name].found += s.found;
    }
    totals.expected += want.size;
    rows.push(`| ${query.replace(/\|/g, '\\|')} | ${want.size} | ${a.hit}/${a.found} | ${b.hit}/${b.found} |`);
  }
  await command('DELETE', `/session/${session}`);
  driver.kill();
  server.close();
  const rate = (hit, of) => (of ? (100 * hit / of).toFixed(1) + '%' : '—');
  const median = (values) => values.slice().sort((x, y) => x - y)[Math.floor(values.length / 2)];
  console.log(`${queries.length} queries, ${documents.length} documents, group-wide\n`);
  console.log('| | sitegroup | Pagefind 1.5.2 extended |\n|---|---|---|');
  console.log(`| recall | ${rate(totals.sitegroup.hit, totals.expected)} | ${rate(totals.pagefind.hit, totals.expected)} |`);
  console.log(`| precision | ${rate(totals.sitegroup.hit, totals.sitegroup.found)} | ${rate(totals.pagefind.hit, totals.pagefind.found)} |`);
  console.log(`| index bytes | ${folderBytes(portal) + fs.statSync(path.join(site, 'portal/search/t2s.json')).size} | ${folderBytes(path.join(site, 'pagefind'))} |`);
  console.log(`| bytes per query, median (max) | ${median(bytes.sitegroup)} (${Math.max(...bytes.sitegroup)}) | ${median(bytes.pagefind)} (${Math.max(...bytes.pagefind)}) |`);
  console.log(`| indexing time | part of the build | ${pagefindSeconds.toFixed(2)} s |`);
  console.log('\n| query | pages holding it | sitegroup found right/all | Pagefind found right/all |\n|---|---|---|---|');
  console.log(rows.join('\n'));
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
