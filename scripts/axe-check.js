#!/usr/bin/env node
// Runs axe-core, its best-practice rules included, on one page of every kind of every site of a built group, in
// headless Chromium driven through chromedriver (Debian's `chromium` and `chromium-driver`), and fails on any violation.
// Usage: AXE_JS=/path/to/axe.min.js node scripts/axe-check.js [public-folder]
//
// Each site is served at the root of its own loopback port, as its host serves it, so the 404 page (whose links start
// at the server's root) is checked as readers see it: asked for by an address the site does not have.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { startDriver, command } = require(path.join(__dirname, '..', 'Tests', 'Browser', 'webdriver.js'));

const out = path.resolve(process.argv[2] || 'public');
const axe = process.env.AXE_JS;
if (!axe || !fs.existsSync(axe)) {
  console.error('axe-check: set AXE_JS to axe.min.js (see .ci/run)');
  process.exit(2);
}
if (!fs.existsSync(out)) {
  console.error(`axe-check: no folder ${out}`);
  process.exit(2);
}
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.ico': 'image/x-icon', '.png': 'image/png' };

/* A site as a web server in front of it serves it: `folder/` gives `folder/index.html`, a missing address `404.html`. */
function serve(root) {
  const server = http.createServer((request, response) => {
    let file = path.join(root, decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
    if (!file.startsWith(root)) file = root;
    if (file.endsWith('/')) file += 'index.html';
    fs.readFile(file, (error, data) => {
      if (error) {
        fs.readFile(path.join(root, '404.html'), (missing, page) => {
          response.writeHead(404, { 'Content-Type': types['.html'] });
          response.end(missing ? '' : page);
        });
        return;
      }
      response.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
      response.end(data);
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/* Every page of a site, as folder addresses under its root. */
function pages(root) {
  const found = [];
  const walk = (folder, prefix) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(folder, entry.name), `${prefix}${entry.name}/`);
      else if (entry.name === 'index.html') found.push(prefix);
    }
  };
  walk(root, '');
  return found.sort();
}

/* What kind of page an address is: article or list of a column kind, or the shape of its address (digits and the
   catalog's folder keys left out), so each template is checked once per site. */
function kind(root, address) {
  const html = fs.readFileSync(path.join(root, address, 'index.html'), 'utf8');
  const meta = (name) => (new RegExp(`<meta name="${name}" content="([^"]*)"`).exec(html) || [])[1];
  const column = meta('ColumnType');
  if (column) return `${meta('ArticleTitle') ? 'article' : 'list'} ${column}${/\/page\/\d+\/$/.test(address) ? ' page' : ''}`;
  return address.split('/').map((part) => (/^(\d+|[0-9a-f]{10})$/.test(part) ? '*' : part)).join('/');
}

async function main() {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'axe-check-'));
  const servers = [];
  const { driver, port } = await startDriver(folder);
  let session = '';
  let failed = 0;
  let checked = 0;
  try {
    const created = await command(port, 'POST', '/session', { capabilities: { alwaysMatch: { 'goog:chromeOptions': {
      binary: '/usr/bin/chromium',
      args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--window-size=1366,900',
        `--user-data-dir=${path.join(folder, 'profile')}`],
    } } } });
    session = created.sessionId;
    const script = fs.readFileSync(axe, 'utf8');
    const sites = fs.readdirSync(out, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
    for (const site of sites) {
      const root = path.join(out, site);
      const server = await serve(root);
      servers.push(server);
      const base = `http://127.0.0.1:${server.address().port}/`;
      const chosen = new Map();
      for (const address of pages(root)) {
        const key = kind(root, address);
        if (!chosen.has(key)) chosen.set(key, address);
      }
      const addresses = [...chosen.values()];
      if (fs.existsSync(path.join(root, '404.html'))) addresses.push('no-such-page/');
      for (const address of addresses) {
        await command(port, 'POST', `/session/${session}/url`, { url: base + address });
        await command(port, 'POST', `/session/${session}/execute/sync`, { script: script + '; return null;', args: [] });
        const violations = await command(port, 'POST', `/session/${session}/execute/async`, { args: [], script: `
          const done = arguments[arguments.length - 1];
          axe.run(document, { resultTypes: ['violations'] })
            .then((result) => done(result.violations.map((v) => ({ id: v.id, help: v.help,
              nodes: v.nodes.map((n) => n.target.join(' ')) }))))
            .catch((error) => done([{ id: 'axe-error', help: String(error), nodes: [] }]));` });
        checked += 1;
        for (const violation of violations) {
          failed += 1;
          console.log(`${site}/${address}: ${violation.id}: ${violation.help} (${violation.nodes.slice(0, 3).join(', ')})`);
        }
      }
    }
  } finally {
    if (session) await command(port, 'DELETE', `/session/${session}`).catch(() => {});
    driver.kill();
    servers.forEach((server) => server.close());
    fs.rmSync(folder, { recursive: true, force: true });
  }
  console.log(`axe: ${checked} pages checked, ${failed} violations`);
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(`axe-check: ${error.message}`);
  process.exit(2);
});
