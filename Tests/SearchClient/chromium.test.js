// Search in a real browser: the sample group built by `sitegroup`, served over loopback, and queries typed into the
// search boxes in headless Chromium, driven through chromedriver (Debian's `chromium` and `chromium-driver`).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const webdriver = require('../Browser/webdriver.js');

const repository = path.resolve(__dirname, '..', '..');
const binary = process.env.SITEGROUP || path.join(repository, '.build/debug/sitegroup');

test('a query typed into the search box shows every page that holds it', {
  skip: webdriver.missing,
  timeout: 180000,
}, async (t) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'search-chromium-'));
  const out = path.join(folder, 'public');
  execFileSync(binary, ['build', '--root', repository, '--out', out, '--now', '2026-11-23'], { stdio: 'pipe' });
  const server = await webdriver.serve(out);
  const site = `http://127.0.0.1:${server.address().port}`;
  const { run, open, type, click, axe } = await webdriver.openBrowser(t, folder);
  t.after(() => {
    server.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });
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
  const violations = await axe();
  if (violations) assert.deepEqual(violations, []);
  // The third page, reached by its link.
  await click('[data-search-pages] a[href*="page=3"]');
  const third = await results((status) => status.includes('3/3'));
  assert.equal(third.status, '找到 23 条与“統計”相关的信息，第 3/3 页。');
  assert.equal(third.titles.length, 3);
});
