// How long a query takes in headless Chromium on loopback: the search page of a built site is opened, and each query
// of bench/search-bytes.js's kinds is run by the page's own script (SitegroupSearch.run) with a new index object and
// the browser's cache disabled, from the first fetch to the first page of results.
//   node bench/search-chromium.js PUBLIC-FOLDER SITE [scope: site|group]
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');

const [root, site, scope = 'group'] = process.argv.slice(2).map((value, i) => (i === 0 ? path.resolve(value) : value));
const queries = ['的', '统', '数据', '工作', '森林', '统计', '森林防火', '集约化', '信息公开', '统计 数据 发布', '"政务公开"', '〔2026〕', '統計'];
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

async function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'search-chromium-bench-'));
  const server = http.createServer((request, response) => {
    let file = path.join(root, decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    if (file.endsWith('/')) file += 'index.html';
    fs.readFile(file, (error, data) => {
      response.writeHead(error ? 404 : 200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream', 'Cache-Control': 'no-store' });
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
  await command('POST', `/session/${session}/url`, { url: `http://127.0.0.1:${server.address().port}/${site}/search/` });
  for (const query of queries) {
    const [ms, total] = await command('POST', `/session/${session}/execute/async`, { args: [query, scope], script: `
      const done = arguments[arguments.length - 1];
      const started = performance.now();
      const folder = new URL(arguments[1] + '/', location.href);
      const get = (url) => fetch(url, { cache: 'no-store' }).then((response) => response.json());
      Promise.all([get(new URL('t2s.json', location.href))]).then(async ([table]) => {
        const index = new SitegroupSearch.Index((file) => get(new URL(file, folder)));
        const found = await SitegroupSearch.run(index, arguments[0], { table });
        done([performance.now() - started, found.total]);
      }).catch((error) => done([-1, String(error)]));` });
    console.log(`${site}/${scope} ${query}: ${total} found, first page in ${ms.toFixed(0)} ms (t2s.json included)`);
  }
  await command('DELETE', `/session/${session}`);
  driver.kill();
  server.close();
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
