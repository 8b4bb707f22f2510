// Search in a real browser: the sample group built by `sitegroup`, served over loopback, and queries typed into the
// search boxes in headless Chromium, driven through chromedriver (Debian's `chromium` and `chromium-driver`).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { execFileSync, spawn } = require('node:child_process');

const repository = path.resolve(__dirname, '..', '..');
const binary = process.env.SITEGROUP || path.join(repository, '.build/debug/sitegroup');
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml' };

/* The built group as a web server serves it: `folder/` gives `folder/index.html`. */
function serve(root) {
  const server = http.createServer((request, response) => {
    let file = path.join(root, decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    if (file.endsWith('/')) file += 'index.html';
    fs.readFile(file, (error, data) => {
      if (error) {
        response.writeHead(404);
        response.end();
        return;
      }
      response.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
      response.end(data);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function startDriver(folder) {
  const driver = spawn('/usr/bin/chromedriver', ['--port=0'], { env: Object.assign({}, process.env, { TMPDIR: folder }) });
  return new Promise((resolve, reject) => {
    let printed = '';
    const timer = setTimeout(() => reject(new Error('chromedriver did not start: ' + printed)), 30000);
    driver.stdout.on('data', (chunk) => {
      printed += chunk;
      const port = /started successfully on port (\d+)/.exec(printed);
      if (port) {
        clearTimeout(timer);
        resolve({ driver, port: port[1] });
      }
    });
  });
}

async function command(port, method, route, body) {
  const response = await fetch(`http://127.0.0.1:${port}${route}`, {
    method, headers: { 'Content-Type': 'application/json' }, body: body ? JSON.stringify(body) : undefined,
  });
  return (await response.json()).value;
}

test('a query typed into the search box shows every page that holds it', {
  skip: !fs.existsSync('/usr/bin/chromedriver') && 'needs chromium-driver: apt-get install -y chromium chromium-driver',
  timeout: 180000,
}, async (t) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'search-chromium-'));
  const out = path.join(folder, 'public');
  execFileSync(binary, ['build', '--root', repository, '--out', out, '--now', '2026-11-23'], { stdio: 'pipe' });
  const server = await serve(out);
  const site = `http://127.0.0.1:${server.address().port}`;
  const { driver, port } = await startDriver(folder);
  let session = '';
  t.after(async () => {
    if (session) await command(port, 'DELETE', `/session/${session}`).catch(() => {});
    driver.kill();
    server.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });
  const created = await command(port, 'POST', '/session', { capabilities: { alwaysMatch: { 'goog:chromeOptions': {
    binary: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', `--user-data-dir=${path.join(folder, 'profile')}`],
  } } } });
  session = created.sessionId;
  const run = (script) => command(port, 'POST', `/session/${session}/execute/sync`, { script, args: [] });
  const open = (url) => command(port, 'POST', `/session/${session}/url`, { url });
  const type = async (selector, text) => {
    const element = await command(port, 'POST', `/session/${session}/element`, { using: 'css selector', value: selector });
    await command(port, 'POST', `/session/${session}/element/${Object.values(element)[0]}/value`, { text });
  };
  /* The status line once the search has answered (and `until` holds of it), and the results' titles. */
  const results = async (until = () => true) => {
    for (let tries = 0; tries < 300; tries++) {
      const [status, titles] = await run(`const status = document.querySelector('[data-search-status]');
        return [status ? status.textContent : '', [...document.querySelectorAll('.search-results h2 a')].map((a) => a.textContent)];`);
      if ((status.startsWith('找到') || status.startsWith('没有')) && until(status)) return { status, titles };
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return { status: '', titles: [] };
  };

  // From the header of the forestry home page, Enter sends the query to the site's search page.
  await open(`${site}/forestry/`);
  await type('#site-search-q', '森林防火\uE007');
  const forestry = await results();
  assert.equal(forestry.status, '找到 9 条与“森林防火”相关的信息。');
  assert.equal(forestry.titles.length, 9);
  assert.equal(forestry.titles[0], '关于做好今冬明春森林防火工作的通知');
  assert.equal(await run('return location.pathname + location.search;'), '/forestry/search/?q=%E6%A3%AE%E6%9E%97%E9%98%B2%E7%81%AB');
  assert.equal(await run("return document.querySelector('[data-search-status]').getAttribute('aria-live');"), 'polite');

  // The portal's search page, the whole group, traditional characters typed; results in pages of ten.
  await open(`${site}/portal/search/`);
  await run("document.querySelector('input[name=scope][value=group]').click(); return null;");
  await type('#search-q', '統計\uE007');
  const group = await results();
  assert.equal(group.status, '找到 23 条与“統計”相关的信息，第 1/3 页。');
  assert.equal(group.titles.length, 10);
  assert.equal(group.titles[0], '市统计局召开全市统计工作会议');
  const marks = await run("return [...document.querySelectorAll('.search-results mark')].map((m) => m.textContent);");
  assert.ok(marks.length > 0 && marks.every((mark) => mark === '统计'));
  // axe finds nothing wrong with the search page showing results (AXE_JS: axe.min.js, which `.ci/run` provides).
  if (process.env.AXE_JS) {
    await run(fs.readFileSync(process.env.AXE_JS, 'utf8') + '; return null;');
    const violations = await command(port, 'POST', `/session/${session}/execute/async`, { args: [], script: `
      const done = arguments[arguments.length - 1];
      axe.run(document).then((result) => done(result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '))));` });
    assert.deepEqual(violations, []);
  }
  // The third page, reached by its link.
  await run("document.querySelector('[data-search-pages] a[href*=\"page=3\"]').click(); return null;");
  const third = await results((status) => status.includes('3/3'));
  assert.equal(third.status, '找到 23 条与“統計”相关的信息，第 3/3 页。');
  assert.equal(third.titles.length, 3);
});
