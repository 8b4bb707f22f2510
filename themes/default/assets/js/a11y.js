/* 适老化 reading aids of the default theme, after 《互联网网站适老化通用设计规范》: text size, line and letter
   spacing, page zoom, high contrast, a large pointer, a reading crosshair and 读屏 (the browser's own speech
   synthesis reading what is focused or pointed at). No third-party code.
   Loaded in <head>, so remembered settings apply before the page is drawn; the toolbar's controls are made and wired
   once the page is read (pages carry only its hidden button and empty panel). Settings live in one cookie on the
   group's shared domain (the script's data-group-domain), which every site of the group reads; where this page is
   not served under that domain (file://, 127.0.0.1, a preview host) or the browser refuses the cookie, in this
   host's localStorage. Without JavaScript nothing here shows and the page is complete. */
(function (factory) {
  'use strict';
  var aids = factory();
  if (typeof module === 'object' && module.exports) {
    module.exports = aids;
  } else if (typeof document !== 'undefined') {
    aids.start(window, document, document.currentScript);
  }
})(function () {
  'use strict';

  var NAME = 'sitegroup-a11y';
  var YEAR = 365 * 24 * 60 * 60;
  /* Steps in percent; step 0 is the page as designed. */
  var STEPS = { text: [100, 112.5, 125, 150, 175], zoom: [100, 110, 125, 150, 175, 200] };
  var STEP_NAMES = { text: '字号', zoom: '页面缩放' };
  /* The switches, and the class each puts on <html> for a11y.css; `open` is the toolbar itself. */
  var CLASSES = { line: 'a11y-line', letter: 'a11y-letter', contrast: 'contrast', pointer: 'a11y-pointer',
    crosshair: 'a11y-crosshair', speech: 'a11y-speech', open: '' };
  var READABLE = 'a[href], button, summary, label, select, textarea, input, img[alt], h1, h2, h3, h4, h5, h6, p, li, dt, dd, ' +
    'th, td, caption, figcaption, blockquote, legend';
  /* The toolbar's groups of controls, which the script makes (buildPanel): only it can show them, so no page need
     carry them. A step group has a smaller and a larger button around its level; a switch is a button with aria-pressed. */
  var GROUPS = [
    { step: 'text', words: ['缩小字号', '放大字号'] },
    { step: 'zoom', words: ['缩小页面', '放大页面'] },
    { label: '间距', switches: { line: '加大行距', letter: '加大字距' } },
    { label: '显示', switches: { contrast: '高对比度', pointer: '大鼠标', crosshair: '十字线' } },
    { label: '语音', switches: { speech: '读屏' } },
    { label: '设置', buttons: { 'data-a11y-reset': '重置', 'data-a11y-close': '关闭' } }
  ];
  var MESSAGES = {
    reset: '已恢复默认显示。',
    noSpeech: '此浏览器不支持语音朗读，读屏无法开启。可使用电脑或手机系统自带的读屏功能。',
    noChineseVoice: '已开启读屏。此浏览器没有中文语音，朗读可能不是中文发音。',
    on: '已开启', off: '已关闭'
  };

  function defaults() {
    var settings = { text: 0, zoom: 0 };
    Object.keys(CLASSES).forEach(function (name) { settings[name] = false; });
    return settings;
  }

  /* `text2.zoom1.line.contrast`: only what differs from the page as designed, in characters a cookie holds as they are. */
  function encode(settings) {
    var parts = [];
    Object.keys(STEPS).forEach(function (name) { if (settings[name] > 0) parts.push(name + settings[name]); });
    Object.keys(CLASSES).forEach(function (name) { if (settings[name] === true) parts.push(name); });
    return parts.join('.');
  }

  /* Unknown or malformed parts are ignored and steps held to their range, so an old or edited cookie cannot break a page. */
  function decode(text) {
    var settings = defaults();
    String(text || '').split('.').forEach(function (part) {
      var match = /^([a-z]+)([0-9]*)$/.exec(part);
      if (!match) return;
      var name = match[1];
      if (STEPS.hasOwnProperty(name) && match[2]) {
        settings[name] = Math.min(STEPS[name].length - 1, parseInt(match[2], 10));
      } else if (CLASSES.hasOwnProperty(name) && !match[2]) {
        settings[name] = true;
      }
    });
    return settings;
  }

  function cookieValue(cookies, name) {
    var found = null;
    String(cookies || '').split(';').forEach(function (pair) {
      var at = pair.indexOf('=');
      if (at > 0 && pair.slice(0, at).trim() === name) found = pair.slice(at + 1).trim();
    });
    return found;
  }

  /* The domain to keep the cookie on: the group's, when this page is served from it or a host below it over
     HTTP(S); else '' and settings stay with this host. */
  function cookieDomain(domain, location) {
    var host = String(location.hostname || '').toLowerCase();
    domain = String(domain || '').toLowerCase();
    if (!domain || !/^https?:$/.test(location.protocol)) return '';
    return host === domain || host.slice(-(domain.length + 1)) === '.' + domain ? domain : '';
  }

  /* An empty value removes the cookie: a reader who changed nothing carries none. */
  function cookieText(value, domain, secure) {
    return NAME + '=' + value + '; Domain=' + domain + '; Path=/; Max-Age=' + (value ? YEAR : 0) + '; SameSite=Lax' +
      (secure ? '; Secure' : '');
  }

  /* Where settings are kept: the group's cookie when there is a domain for it and the browser takes it, else
     localStorage (which private modes and file:// may refuse too: then settings last for this page only). */
  function Store(doc, storage, domain, secure) {
    this.doc = doc;
    this.storage = storage;
    this.domain = domain;
    this.secure = secure;
  }

  Store.prototype.local = function (action, value) {
    try {
      if (action === 'get') return this.storage ? this.storage.getItem(NAME) : null;
      if (action === 'set') this.storage.setItem(NAME, value);
      else this.storage.removeItem(NAME);
    } catch (refused) {
      return null;
    }
    return null;
  };

  Store.prototype.read = function () {
    var value = this.domain ? cookieValue(this.doc.cookie, NAME) : null;
    return decode(value === null ? this.local('get') : value);
  };

  /* Returns where the settings went: 'cookie' or 'local'. */
  Store.prototype.write = function (settings) {
    var value = encode(settings);
    if (this.domain) {
      this.doc.cookie = cookieText(value, this.domain, this.secure);
      if ((cookieValue(this.doc.cookie, NAME) || '') === value) {
        this.local('remove');
        return 'cookie';
      }
    }
    this.local(value ? 'set' : 'remove', value);
    return 'local';
  };

  function canSpeak(win) {
    return !!(win.speechSynthesis && typeof win.SpeechSynthesisUtterance === 'function');
  }

  /* A Chinese voice of mainland China first, then any Chinese voice; null when the browser has none. */
  function chooseVoice(voices) {
    var tag = function (voice) { return String(voice.lang || '').replace('_', '-').toLowerCase(); };
    var list = Array.prototype.slice.call(voices || []);
    return list.filter(function (voice) { return tag(voice) === 'zh-cn'; })[0] ||
      list.filter(function (voice) { return tag(voice).indexOf('zh') === 0; })[0] || null;
  }

  function collapse(text) {
    return String(text || '').replace(/\s+/g, ' ').trim();
  }

  /* What 读屏 says for an element: what it is when that matters (链接, 按钮, 输入框), its label or its text, and whether
     a switch of the toolbar is on. */
  function spokenText(element) {
    if (!element || !element.tagName) return '';
    var tag = element.tagName.toLowerCase();
    var label = element.getAttribute('aria-label') || (tag === 'img' ? element.getAttribute('alt') : '');
    if (!label && element.labels && element.labels.length) {
      label = element.labels[0].textContent;
      if (tag === 'select' && element.selectedIndex >= 0) label += '，' + element.options[element.selectedIndex].text;
      else if (element.value) label += '，' + element.value;
    }
    var text = collapse(label || element.textContent).slice(0, 1000);
    if (tag === 'img') text = '图片，' + text;
    if (tag === 'a') text = '链接，' + text;
    if (tag === 'button') text = '按钮，' + text;
    if (tag === 'input' || tag === 'textarea' || tag === 'select') text = '输入框，' + text;
    var pressed = element.getAttribute('aria-pressed');
    if (pressed) text += '，' + (pressed === 'true' ? MESSAGES.on : MESSAGES.off);
    return text;
  }

  function applyTo(html, settings, speaks) {
    for (var step = 1; step < STEPS.text.length; step++) html.classList.toggle('font-step-' + step, settings.text === step);
    Object.keys(CLASSES).forEach(function (name) {
      if (CLASSES[name]) html.classList.toggle(CLASSES[name], settings[name] === true && (name !== 'speech' || speaks));
    });
    /* Zoom is set here rather than in a11y.css: CSS validators do not all know the property yet. */
    html.style.zoom = settings.zoom > 0 ? String(STEPS.zoom[settings.zoom] / 100) : '';
  }

  /* 读屏: speaks what gets focus, and what the pointer rests on for a moment. */
  function Reader(win, doc, html) {
    var self = this;
    this.win = win;
    this.html = html;
    this.spoken = null;
    this.timer = 0;
    doc.addEventListener('focusin', function (event) { if (self.on()) self.read(event.target); });
    doc.addEventListener('mouseover', function (event) {
      if (!self.on()) return;
      var element = event.target.closest ? event.target.closest(READABLE) : null;
      win.clearTimeout(self.timer);
      if (element && element !== self.spoken) self.timer = win.setTimeout(function () { self.read(element); }, 300);
    });
  }

  Reader.prototype.on = function () { return this.html.classList.contains('a11y-speech'); };

  Reader.prototype.read = function (element) {
    this.mark(element);
    this.say(spokenText(element));
  };

  Reader.prototype.mark = function (element) {
    if (this.spoken && this.spoken.classList) this.spoken.classList.remove('a11y-spoken');
    this.spoken = element;
    if (element && element.classList) element.classList.add('a11y-spoken');
  };

  Reader.prototype.stop = function () {
    this.mark(null);
    if (canSpeak(this.win)) this.win.speechSynthesis.cancel();
  };

  Reader.prototype.say = function (text) {
    var synth = this.win.speechSynthesis;
    if (!text || !canSpeak(this.win)) return;
    synth.cancel();
    var utterance = new this.win.SpeechSynthesisUtterance(text);
    utterance.lang = 'zh-CN';
    var voice = chooseVoice(synth.getVoices());
    if (voice) utterance.voice = voice;
    synth.speak(utterance);
  };

  /* 十字线: a horizontal and a vertical line through the pointer, or through the middle of what has keyboard focus. */
  function Crosshair(win, doc, html) {
    var self = this;
    this.html = html;
    this.lines = ['x', 'y'].map(function (axis) {
      var line = doc.createElement('div');
      line.className = 'a11y-crosshair-line a11y-crosshair-' + axis;
      line.setAttribute('aria-hidden', 'true');
      line.hidden = true;
      doc.body.appendChild(line);
      return line;
    });
    doc.addEventListener('mousemove', function (event) { if (self.on()) self.place(event.clientX, event.clientY); });
    doc.addEventListener('focusin', function (event) {
      if (!self.on() || !event.target.getBoundingClientRect) return;
      var box = event.target.getBoundingClientRect();
      self.place(box.left + box.width / 2, box.top + box.height / 2);
    });
  }

  Crosshair.prototype.on = function () { return this.html.classList.contains('a11y-crosshair'); };

  /* Positions inside a zoomed page are multiplied by its zoom; events and boxes are not. */
  Crosshair.prototype.place = function (x, y) {
    var zoom = parseFloat(this.html.style.zoom) || 1;
    this.lines[0].style.top = Math.round(y / zoom) + 'px';
    this.lines[1].style.left = Math.round(x / zoom) + 'px';
    this.lines.forEach(function (line) { line.hidden = false; });
  };

  function element(doc, tag, attributes, text) {
    var made = doc.createElement(tag);
    Object.keys(attributes).forEach(function (name) { made.setAttribute(name, attributes[name]); });
    if (text) made.textContent = text;
    return made;
  }

  function button(doc, attributes, text) {
    return element(doc, 'button', Object.assign({ type: 'button' }, attributes), text);
  }

  /* Makes the toolbar's controls in the page's empty panel. A panel that already holds them (a theme whose header
     was copied from an older default) is left as it is. */
  function buildPanel(doc, panel) {
    if (panel.firstElementChild) return;
    var groups = panel.appendChild(element(doc, 'div', { 'class': 'wrap a11y-groups' }));
    GROUPS.forEach(function (spec) {
      var group = groups.appendChild(element(doc, 'div', { 'class': 'a11y-group', role: 'group',
        'aria-label': spec.label || STEP_NAMES[spec.step] }));
      if (spec.step) {
        group.appendChild(button(doc, { 'data-a11y-step': spec.step, 'data-a11y-by': '-1' }, spec.words[0]));
        group.appendChild(element(doc, 'span', { 'class': 'a11y-level', 'data-a11y-level': spec.step }, '100%'));
        group.appendChild(button(doc, { 'data-a11y-step': spec.step, 'data-a11y-by': '1' }, spec.words[1]));
      }
      Object.keys(spec.switches || {}).forEach(function (name) {
        group.appendChild(button(doc, { 'data-a11y-switch': name, 'aria-pressed': 'false' }, spec.switches[name]));
      });
      Object.keys(spec.buttons || {}).forEach(function (mark) {
        var attributes = {};
        attributes[mark] = '';
        group.appendChild(button(doc, attributes, spec.buttons[mark]));
      });
    });
    groups.appendChild(element(doc, 'p', { 'class': 'a11y-status', role: 'status', 'data-a11y-status': '' }));
  }

  /* The toolbar: a button that opens it, switches (aria-pressed), steps, a reset, and a status line. */
  function Toolbar(win, panel, opener, change) {
    var self = this;
    this.panel = panel;
    this.opener = opener;
    this.status = panel.querySelector('[data-a11y-status]');
    opener.hidden = false;
    opener.addEventListener('click', function () { change({ open: !self.isOpen() }); });
    panel.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      if (button && panel.contains(button)) self.press(button, change, win);
    });
    panel.addEventListener('keydown', function (event) {
      if (event.key !== 'Escape') return;
      change({ open: false });
      opener.focus();
    });
  }

  Toolbar.prototype.isOpen = function () { return !this.panel.hidden; };

  Toolbar.prototype.press = function (button, change, win) {
    var name = button.getAttribute('data-a11y-switch');
    var step = button.getAttribute('data-a11y-step');
    if (button.hasAttribute('data-a11y-reset')) {
      change(Object.assign(defaults(), { open: true }), MESSAGES.reset);
    } else if (button.hasAttribute('data-a11y-close')) {
      change({ open: false });
      this.opener.focus();
    } else if (name === 'speech' && button.getAttribute('aria-pressed') !== 'true' && !canSpeak(win)) {
      this.say(MESSAGES.noSpeech);
    } else if (name) {
      var on = button.getAttribute('aria-pressed') !== 'true';
      var update = {};
      update[name] = on;
      var words = collapse(button.textContent) + (on ? MESSAGES.on : MESSAGES.off);
      if (name === 'speech' && on && win.speechSynthesis.getVoices().length && !chooseVoice(win.speechSynthesis.getVoices())) {
        words = MESSAGES.noChineseVoice;
      }
      change(update, words);
    } else if (step && button.getAttribute('aria-disabled') !== 'true') {
      change({ step: step, by: parseInt(button.getAttribute('data-a11y-by'), 10) });
    }
  };

  Toolbar.prototype.show = function (settings, speaks) {
    this.panel.hidden = !settings.open;
    this.opener.setAttribute('aria-expanded', settings.open ? 'true' : 'false');
    Array.prototype.forEach.call(this.panel.querySelectorAll('[data-a11y-switch]'), function (button) {
      var name = button.getAttribute('data-a11y-switch');
      button.setAttribute('aria-pressed', settings[name] === true && (name !== 'speech' || speaks) ? 'true' : 'false');
    });
    Array.prototype.forEach.call(this.panel.querySelectorAll('[data-a11y-step]'), function (button) {
      var name = button.getAttribute('data-a11y-step');
      var next = settings[name] + parseInt(button.getAttribute('data-a11y-by'), 10);
      button.setAttribute('aria-disabled', next < 0 || next >= STEPS[name].length ? 'true' : 'false');
    });
    Array.prototype.forEach.call(this.panel.querySelectorAll('[data-a11y-level]'), function (level) {
      level.textContent = STEPS[level.getAttribute('data-a11y-level')][settings[level.getAttribute('data-a11y-level')]] + '%';
    });
  };

  Toolbar.prototype.say = function (words) {
    if (this.status) this.status.textContent = words;
  };

  /* Applies remembered settings at once, and wires the toolbar, 读屏 and the crosshair once the page is read. */
  function start(win, doc, script) {
    var html = doc.documentElement;
    var storage = null;
    try { storage = win.localStorage; } catch (refused) { storage = null; }
    var domain = cookieDomain(script && script.getAttribute('data-group-domain'), win.location);
    var store = new Store(doc, storage, domain, win.location.protocol === 'https:');
    var settings = store.read();
    applyTo(html, settings, canSpeak(win));

    function wire() {
      var reader = new Reader(win, doc, html);
      var crosshair = new Crosshair(win, doc, html);
      var panel = doc.querySelector('[data-a11y-tools]');
      var opener = doc.querySelector('[data-a11y-open]');
      if (!panel || !opener) return;
      buildPanel(doc, panel);
      var toolbar = new Toolbar(win, panel, opener, function (update, words) {
        if (update.step) {
          settings[update.step] = Math.max(0, Math.min(STEPS[update.step].length - 1, settings[update.step] + update.by));
          words = STEP_NAMES[update.step] + '：' + STEPS[update.step][settings[update.step]] + '%';
        } else {
          Object.keys(update).forEach(function (name) { settings[name] = update[name]; });
        }
        applyTo(html, settings, canSpeak(win));
        store.write(settings);
        toolbar.show(settings, canSpeak(win));
        if (words) toolbar.say(words);
        if (update.speech === true) reader.say(words);
        if (update.speech === false) reader.stop();
        if (update.crosshair === false) crosshair.lines.forEach(function (line) { line.hidden = true; });
      });
      toolbar.show(settings, canSpeak(win));
    }
    if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', wire);
    else wire();
  }

  return {
    NAME: NAME, STEPS: STEPS, defaults: defaults, encode: encode, decode: decode, cookieValue: cookieValue,
    cookieDomain: cookieDomain, cookieText: cookieText, Store: Store, chooseVoice: chooseVoice, spokenText: spokenText,
    buildPanel: buildPanel, start: start
  };
});
