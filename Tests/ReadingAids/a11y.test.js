// The reading aids' script (themes/default/assets/js/a11y.js) outside a browser: how settings are written and read,
// which domain the cookie goes on, where they are kept when a browser refuses the cookie, and which voice reads.
// Run by `node --test Tests/ReadingAids/` (ReadingAidsTests does so within `swift test`); chromium.test.js beside it
// runs the same script in headless Chromium.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const aids = require(path.resolve(__dirname, '..', '..', 'themes/default/assets/js/a11y.js'));

/* document.cookie as a browser keeps it for `host`: a cookie whose Domain the host is not under, or that names a
   public suffix in `refused`, is dropped; Max-Age=0 removes. */
function cookieJar(host, refused = []) {
  const jar = new Map();
  return {
    written: [],
    get cookie() { return [...jar].map(([name, value]) => `${name}=${value}`).join('; '); },
    set cookie(text) {
      this.written.push(text);
      const [pair, ...attributes] = text.split(';').map((part) => part.trim());
      const [name, value] = pair.split('=');
      const domain = (attributes.find((a) => a.startsWith('Domain=')) || '').slice(7);
      if (refused.includes(domain) || !(host === domain || host.endsWith('.' + domain))) return;
      if (attributes.includes('Max-Age=0')) jar.delete(name);
      else jar.set(name, value);
    },
  };
}

function localStorage() {
  const items = new Map();
  return { items, getItem: (key) => (items.has(key) ? items.get(key) : null), setItem: (key, value) => items.set(key, String(value)),
    removeItem: (key) => items.delete(key) };
}

test('settings are written as what differs from the page as designed, and read back', () => {
  const settings = Object.assign(aids.defaults(), { text: 2, zoom: 1, line: true, contrast: true, speech: true, open: true });
  assert.equal(aids.encode(settings), 'text2.zoom1.line.contrast.speech.open');
  assert.deepEqual(aids.decode('text2.zoom1.line.contrast.speech.open'), settings);
  assert.equal(aids.encode(aids.defaults()), '');
  assert.deepEqual(aids.decode(''), aids.defaults());
});

test('an old, edited or foreign value cannot break a page: unknown parts are ignored, steps held to their range', () => {
  assert.deepEqual(aids.decode('text99.zoom-1.contrast3.pointer.script<x>.open'),
    Object.assign(aids.defaults(), { text: aids.STEPS.text.length - 1, pointer: true, open: true }));
  assert.deepEqual(aids.decode(null), aids.defaults());
});

test('the cookie goes on the group domain when the page is served from it or a host below it, over HTTP(S)', () => {
  const at = (href) => new URL(href);
  assert.equal(aids.cookieDomain('example.gov.cn', at('https://www.example.gov.cn/news/')), 'example.gov.cn');
  assert.equal(aids.cookieDomain('example.gov.cn', at('https://lyj.example.gov.cn/')), 'example.gov.cn');
  assert.equal(aids.cookieDomain('example.gov.cn', at('http://example.gov.cn:8080/')), 'example.gov.cn');
  assert.equal(aids.cookieDomain('EXAMPLE.gov.cn', at('https://WWW.example.gov.cn/')), 'example.gov.cn');
  // Elsewhere settings stay with the host: a preview, a look-alike host, a file, loopback, no domain at all.
  assert.equal(aids.cookieDomain('example.gov.cn', at('https://preview.example.org/portal/')), '');
  assert.equal(aids.cookieDomain('example.gov.cn', at('https://badexample.gov.cn/')), '');
  assert.equal(aids.cookieDomain('example.gov.cn', at('file:///srv/public/portal/index.html')), '');
  assert.equal(aids.cookieDomain('example.gov.cn', at('http://127.0.0.1:8000/portal/')), '');
  assert.equal(aids.cookieDomain('', at('https://www.example.gov.cn/')), '');
});

test('the cookie lasts a year on the whole domain, Secure over HTTPS; writing nothing removes it', () => {
  assert.equal(aids.cookieText('text1.contrast', 'example.gov.cn', true),
    'sitegroup-a11y=text1.contrast; Domain=example.gov.cn; Path=/; Max-Age=31536000; SameSite=Lax; Secure');
  assert.equal(aids.cookieText('', 'example.gov.cn', false), 'sitegroup-a11y=; Domain=example.gov.cn; Path=/; Max-Age=0; SameSite=Lax');
});

test('with a group domain, settings go in its cookie, which another site of the group reads', () => {
  const www = cookieJar('www.example.gov.cn');
  const storage = localStorage();
  const settings = Object.assign(aids.defaults(), { text: 1, contrast: true });
  assert.equal(new aids.Store(www, storage, 'example.gov.cn', true).write(settings), 'cookie');
  assert.equal(storage.items.size, 0);
  // The browser sends the same cookie to every host under the domain.
  const lyj = cookieJar('lyj.example.gov.cn');
  lyj.cookie = www.written[0];
  assert.deepEqual(new aids.Store(lyj, localStorage(), 'example.gov.cn', true).read(), settings);
  // Reset writes nothing: the cookie is removed.
  new aids.Store(www, storage, 'example.gov.cn', true).write(aids.defaults());
  assert.equal(www.cookie, '');
});

test('a browser that refuses the cookie (a public suffix such as gov.cn) keeps settings in localStorage', () => {
  const jar = cookieJar('www.a.gov.cn', ['gov.cn']);
  const storage = localStorage();
  const store = new aids.Store(jar, storage, 'gov.cn', true);
  assert.equal(store.write(Object.assign(aids.defaults(), { zoom: 2 })), 'local');
  assert.equal(storage.items.get('sitegroup-a11y'), 'zoom2');
  assert.equal(store.read().zoom, 2);
  store.write(aids.defaults());
  assert.equal(storage.items.size, 0);
});

test('without a group domain settings live in localStorage, and a browser refusing that too still works', () => {
  const storage = localStorage();
  const store = new aids.Store(cookieJar('127.0.0.1'), storage, '', false);
  assert.equal(store.write(Object.assign(aids.defaults(), { line: true })), 'local');
  assert.equal(store.read().line, true);
  const refusing = { getItem() { throw new Error('SecurityError'); }, setItem() { throw new Error('SecurityError'); },
    removeItem() { throw new Error('SecurityError'); } };
  const strict = new aids.Store(cookieJar('127.0.0.1'), refusing, '', false);
  assert.equal(strict.write(Object.assign(aids.defaults(), { line: true })), 'local');
  assert.deepEqual(strict.read(), aids.defaults());
});

test('读屏 reads with a Chinese voice of mainland China where there is one, else any Chinese voice, else the default', () => {
  const voices = [{ name: 'Samantha', lang: 'en-US' }, { name: 'Mei-Jia', lang: 'zh-TW' }, { name: 'Tingting', lang: 'zh-CN' }];
  assert.equal(aids.chooseVoice(voices).name, 'Tingting');
  assert.equal(aids.chooseVoice([{ name: 'Huihui', lang: 'zh_CN' }]).name, 'Huihui');
  assert.equal(aids.chooseVoice(voices.slice(0, 2)).name, 'Mei-Jia');
  assert.equal(aids.chooseVoice([{ name: 'Samantha', lang: 'en-US' }]), null);
  assert.equal(aids.chooseVoice([]), null);
});

/* Just enough of a DOM for buildPanel: elements with attributes, text and children. */
function fakeDocument() {
  const make = (tag) => ({
    tag, attributes: {}, children: [], textContent: '',
    get firstElementChild() { return this.children[0] || null; },
    setAttribute(name, value) { this.attributes[name] = value; },
    appendChild(child) { this.children.push(child); return child; },
  });
  return { createElement: make };
}

test('the script makes the toolbar in an empty panel, and leaves alone a panel that already holds it', () => {
  const doc = fakeDocument();
  const panel = doc.createElement('div');
  aids.buildPanel(doc, panel);
  const groups = panel.children[0];
  assert.equal(groups.attributes.class, 'wrap a11y-groups');
  assert.deepEqual(groups.children.map((group) => group.attributes['aria-label'] || group.attributes.role),
    ['字号', '页面缩放', '间距', '显示', '语音', '设置', 'status']);
  assert.deepEqual(groups.children.slice(0, -1).flatMap((group) => group.children.map((control) => control.textContent)),
    ['缩小字号', '100%', '放大字号', '缩小页面', '100%', '放大页面', '加大行距', '加大字距', '高对比度', '大鼠标', '十字线', '读屏', '重置', '关闭']);
  // A theme whose header still carries the controls (copied from an older default) keeps them, once.
  aids.buildPanel(doc, panel);
  assert.equal(panel.children.length, 1);
});
