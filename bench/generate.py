#!/usr/bin/env python3
"""Writes a large, deterministic site group for benchmarks, and the equivalent Hugo project.

The prose comes from the sample group's own documents (sites/**), shuffled with a fixed seed, so a
corpus is realistic Chinese government text and the same parameters always give the same bytes.

    bench/generate.py --documents 10000 --sites 4 --columns 5 --out /tmp/corpus

writes /tmp/corpus/sitegroup (a site group) and /tmp/corpus/hugo (a Hugo project with list pages
paginated like sitegroup's, article pages and RSS).
"""
import argparse
import os
import random
import re
import shutil

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ["news", "notice", "policy", "interaction", "info"]
TITLES = ["关于做好{}工作的通知", "{}工作推进会召开", "关于进一步加强{}的意见", "{}情况的答复", "{}工作要点"]
TOPICS = ["政务公开", "电子政务", "林业", "统计", "城市规划", "社会保障", "应急管理", "行政审批", "信息报送", "网站建设"]


def corpus():
    paragraphs = []
    for folder, _, files in os.walk(os.path.join(REPO, "sites")):
        for name in sorted(files):
            if not name.endswith(".md") or "/content/" not in folder + "/":
                continue
            text = open(os.path.join(folder, name), encoding="utf-8").read().split("\n---\n", 1)[-1]
            paragraphs += [p.strip() for p in text.split("\n\n") if len(p.strip()) > 40 and not p.startswith("|") and "](" not in p]
    return sorted(set(paragraphs))


def front_matter(title, date, disclosure):
    lines = ["---", f"title: {title}", f"date: {date}"]
    if disclosure:
        lines += [f"summary: {title}的主要内容。", "disclosure:", f"  index_no: {disclosure}",
                  f"  written: {date[:10]}", "  topic: 综合政务\\政务公开", "  genre: 通知", "  validity: 有效"]
    return "\n".join(lines + ["---", ""])


def document_body(rng, paragraphs, link):
    chosen = rng.sample(paragraphs, 3)
    table = "| 指标 | 本期 | 同比（%） |\n| --- | ---: | ---: |\n" + "".join(
        f"| 指标{i} | {rng.randint(10, 9999)} | {rng.randint(-50, 150) / 10} |\n" for i in range(1, 4))
    return "\n\n".join([chosen[0], "## 主要情况", chosen[1], table, chosen[2], f"相关文件：[上一篇]({link})。"]) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=10000)
    parser.add_argument("--sites", type=int, default=4)
    parser.add_argument("--columns", type=int, default=5)
    parser.add_argument("--page-size", type=int, default=20)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    paragraphs = corpus()
    group, hugo = os.path.join(args.out, "sitegroup"), os.path.join(args.out, "hugo")
    shutil.rmtree(args.out, ignore_errors=True)
    shutil.copytree(os.path.join(REPO, "themes"), os.path.join(group, "themes"))
    with open(os.path.join(group, "sitegroup.yaml"), "w", encoding="utf-8") as f:
        f.write("name: 基准测试网站群\nportal: site0\ntimezone: Asia/Shanghai\nlanguage: zh-CN\n")
    write_hugo_project(hugo, args)

    per_column = args.documents // (args.sites * args.columns)
    for s in range(args.sites):
        site = f"site{s}"
        columns = [(f"col{c}", f"栏目{c}", KINDS[c % len(KINDS)]) for c in range(args.columns)]
        os.makedirs(os.path.join(group, "sites", site), exist_ok=True)
        with open(os.path.join(group, "sites", site, "site.yaml"), "w", encoding="utf-8") as f:
            f.write(f"name: 示例市第{s}部门\nbase_url: https://site{s}.example.gov.cn/\ntheme: default\n"
                    f"identity: {{ sponsor: 示例市第{s}部门, site_code: \"50010{s:05d}\", icp: 渝ICP备{s:08d}号, "
                    f"police: 渝公网安备 500103020{s:05d}号, contact: 023-{s:08d} }}\ncolumns:\n")
            for column, title, kind in columns:
                f.write(f"  - {{ id: {column}, title: {title}, kind: {kind}, page_size: {args.page_size} }}\n")
        for column_index, (column, title, kind) in enumerate(columns):
            folders = [os.path.join(group, "sites", site, "content", column), os.path.join(hugo, "content", site, column)]
            for folder in folders:
                os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folders[1], "_index.md"), "w", encoding="utf-8") as f:
                f.write(f"---\ntitle: {title}\n---\n")
            for d in range(per_column):
                day = 1 + d % 28
                month = 1 + (d // 28) % 12
                year = 2025 - d // 336  # all in the past, so every document is published whenever the bench runs
                date = f"{year}-{month:02d}-{day:02d} {8 + d % 10:02d}:{d % 60:02d}"
                title_text = TITLES[d % len(TITLES)].format(TOPICS[(d + s) % len(TOPICS)]) + f"（{s}-{column}-{d}）"
                disclosure = f"{s:04d}{column_index:03d}BENCH/{year}-{d % 100000:05d}" if kind == "policy" else ""
                body = document_body(rng, paragraphs, f"d{(d + 1) % per_column}.md")
                text = front_matter(title_text, date, disclosure) + "\n" + body
                with open(os.path.join(folders[0], f"d{d}.md"), "w", encoding="utf-8") as f:
                    f.write(text)
                with open(os.path.join(folders[1], f"d{d}.md"), "w", encoding="utf-8") as f:
                    f.write(front_matter(title_text, date.replace(" ", "T") + ":00+08:00", "") + "\n"
                            + re.sub(r"\]\(d(\d+)\.md\)", r"](../d\1/)", body))
    print(f"wrote {per_column * args.sites * args.columns} documents to {group} and {hugo}")


def write_hugo_project(hugo, args):
    """A Hugo project doing comparable work: paginated lists, article pages with the same chrome, RSS."""
    layouts = os.path.join(hugo, "layouts", "_default")
    os.makedirs(layouts, exist_ok=True)
    # Feeds as long as sitegroup's (feed_length, 50 by default). Hugo 0.128 and later read the page size and the
    # feed length under new names, so they get their own file (`hugo --config config-0.128.toml`).
    common = ('baseURL = "https://www.example.gov.cn/"\nlanguageCode = "zh-CN"\ntitle = "基准测试网站群"\n'
              'disableKinds = ["taxonomy", "term"]\n')
    tables = '[markup.goldmark.renderer]\n  unsafe = false\n[outputs]\n  section = ["HTML", "RSS"]\n'
    with open(os.path.join(hugo, "config.toml"), "w", encoding="utf-8") as f:
        f.write(common + f"paginate = {args.page_size}\nrssLimit = 50\n" + tables)
    with open(os.path.join(hugo, "config-0.128.toml"), "w", encoding="utf-8") as f:
        f.write(common + tables + f"[pagination]\n  pagerSize = {args.page_size}\n[services.rss]\n  limit = 50\n")
    chrome_head = ('<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>{{ .Title }} - {{ .Site.Title }}</title>\n'
                   '<meta name="SiteName" content="{{ .Site.Title }}">\n<link rel="stylesheet" href="/css/site.css">\n</head>\n<body>\n'
                   '<nav><ul>{{ range .Site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>\n<main>\n')
    chrome_foot = '</main>\n<footer>主办单位：示例市人民政府办公室 网站标识码：5001000001</footer>\n</body>\n</html>\n'
    with open(os.path.join(layouts, "baseof.html"), "w", encoding="utf-8") as f:
        f.write(chrome_head + '{{ block "main" . }}{{ end }}' + chrome_foot)
    with open(os.path.join(layouts, "list.html"), "w", encoding="utf-8") as f:
        f.write('{{ define "main" }}<h1>{{ .Title }}</h1>\n<ul>{{ range .Paginator.Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>'
                '<time>{{ .Date.Format "2006-01-02" }}</time></li>{{ end }}</ul>\n{{ template "_internal/pagination.html" . }}{{ end }}\n')
    with open(os.path.join(layouts, "single.html"), "w", encoding="utf-8") as f:
        f.write('{{ define "main" }}<article><h1>{{ .Title }}</h1><p>发布日期：{{ .Date.Format "2006-01-02 15:04" }}</p>'
                '{{ .Content }}</article>{{ end }}\n')
    with open(os.path.join(layouts, "index.html"), "w", encoding="utf-8") as f:
        f.write('{{ define "main" }}{{ range .Site.Sections }}<section><h2>{{ .Title }}</h2><ul>{{ range first 8 .Pages }}'
                '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></section>{{ end }}{{ end }}\n')
    os.makedirs(os.path.join(hugo, "static", "css"), exist_ok=True)
    shutil.copy(os.path.join(REPO, "themes", "default", "assets", "css", "site.css"), os.path.join(hugo, "static", "css", "site.css"))


if __name__ == "__main__":
    main()
