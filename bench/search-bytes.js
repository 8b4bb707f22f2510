// What each query downloads from an index with the real search client: bytes of every file it fetched (shards,
// chunks of the results shown, the manifest), uncompressed and gzipped, and how long the query took in Node.
// Usage: node bench/search-bytes.js INDEX-FOLDER ...
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const search = require('../themes/default/assets/js/search.js');

const queries = ['的', '林', '统', '数据', '工作', '公开', '森林', '网站', '统计', '政府',
  '森林防火', '集约化', '信息公开', '统计 数据 发布', '"政务公开"', '2026年', '〔2026〕', '統計'];

(async () => {
  for (const folder of process.argv.slice(2)) {
    const table = JSON.parse(fs.readFileSync(path.join(folder, '..', 't2s.json')));
    let worstShort = 0;
    for (const query of queries) {
      const fetched = new Map();
      const index = new search.Index(async (file) => {
        const data = fs.readFileSync(path.join(folder, file));
        fetched.set(file, data);
        return JSON.parse(data);
      });
      const started = process.hrtime.bigint();
      const found = await search.run(index, query, { table });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const bytes = [...fetched.values()].reduce((sum, data) => sum + data.length, 0);
      const gzipped = [...fetched.values()].reduce((sum, data) => sum + zlib.gzipSync(data).length, 0);
      if (Array.from(query).length <= 2) worstShort = Math.max(worstShort, bytes);
      console.log(`${path.basename(path.dirname(path.dirname(folder)))}/${path.basename(folder)} ${query}: ${found.total} found, ` +
        `${fetched.size} files, ${(bytes / 1024).toFixed(0)} KB (${(gzipped / 1024).toFixed(0)} KB gzip), ${ms.toFixed(0)} ms`);
    }
    console.log(`${folder}: largest download of a one- or two-character query: ${(worstShort / 1024).toFixed(0)} KB (+ t2s.json ${(fs.statSync(path.join(folder, '..', 't2s.json')).size / 1024).toFixed(0)} KB)`);
  }
})();
