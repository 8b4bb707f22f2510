// What the theme's browser tests and scripts/axe-check.js share: a static server over a built group, and headless Chromium driven through
// chromedriver (Debian's `chromium` and `chromium-driver`) over WebDriver's HTTP protocol, with axe-core when AXE_JS
// names axe.min.js (`.ci/run` provides it). Not a test file itself: `node --test` runs only files named *.test.js.
'use strict';
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { spawn } = require('node:child_process');

const available = fs.existsSync('/usr/bin/chromedriver');
const missing = !available && 'needs chromium-driver: apt-get install -y chromium chromium-driver';
const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.xml': 'application/xml' };

/* The built group as a web server serves it: `folder/` gives `folder/index.html`. With `hosts` ({ host name: folder
   under root }), each host name is served its own site's folder, as each site of a group has its own host. */
function serve(root, hosts = {}) {
  const server = http.createServer((request, response) => {
    const host = String(request.headers.host || '').replace(/:\d+$/, '');
    const base = hosts[host] === undefined ? root : path.join(root, hosts[host]);
    let file = path.join(base, decodeURIComponent(new URL(request.url, 'http://localhost').pathname));
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
  const answer = (await response.json()).value;
  if (answer && answer.error) throw new Error(`${method} ${route}: ${answer.error}: ${answer.message}`);
  return answer;
}

/* A headless Chromium session, ended when the test `t` ends. `folder` holds its profile and chromedriver's socket
   (a short path: Chromium exits at start over one longer than 107 bytes); `args` are more Chromium switches, and
   `javascript: false` turns scripts off. */
async function openBrowser(t, folder, { args = [], javascript = true, width = 1366, height = 900 } = {}) {
  const { driver, port } = await startDriver(folder);
  let session = '';
  t.after(async () => {
    if (session) await command(port, 'DELETE', `/session/${session}`).catch(() => {});
    driver.kill('SIGKILL');
  });
  const options = {
    binary: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', `--window-size=${width},${height}`,
      `--user-data-dir=${path.join(folder, 'profile-' + Date.now())}`].concat(args),
  };
  if (!javascript) options.prefs = { 'profile.managed_default_content_settings.javascript': 2 };
  session = (await command(port, 'POST', '/session', { capabilities: { alwaysMatch: { 'goog:chromeOptions': options } } })).sessionId;
  const route = (tail) => `/session/${session}${tail}`;
  const find = async (selector) => Object.values(await command(port, 'POST', route('/element'), { using: 'css selector', value: selector }))[0];
  const browser = {
    run: (script, args = []) => command(port, 'POST', route('/execute/sync'), { script, args }),
    runAsync: (script, args = []) => command(port, 'POST', route('/execute/async'), { script, args }),
    open: (url) => command(port, 'POST', route('/url'), { url }),
    find,
    type: async (selector, text) => command(port, 'POST', route(`/element/${await find(selector)}/value`), { text }),
    /* Whether the element is shown, as WebDriver judges it (works with scripts off too). */
    displayed: async (selector) => command(port, 'GET', route(`/element/${await find(selector)}/displayed`)),
    click: async (selector) => command(port, 'POST', route(`/element/${await find(selector)}/click`), {}),
    /* Keys pressed at whatever has focus, as a reader's keyboard sends them (WebDriver's key codes: \uE004 Tab,
       \uE007 Enter, \uE00C Escape, \uE00D space). */
    keys: (text) => command(port, 'POST', route('/actions'), { actions: [{ type: 'key', id: 'keyboard',
      actions: [...text].flatMap((key) => [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }]) }] }),
    /* The pointer moved to (x, y) of the viewport. */
    point: (x, y) => command(port, 'POST', route('/actions'), { actions: [{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' },
      actions: [{ type: 'pointerMove', duration: 0, x: Math.round(x), y: Math.round(y), origin: 'viewport' }] }] }),
    /* A Chrome DevTools Protocol command, such as Emulation.setEmulatedMedia. */
    cdp: (cmd, params = {}) => command(port, 'POST', route('/goog/cdp/execute'), { cmd, params }),
    cookies: () => command(port, 'GET', route('/cookie')),
    screenshot: async (file) => fs.writeFileSync(file, Buffer.from(await command(port, 'GET', route('/screenshot')), 'base64')),
    /* axe-core's violations on the page as "rule: selectors", or null when AXE_JS does not name axe.min.js. */
    axe: async () => {
      if (!process.env.AXE_JS) return null;
      await browser.run(fs.readFileSync(process.env.AXE_JS, 'utf8') + '; return null;');
      return browser.runAsync(`const done = arguments[arguments.length - 1];
        axe.run(document).then((result) => done(result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', '))));`);
    },
  };
  return browser;
}

module.exports = { available, missing, serve, openBrowser, startDriver, command };
