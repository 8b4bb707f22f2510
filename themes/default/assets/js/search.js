/* sitegroup search: finds every page whose title, text or 信息公开 fields hold what the reader typed, from the
   static index files `sitegroup build` writes beside the search page (docs/SEARCH.md). Text is folded exactly as
   the build folds it (SearchText.swift): full-width to half-width, the ideographic space to a space, Latin
   capitals to small letters; traditional characters in a query are also looked for as simplified ones. */
(function (root, factory) {
  'use strict';
  var search = factory();
  if (typeof module === 'object' && module.exports) {
    module.exports = search;
  } else {
    root.SitegroupSearch = search;
    if (typeof document !== 'undefined') search.start(document, window.location);
  }
})(this, function () {
  'use strict';

  var PAGE_SIZE = 10;
  var TITLE = 1;
  var DISCLOSURE = 2;

  function foldCode(code) {
    if (code >= 0xff01 && code <= 0xff5e) return foldCode(code - 0xfee0);
    if (code === 0x3000) return 0x20;
    if (code >= 0x41 && code <= 0x5a) return code + 0x20;
    return code;
  }

  /* One character for one character, so a match in folded text stands where it stands in the text as written. */
  function fold(text) {
    var out = '';
    for (var i = 0; i < text.length; i++) out += String.fromCharCode(foldCode(text.charCodeAt(i)));
    return out;
  }

  function isSpace(ch) {
    return /^\s$/u.test(ch);
  }

  /* The terms of a query: quoted phrases as written ("…" or “…”), the rest split at white space. Every term must occur. */
  function parseQuery(query) {
    var folded = fold(query);
    var terms = [];
    var phrase = /"([^"]*)"|“([^”]*)”/g;
    var rest = folded.replace(phrase, function (_, straight, curly) {
      var text = (straight !== undefined ? straight : curly).trim();
      if (text) terms.push(text);
      return ' ';
    });
    rest.split(/\s+/u).forEach(function (word) {
      var text = word.replace(/["“”]/g, '');
      if (text) terms.push(text);
    });
    return terms.filter(function (term, index) { return terms.indexOf(term) === index; });
  }

  /* Pairs of neighbouring characters, as the build indexes them; a one-character term is its own gram. */
  function grams(term) {
    var chars = Array.from(term);
    var pairs = [];
    var singles = [];
    for (var i = 0; i < chars.length; i++) {
      if (isSpace(chars[i])) continue;
      if (singles.indexOf(chars[i]) < 0) singles.push(chars[i]);
      if (i + 1 < chars.length && !isSpace(chars[i + 1])) {
        var pair = chars[i] + chars[i + 1];
        if (pairs.indexOf(pair) < 0) pairs.push(pair);
      }
    }
    return pairs.length ? pairs : singles;
  }

  /* FNV-1a over the gram's UTF-8 bytes, as SearchText.shard computes it. */
  function shardOf(gram, count) {
    var bytes = new TextEncoder().encode(gram);
    var hash = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) {
      hash ^= bytes[i];
      hash = Math.imul(hash, 16777619) >>> 0;
    }
    return hash % count;
  }

  function simplified(term, table) {
    var out = '';
    for (var ch of term) out += table[ch] || ch;
    return out;
  }

  /* The ways a term may be written in the text: as typed, and with traditional characters made simplified. */
  function variants(term, table) {
    var simple = simplified(term, table || {});
    return simple === term ? [term] : [term, simple];
  }

  /* The exact list of a gram's documents, from its postings written as "5,4,13": each is the distance from the
     document before times four plus flags. */
  function decodePostings(text) {
    var result = new Map();
    var id = -1;
    var value = 0;
    for (var i = 0; text && i <= text.length; i++) {
      var code = i < text.length ? text.charCodeAt(i) : 44;
      if (code !== 44) {
        value = value * 10 + code - 48;
        continue;
      }
      id += Math.floor(value / 4);
      result.set(id, value % 4);
      value = 0;
    }
    return result;
  }

  function decodeIds(values) {
    var ids = new Set();
    var id = -1;
    for (var i = 0; i < values.length; i++) {
      id += values[i];
      ids.add(id);
    }
    return ids;
  }

  /* One index folder (`search/site/` or `search/group/`); `load(path)` returns the parsed JSON file at that path. */
  function Index(load) {
    this.load = load;
    this.files = new Map();
  }

  Index.prototype.file = function (path) {
    if (!this.files.has(path)) this.files.set(path, this.load(path));
    return this.files.get(path);
  };

  Index.prototype.manifest = function () {
    return this.file('index.json');
  };

  Index.prototype.postings = async function (gram) {
    var manifest = await this.manifest();
    var shard = await this.file('g/' + shardOf(gram, manifest.shards) + '.json');
    return decodePostings(shard[gram] || '');
  };

  Index.prototype.document = async function (id) {
    var manifest = await this.manifest();
    var chunk = await this.file('d/' + Math.floor(id / manifest.chunk) + '.json');
    return chunk[id % manifest.chunk];
  };

  /* Documents holding every gram of a term written one way, with the flags all its grams share. */
  async function candidatesOf(index, written) {
    var lists = await Promise.all(grams(written).map(function (gram) { return index.postings(gram); }));
    if (!lists.length) return new Map();
    lists.sort(function (a, b) { return a.size - b.size; });
    var result = new Map();
    lists[0].forEach(function (flags, id) {
      for (var i = 1; i < lists.length; i++) {
        if (!lists[i].has(id)) return;
        flags &= lists[i].get(id);
      }
      result.set(id, flags);
    });
    return result;
  }

  function contains(text, forms) {
    if (!text) return false;
    var folded = fold(text);
    return forms.some(function (form) { return folded.indexOf(form) >= 0; });
  }

  /* 0: the query is the document's 索引号 or 文号; 1: every term in the title; 2: in the title or 信息公开 fields; 3: elsewhere. */
  function rankOf(document, terms, query) {
    var whole = fold(query).trim();
    if (whole && (fold(document.n || '') === whole || fold(document.o || '') === whole)) return 0;
    if (terms.every(function (forms) { return contains(document.t, forms); })) return 1;
    var inFields = terms.every(function (forms) {
      return contains(document.t, forms) || contains(document.n, forms) || contains(document.o, forms) || contains(document.p, forms);
    });
    return inFields ? 2 : 3;
  }

  function matches(document, terms) {
    return terms.every(function (forms) {
      return [document.t, document.n, document.o, document.p, document.b].some(function (field) { return contains(field, forms); });
    });
  }

  async function filtered(index, ids, options) {
    var manifest = await index.manifest();
    if (options.year) {
      var year = manifest.years.find(function (entry) { return String(entry.year) === String(options.year); });
      ids = ids.filter(function (id) { return year && id >= year.first && id <= year.last; });
    }
    if (options.column !== undefined && options.column !== '') {
      var inColumn = decodeIds(await index.file('c/' + options.column + '.json'));
      ids = ids.filter(function (id) { return inColumn.has(id); });
    }
    if (options.site !== undefined && options.site !== '') {
      var inSite = decodeIds(await index.file('s/' + options.site + '.json'));
      ids = ids.filter(function (id) { return inSite.has(id); });
    }
    return ids;
  }

  /* Runs a query: every document that holds every term (in its title, text or 信息公开 fields), best first, and
     the documents of the page asked for with their snippets. Options: table (traditional → simplified), site,
     column and year filters, page (1-based). */
  async function run(index, query, options) {
    options = options || {};
    var terms = parseQuery(query).map(function (term) { return variants(term, options.table); });
    if (!terms.length) return { total: 0, pages: 0, page: 1, results: [] };
    var found = null;
    for (var t = 0; t < terms.length; t++) {
      var forTerm = new Map();
      for (var v = 0; v < terms[t].length; v++) {
        (await candidatesOf(index, terms[t][v])).forEach(function (flags, id) { forTerm.set(id, (forTerm.get(id) || 0) | flags); });
      }
      if (found === null) {
        found = forTerm;
      } else {
        var both = new Map();
        found.forEach(function (flags, id) { if (forTerm.has(id)) both.set(id, flags & forTerm.get(id)); });
        found = both;
      }
    }
    var ids = await filtered(index, Array.from(found.keys()), options);
    // A term of one or two characters is one gram, whose postings are exact; a longer one is verified on the text.
    var exact = terms.every(function (forms) {
      return forms.every(function (form) { return !/\s/u.test(form) && Array.from(form).length <= 2; });
    });
    var pageSize = options.pageSize || PAGE_SIZE;
    var wanted = Math.max(1, options.page || 1) * pageSize;
    var candidates = ids.map(function (id) {
      var flags = found.get(id);
      return { id: id, rank: flags & TITLE ? 1 : flags & DISCLOSURE ? 2 : 3 };
    }).sort(byRank);
    var verified = exact ? { ranked: candidates, unverified: 0 } : await verify(index, candidates, terms, query, wanted);
    var total = verified.ranked.length + verified.unverified;
    var pages = Math.ceil(total / pageSize);
    var page = Math.min(Math.max(1, options.page || 1), Math.max(1, pages));
    var shown = verified.ranked.slice((page - 1) * pageSize, page * pageSize);
    var manifest = await index.manifest();
    var results = await Promise.all(shown.map(async function (entry) {
      var document = await index.document(entry.id);
      var column = document.c !== undefined ? manifest.columns[document.c] : null;
      return {
        id: entry.id, rank: entry.rank, url: document.u, date: document.d,
        site: manifest.sites[document.s].name, column: column ? column.title : '',
        title: highlight(document.t, terms), snippet: snippet(document.b, terms)
      };
    }));
    return { total: total, approximate: verified.unverified > 0, pages: pages, page: page, results: results };
  }

  function byRank(a, b) {
    return a.rank - b.rank || b.id - a.id;
  }

  /* Candidates of a longer term are verified against their stored text in the order their grams' flags rank them,
     a few chunks at a time, until the page asked for is certain: a document's true rank is never better than its
     flags say, so a verified one ranked before every candidate still waiting is in its place. What was not
     verified is counted as found, and the count is shown as approximate. */
  async function verify(index, candidates, terms, query, wanted) {
    var ranked = [];
    var next = 0;
    var settled = function () {
      var frontier = candidates[next];
      return frontier ? ranked.filter(function (entry) { return byRank(entry, frontier) < 0; }).length : ranked.length;
    };
    while (next < candidates.length && settled() < wanted) {
      var batch = candidates.slice(next, next + 32);
      next += batch.length;
      var documents = await Promise.all(batch.map(function (entry) { return index.document(entry.id); }));
      batch.forEach(function (entry, i) {
        if (matches(documents[i], terms)) ranked.push({ id: entry.id, rank: rankOf(documents[i], terms, query) });
      });
      ranked.sort(byRank);
    }
    var matched = ranked.length;
    if (next < candidates.length) ranked = ranked.slice(0, settled());
    return { ranked: ranked, unverified: matched - ranked.length + candidates.length - next };
  }

  /* Where the forms of the terms occur in a text: sorted [start, end) ranges, overlaps merged. */
  function ranges(text, terms) {
    var folded = fold(text);
    var found = [];
    terms.forEach(function (forms) {
      forms.forEach(function (form) {
        for (var at = folded.indexOf(form); at >= 0 && form; at = folded.indexOf(form, at + form.length)) found.push([at, at + form.length]);
      });
    });
    found.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    found.forEach(function (range) {
      var last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
      else merged.push(range.slice());
    });
    return merged;
  }

  /* A text as parts, those the query matched marked: [{text, mark}]. */
  function highlight(text, terms) {
    var parts = [];
    var at = 0;
    ranges(text, terms).forEach(function (range) {
      if (range[0] > at) parts.push({ text: text.slice(at, range[0]), mark: false });
      parts.push({ text: text.slice(range[0], range[1]), mark: true });
      at = range[1];
    });
    if (at < text.length) parts.push({ text: text.slice(at), mark: false });
    return parts;
  }

  /* About 120 characters of the text around the first match, or its start when only the title matched. */
  function snippet(text, terms) {
    var found = ranges(text, terms);
    var start = found.length ? Math.max(0, found[0][0] - 30) : 0;
    var end = Math.min(text.length, start + 120);
    var parts = highlight(text.slice(start, end), terms);
    if (start > 0) parts.unshift({ text: '…', mark: false });
    if (end < text.length) parts.push({ text: '…', mark: false });
    return parts;
  }

  /* The browser's side: reads the query from the address (?q=…&scope=…&site=…&column=…&year=…&page=…), fills the
     form and filters, and shows the results; the form itself is a plain GET form, so every search is a link. */
  function start(doc, location) {
    var holder = doc.querySelector('[data-search]');
    if (!holder) return;
    var params = new URLSearchParams(location.search);
    var query = params.get('q') || '';
    var scope = params.get('scope') === 'group' && holder.dataset.groupIndex ? 'group' : 'site';
    var folder = new URL(scope === 'group' ? holder.dataset.groupIndex : holder.dataset.siteIndex, location.href);
    var siteRoot = new URL('../', location.href);
    var status = doc.querySelector('[data-search-status]');
    var form = doc.querySelector('[data-search-form]');
    form.elements.q.value = query;
    if (form.elements.scope) form.elements.scope.value = scope;
    var fetchJSON = function (url) {
      return fetch(url).then(function (response) {
        if (!response.ok) throw new Error(response.status + ' ' + url);
        return response.json();
      });
    };
    var index = new Index(function (path) { return fetchJSON(new URL(path, folder)); });
    var options = { site: params.get('site') || '', column: params.get('column') || '', year: params.get('year') || '',
                    page: parseInt(params.get('page') || '1', 10) || 1 };
    Promise.all([index.manifest(), fetchJSON(new URL(holder.dataset.table, location.href))]).then(function (loaded) {
      fillFilters(doc, form, loaded[0], options, scope);
      if (!query.trim()) {
        status.textContent = '请输入要搜索的内容。';
        return null;
      }
      status.textContent = '正在搜索……';
      options.table = loaded[1];
      return run(index, query, options).then(function (found) { show(doc, found, query, params, siteRoot, location); });
    }).catch(function () {
      status.textContent = '搜索暂时无法使用，请稍后再试，或在信息公开目录和网站地图中查找。';
    });
  }

  function option(doc, value, text, selected) {
    var element = doc.createElement('option');
    element.value = value;
    element.textContent = text;
    element.selected = selected;
    return element;
  }

  function fillFilters(doc, form, manifest, options, scope) {
    var group = scope === 'group';
    var siteSelect = form.elements.site;
    siteSelect.hidden = !group;
    doc.querySelector('label[for="search-site"]').hidden = !group;
    if (group) {
      manifest.sites.forEach(function (site, i) { siteSelect.appendChild(option(doc, String(i), site.name, options.site === String(i))); });
    } else {
      options.site = '';
    }
    manifest.columns.forEach(function (column, i) {
      var name = group ? manifest.sites[column.site].name + ' · ' + column.title : column.title;
      form.elements.column.appendChild(option(doc, String(i), name, options.column === String(i)));
    });
    manifest.years.slice().reverse().forEach(function (entry) {
      form.elements.year.appendChild(option(doc, String(entry.year), entry.year + '年', options.year === String(entry.year)));
    });
    doc.querySelector('[data-search-filters]').hidden = false;
  }

  function appendParts(doc, element, parts) {
    parts.forEach(function (part) {
      if (part.mark) {
        var mark = doc.createElement('mark');
        mark.textContent = part.text;
        element.appendChild(mark);
      } else {
        element.appendChild(doc.createTextNode(part.text));
      }
    });
  }

  function show(doc, found, query, params, siteRoot, location) {
    var status = doc.querySelector('[data-search-status]');
    var list = doc.querySelector('[data-search-results]');
    status.textContent = found.total
      ? '找到' + (found.approximate ? '约 ' : ' ') + found.total + ' 条与“' + query + '”相关的信息' + (found.pages > 1 ? '，第 ' + found.page + '/' + found.pages + ' 页' : '') + '。'
      : '没有找到与“' + query + '”相关的信息。请换一个词，或去掉筛选条件。';
    found.results.forEach(function (result) {
      var item = doc.createElement('li');
      var heading = doc.createElement('h2');
      var link = doc.createElement('a');
      link.href = new URL(result.url, siteRoot).href;
      appendParts(doc, link, result.title);
      heading.appendChild(link);
      var text = doc.createElement('p');
      text.className = 'search-snippet';
      appendParts(doc, text, result.snippet);
      var meta = doc.createElement('p');
      meta.className = 'search-meta';
      meta.textContent = [result.site, result.column, result.date].filter(Boolean).join(' · ');
      item.append(heading, text, meta);
      list.appendChild(item);
    });
    var nav = doc.querySelector('[data-search-pages]');
    if (found.pages > 1) {
      var pages = doc.createElement('ul');
      for (var n = 1; n <= found.pages; n++) {
        var entry = doc.createElement('li');
        var target = new URLSearchParams(params);
        target.set('page', String(n));
        var link = doc.createElement('a');
        link.href = location.pathname + '?' + target.toString();
        link.textContent = String(n);
        if (n === found.page) link.setAttribute('aria-current', 'page');
        entry.appendChild(link);
        pages.appendChild(entry);
      }
      nav.appendChild(pages);
      nav.hidden = false;
    }
  }

  return { fold: fold, parseQuery: parseQuery, grams: grams, shardOf: shardOf, variants: variants, Index: Index, run: run, start: start };
});
