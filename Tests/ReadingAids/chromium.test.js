// The reading aids in a real browser: a group of two sites on two hosts of one domain (www.example.test and
// lyj.example.test, both resolved to loopback by Chromium), built by `sitegroup` with the default theme and driven by
// keyboard in headless Chromium through chromedriver. Each aid is switched by keyboard, remembered across a page
// load and across the two sites through the group domain's cookie, the page works without JavaScript, and axe finds
// nothing wrong with the toolbar open, in high contrast too.
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
const TAB = '\uE004';
const ENTER = '\uE007';
const ESCAPE = '\uE00C';
const SPACE = '\uE00D';

const identity = 'identity: { sponsor: 示例市人民政府办公室, site_code: "5001000001", icp: 渝ICP备1号, police: 渝公网安备 50010302000001号, contact: 023-1 }';
const article = (title, date, body) => `---\ntitle: ${title}\ndate: ${date}\nsource: 示例市人民政府办公室\n---\n\n${body}\n`;

/* A portal and a forestry site on two hosts of example.test, built into `folder`/public. */
function buildGroup(folder) {
  const group = path.join(folder, 'group');
  fs.cpSync(path.join(repository, 'themes/default'), path.join(group, 'themes/default'), { recursive: true });
  const files = {
    'sitegroup.yaml': 'name: 示例市网站群\nportal: portal\ntimezone: Asia/Shanghai\nlanguage: zh-CN\n',
    'sites/portal/site.yaml': `name: 示例市人民政府\nbase_url: https://www.example.test/\ntheme: default\n${identity}\ncolumns:\n  - { id: news, title: 政务要闻, kind: news }\nnav: [news]\n`,
    'sites/forestry/site.yaml': `name: 示例市林业局\nbase_url: https://lyj.example.test/\ntheme: default\n${identity}\ncolumns:\n  - { id: news, title: 工作动态, kind: news }\nnav: [news]\n`,
    'sites/portal/content/news/meeting.md': article('全市政务公开工作推进会召开', '2026-11-20 09:30',
      '11月20日，全市政务公开工作推进会在市政府召开。\n\n会议强调，要严格落实公开前保密审查。详见[森林防火通知](fire.md)。'),
    'sites/portal/content/news/fire.md': article('市政府部署今冬明春森林防火工作', '2026-11-18 10:00', '会议听取了森林防火工作汇报。'),
    'sites/forestry/content/news/patrol.md': article('市林业局开展森林防火巡查', '2026-11-19 15:00', '市林业局组织开展森林防火专项巡查。'),
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(group, file)), { recursive: true });
    fs.writeFileSync(path.join(group, file), text);
  }
  const out = path.join(folder, 'public');
  execFileSync(binary, ['build', '--root', group, '--out', out, '--now', '2026-11-23'], { stdio: 'pipe' });
  return out;
}

/* The toolbar as the default theme's header carried it before a11y.js made it: the same elements, classes, labels
   and wording, so a11y.css and the script's behaviour apply unchanged. */
const toolbar = '<div class="wrap a11y-groups">' +
  '<div class="a11y-group" role="group" aria-label="字号"><button type="button" data-a11y-step="text" data-a11y-by="-1">缩小字号</button>' +
  '<span class="a11y-level" data-a11y-level="text">100%</span><button type="button" data-a11y-step="text" data-a11y-by="1">放大字号</button></div>' +
  '<div class="a11y-group" role="group" aria-label="页面缩放"><button type="button" data-a11y-step="zoom" data-a11y-by="-1">缩小页面</button>' +
  '<span class="a11y-level" data-a11y-level="zoom">100%</span><button type="button" data-a11y-step="zoom" data-a11y-by="1">放大页面</button></div>' +
  '<div class="a11y-group" role="group" aria-label="间距"><button type="button" data-a11y-switch="line" aria-pressed="false">加大行距</button>' +
  '<button type="button" data-a11y-switch="letter" aria-pressed="false">加大字距</button></div>' +
  '<div class="a11y-group" role="group" aria-label="显示"><button type="button" data-a11y-switch="contrast" aria-pressed="false">高对比度</button>' +
  '<button type="button" data-a11y-switch="pointer" aria-pressed="false">大鼠标</button>' +
  '<button type="button" data-a11y-switch="crosshair" aria-pressed="false">十字线</button></div>' +
  '<div class="a11y-group" role="group" aria-label="语音"><button type="button" data-a11y-switch="speech" aria-pressed="false">读屏</button></div>' +
  '<div class="a11y-group" role="group" aria-label="设置"><button type="button" data-a11y-reset="">重置</button>' +
  '<button type="button" data-a11y-close="">关闭</button></div>' +
  '<p class="a11y-status" role="status" data-a11y-status=""></p></div>';

/* The WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(first, second) {
  const luminance = (css) => {
    const [r, g, b] = css.match(/[\d.]+/g).slice(0, 3).map((part) => {
      const c = Number(part) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

test('the reading aids work by keyboard and are remembered across pages and across the sites of the group', {
  skip: webdriver.missing,
  timeout: 240000,
}, async (t) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'aids-'));
  const out = buildGroup(folder);
  const server = await webdriver.serve(out, { 'www.example.test': 'portal', 'lyj.example.test': 'forestry' });
  const port = server.address().port;
  const www = `http://www.example.test:${port}`;
  const lyj = `http://lyj.example.test:${port}`;
  const hosts = ['--host-resolver-rules=MAP *.example.test 127.0.0.1', '--disable-features=HttpsUpgrades'];
  const browser = await webdriver.openBrowser(t, folder, { args: hosts });
  const quiet = await webdriver.openBrowser(t, folder, { args: hosts, javascript: false });
  t.after(() => {
    server.close();
    fs.rmSync(folder, { recursive: true, force: true });
  });
  const { run, open, keys } = browser;
  const state = () => run(`const html = document.documentElement;
    const pressed = {};
    document.querySelectorAll('[data-a11y-switch]').forEach((b) => { pressed[b.dataset.a11ySwitch] = b.getAttribute('aria-pressed'); });
    return { classes: [...html.classList].sort().join(' '), zoom: html.style.zoom, open: !document.querySelector('[data-a11y-tools]').hidden,
      expanded: document.querySelector('[data-a11y-open]').getAttribute('aria-expanded'), pressed,
      status: document.querySelector('[data-a11y-status]').textContent,
      levels: [...document.querySelectorAll('[data-a11y-level]')].map((l) => l.textContent).join(' ') };`);
  const focused = () => run(`const e = document.activeElement; return e.dataset.a11ySwitch || e.dataset.a11yStep && e.dataset.a11yStep + e.dataset.a11yBy
    || (e.hasAttribute('data-a11y-reset') && 'reset') || (e.hasAttribute('data-a11y-close') && 'close') || (e.hasAttribute('data-a11y-open') && 'opener')
    || e.textContent.trim();`);
  const style = (selector, property) => run('return getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];', [selector, property]);
  /* Tab to the toolbar control `name` (at most `limit` presses), and check it has focus. */
  const tabTo = async (name, limit = 20) => {
    for (let n = 0; n < limit && (await focused()) !== name; n++) await keys(TAB);
    assert.equal(await focused(), name);
  };

  await t.test('without JavaScript the page is whole and no reading aid or print button shows', async () => {
    await quiet.open(`${www}/news/meeting/`);
    const displayed = async (selector) => quiet.displayed(selector);
    assert.equal(await displayed('h1'), true);
    assert.equal(await displayed('.site-nav a'), true);
    assert.equal(await displayed('[data-a11y-open]'), false);
    assert.equal(await displayed('[data-a11y-tools]'), false);
    assert.equal(await displayed('[data-print]'), false);
  });

  await t.test('pages carry only the button and an empty panel; the script makes the toolbar the pages used to carry', async () => {
    const page = fs.readFileSync(path.join(out, 'portal/news/meeting/index.html'), 'utf8');
    assert.match(page, /<div class="a11y-tools" id="a11y-tools" data-a11y-tools hidden><\/div>/);
    assert.doesNotMatch(page, /data-a11y-switch/);
    await open(`${www}/news/meeting/`);
    // aria-disabled is the steps' state, set once the toolbar is shown.
    const made = await run(`const panel = document.querySelector('[data-a11y-tools]').cloneNode(true);
      panel.querySelectorAll('[aria-disabled]').forEach((b) => b.removeAttribute('aria-disabled'));
      return panel.innerHTML;`);
    assert.equal(made, toolbar);
  });

  await t.test('the toolbar opens from a real button by keyboard; every aid switches by keyboard and says so', async () => {
    await open(`${www}/news/meeting/`);
    assert.deepEqual(await run('return document.cookie;'), '');
    let now = await state();
    assert.equal(now.open, false);
    assert.equal(now.expanded, 'false');
    await tabTo('opener');
    await keys(ENTER);
    now = await state();
    assert.equal(now.open, true);
    assert.equal(now.expanded, 'true');

    await tabTo('text1');
    await keys(ENTER);
    assert.equal(await style('html', 'fontSize'), '18px');
    now = await state();
    assert.match(now.classes, /font-step-1/);
    assert.equal(now.status, '字号：112.5%');
    assert.equal(now.levels, '112.5% 100%');

    await tabTo('zoom1');
    await keys(SPACE);
    now = await state();
    assert.equal(now.zoom, '1.1');
    assert.equal(now.status, '页面缩放：110%');

    await tabTo('line');
    await keys(SPACE);
    assert.equal(parseFloat(await style('.article-body p', 'lineHeight')) / parseFloat(await style('.article-body p', 'fontSize')), 2.2);
    await tabTo('letter');
    await keys(SPACE);
    assert.equal(parseFloat(await style('.article-body p', 'letterSpacing')) / parseFloat(await style('.article-body p', 'fontSize')), 0.15);

    await tabTo('contrast');
    await keys(SPACE);
    assert.equal(await style('body', 'backgroundColor'), 'rgb(0, 0, 0)');
    assert.equal(await style('body', 'color'), 'rgb(255, 255, 255)');
    assert.equal((await state()).status, '高对比度已开启');

    await tabTo('pointer');
    await keys(SPACE);
    assert.match(await style('body', 'cursor'), /cursor-arrow\.svg/);
    assert.match(await style('.site-nav a', 'cursor'), /cursor-hand\.svg/);

    await tabTo('crosshair');
    await keys(SPACE);
    // Through the middle of what has focus, and through the pointer, zoomed page or not.
    const lines = () => run(`const [x, y] = [...document.querySelectorAll('.a11y-crosshair-line')].map((l) => l.getBoundingClientRect());
      return { shown: !x.hidden && getComputedStyle(document.querySelector('.a11y-crosshair-x')).display !== 'none', y: x.top + x.height / 2, x: y.left + y.width / 2 };`);
    await keys(TAB);
    const box = await run('const b = document.activeElement.getBoundingClientRect(); return { x: b.left + b.width / 2, y: b.top + b.height / 2 };');
    let crosshair = await lines();
    assert.equal(crosshair.shown, true);
    assert.ok(Math.abs(crosshair.x - box.x) <= 2 && Math.abs(crosshair.y - box.y) <= 2, JSON.stringify({ crosshair, box }));
    await browser.point(400, 500);
    crosshair = await lines();
    assert.ok(Math.abs(crosshair.x - 400) <= 2 && Math.abs(crosshair.y - 500) <= 2, JSON.stringify(crosshair));
  });

  await t.test('读屏 says clearly when the browser cannot speak, and otherwise reads what gets focus in Chinese', async () => {
    await run("Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }); return null;");
    await tabTo('speech');
    await keys(SPACE);
    let now = await state();
    assert.equal(now.pressed.speech, 'false');
    assert.equal(now.status, '此浏览器不支持语音朗读，读屏无法开启。可使用电脑或手机系统自带的读屏功能。');

    // A browser with voices but no Chinese one.
    await run(`window.spoken = [];
      Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: { voices: [{ name: 'Samantha', lang: 'en-US' }],
        getVoices() { return this.voices; }, cancel() {}, speak(u) { window.spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.name }); } } });
      window.SpeechSynthesisUtterance = function (text) { this.text = text; };
      return null;`);
    await keys(SPACE);
    now = await state();
    assert.equal(now.pressed.speech, 'true');
    assert.equal(now.status, '已开启读屏。此浏览器没有中文语音，朗读可能不是中文发音。');
    await keys(SPACE);
    assert.equal((await state()).pressed.speech, 'false');

    await run("speechSynthesis.voices.push({ name: 'Tingting', lang: 'zh-CN' }); window.spoken = []; return null;");
    await keys(SPACE);
    now = await state();
    assert.equal(now.status, '读屏已开启');
    await keys(TAB);
    assert.deepEqual(await run('return window.spoken;'), [
      { text: '读屏已开启', lang: 'zh-CN', voice: 'Tingting' },
      { text: '按钮，重置', lang: 'zh-CN', voice: 'Tingting' },
    ]);
    assert.equal(await run("return document.activeElement.classList.contains('a11y-spoken');"), true);
    // What the pointer rests on is read too.
    await run('window.spoken = []; return null;');
    const heading = await run("const b = document.querySelector('h1').getBoundingClientRect(); return { x: b.left + 10, y: b.top + b.height / 2 };");
    await browser.point(heading.x, heading.y);
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.deepEqual((await run('return window.spoken;')).map((s) => s.text), ['全市政务公开工作推进会召开']);
  });

  const everything = 'text1.zoom1.line.letter.contrast.pointer.crosshair.speech.open';
  const remembered = (now) => {
    assert.equal(now.classes, 'a11y-crosshair a11y-letter a11y-line a11y-pointer a11y-speech contrast font-step-1');
    assert.equal(now.zoom, '1.1');
    assert.equal(now.open, true);
    assert.deepEqual(now.pressed, { line: 'true', letter: 'true', contrast: 'true', pointer: 'true', crosshair: 'true', speech: 'true' });
  };

  await t.test('the settings are kept in one cookie on the group domain, read on the next page and on the other site', async () => {
    const cookies = (await browser.cookies()).filter((cookie) => cookie.name === 'sitegroup-a11y');
    assert.equal(cookies.length, 1);
    assert.equal(cookies[0].domain, '.example.test');
    assert.equal(cookies[0].path, '/');
    assert.equal(cookies[0].value, everything);
    assert.equal(await run("return localStorage.getItem('sitegroup-a11y');"), null);
    await open(`${www}/`);
    remembered(await state());
    await open(`${lyj}/news/patrol/`);
    remembered(await state());
  });

  await t.test('axe finds nothing wrong with the toolbar open, in high contrast and in the standard colours', async () => {
    const violations = await browser.axe();
    if (violations === null) return t.skip('AXE_JS does not name axe.min.js');
    assert.deepEqual(violations, []);
    await browser.click('[data-a11y-switch="contrast"]');
    assert.equal((await state()).pressed.contrast, 'false');
    assert.deepEqual(await browser.axe(), []);
  });

  await t.test('the focus ring stands out 3:1 or more on the white page and on the red menu', async () => {
    await open(`${lyj}/news/patrol/`);
    await run("document.querySelector('.site-nav a').focus(); return null;");
    await keys(TAB);
    const onNav = await run(`const a = document.activeElement; return [a.closest('.site-nav') !== null, getComputedStyle(a).outlineColor,
      getComputedStyle(a).outlineStyle, getComputedStyle(document.querySelector('.site-nav')).backgroundColor];`);
    assert.equal(onNav[0], true);
    assert.equal(onNav[2], 'solid');
    assert.ok(contrast(onNav[1], onNav[3]) >= 3, `nav: ${onNav[1]} on ${onNav[3]}`);
    await run("document.querySelector('.site-name').focus(); return null;");
    await keys(TAB);
    // On a department site the link back to the portal follows the site's name in the masthead.
    const onMasthead = await run(`const a = document.activeElement; return [a.classList.contains('portal-link'), getComputedStyle(a).outlineColor,
      getComputedStyle(document.querySelector('.masthead')).backgroundColor];`);
    assert.equal(onMasthead[0], true);
    assert.ok(contrast(onMasthead[1], onMasthead[2]) >= 3, `masthead: ${onMasthead[1]} on ${onMasthead[2]}`);
    await run("document.querySelector('h1').setAttribute('tabindex', '-1'); document.querySelector('h1').focus(); return null;");
    await keys(TAB);
    const onPage = await run(`const a = document.activeElement; return [a.closest('main') !== null, getComputedStyle(a).outlineColor,
      getComputedStyle(document.body).backgroundColor];`);
    assert.equal(onPage[0], true);
    assert.ok(contrast(onPage[1], onPage[2]) >= 3, `page: ${onPage[1]} on ${onPage[2]}`);
  });

  await t.test('Escape closes the toolbar and gives focus back to its button; reset forgets every setting group-wide', async () => {
    await open(`${lyj}/news/patrol/`);
    await tabTo('reset');
    await keys(ESCAPE);
    assert.equal(await focused(), 'opener');
    assert.equal((await state()).open, false);
    await keys(ENTER);
    await tabTo('reset');
    await keys(ENTER);
    const now = await state();
    assert.equal(now.classes, '');
    assert.equal(now.zoom, '');
    assert.equal(now.open, true);
    assert.equal(now.status, '已恢复默认显示。');
    await tabTo('close');
    await keys(ENTER);
    assert.equal((await state()).open, false);
    assert.equal(await focused(), 'opener');
    assert.deepEqual((await browser.cookies()).filter((cookie) => cookie.name === 'sitegroup-a11y'), []);
    await open(`${www}/news/meeting/`);
    assert.equal((await state()).classes, '');
  });

  await t.test('text goes from 100% to 175% in five steps and the page from 100% to 200% in six; a step past the end does nothing', async () => {
    const press = async (selector, times) => { for (let n = 0; n < times; n++) await browser.click(selector); };
    await browser.click('[data-a11y-open]');
    await press('[data-a11y-step="text"][data-a11y-by="1"]', 6);
    await press('[data-a11y-step="zoom"][data-a11y-by="1"]', 7);
    let now = await state();
    assert.equal(now.levels, '175% 200%');
    assert.equal(now.zoom, '2');
    assert.equal(await style('html', 'fontSize'), '28px');
    assert.equal(await run(`return [...document.querySelectorAll('[data-a11y-step]')].map((b) => b.getAttribute('aria-disabled')).join(' ');`),
      'false true false true');
    await press('[data-a11y-step="text"][data-a11y-by="-1"]', 5);
    await press('[data-a11y-step="zoom"][data-a11y-by="-1"]', 6);
    now = await state();
    assert.equal(now.levels, '100% 100%');
    assert.equal(now.zoom, '');
    assert.equal(now.classes, '');
    await browser.click('[data-a11y-close]');
  });

  await t.test('where the page is not under the group domain, settings stay with its host in localStorage', async () => {
    await open(`http://127.0.0.1:${port}/portal/news/meeting/`);
    await browser.click('[data-a11y-open]');
    await browser.click('[data-a11y-switch="contrast"]');
    assert.equal(await run("return localStorage.getItem('sitegroup-a11y');"), 'contrast.open');
    assert.equal(await run('return document.cookie;'), '');
    await open(`http://127.0.0.1:${port}/portal/`);
    assert.equal((await state()).classes, 'contrast');
  });

  await t.test('打印 is a button, shown with JavaScript, that prints the article without menus or toolbars', async () => {
    await open(`${www}/news/meeting/`);
    await run('window.printed = 0; window.print = () => { window.printed += 1; }; return null;');
    await tabTo('打印', 40);
    await keys(ENTER);
    assert.equal(await run('return window.printed;'), 1);
    await browser.cdp('Emulation.setEmulatedMedia', { media: 'print' });
    for (const hidden of ['.toolbar', '.site-nav', '.site-search', '.breadcrumbs', '[data-print]', '.group-links']) {
      assert.equal(await style(hidden, 'display'), 'none', hidden);
    }
    assert.equal(await style('.article-body', 'display'), 'block');
    assert.equal(await style('.site-name', 'display'), 'block');
    await browser.cdp('Emulation.setEmulatedMedia', { media: '' });
  });
});
