/// Every rule sitegroup reports by, and the one registry of what each means: its code, the severity it has unless
/// `check: severity:` says otherwise, what it finds and what to do, in both languages. A diagnostic is made from a
/// rule (`Diagnostic(.linkBroken, at: …)`), so a code that is not registered here cannot be reported.
///
/// To add a rule: add its case, and its entry in `entry` below; the README's table of rules must list it too
/// (a test compares them).
public enum Rule: String, CaseIterable, Sendable, Hashable {
    case checkInvalid = "check.invalid"
    case checkInvalidSeverity = "check.invalid-severity"
    case checkUnknownKey = "check.unknown-key"
    case checkUnknownRule = "check.unknown-rule"
    case columnDuplicateId = "column.duplicate-id"
    case columnEmpty = "column.empty"
    case columnInvalid = "column.invalid"
    case columnInvalidId = "column.invalid-id"
    case columnMissingId = "column.missing-id"
    case columnMissingKind = "column.missing-kind"
    case columnMissingTitle = "column.missing-title"
    case columnReservedId = "column.reserved-id"
    case columnStale = "column.stale"
    case columnStaleSoon = "column.stale-soon"
    case columnUnknownKey = "column.unknown-key"
    case columnUnknownKind = "column.unknown-kind"
    case contentHeadingLevel = "content.heading-level"
    case contentImageAlt = "content.image-alt"
    case contentLinkText = "content.link-text"
    case contentTableHeader = "content.table-header"
    case disclosureDuplicateIndex = "disclosure.duplicate-index"
    case disclosureInvalid = "disclosure.invalid"
    case disclosureInvalidIndex = "disclosure.invalid-index"
    case disclosureMissingIndex = "disclosure.missing-index"
    case disclosureMissingSummary = "disclosure.missing-summary"
    case disclosureMissingWritten = "disclosure.missing-written"
    case disclosureUnknownGenre = "disclosure.unknown-genre"
    case disclosureUnknownKey = "disclosure.unknown-key"
    case disclosureUnknownTopic = "disclosure.unknown-topic"
    case disclosureUnknownValidity = "disclosure.unknown-validity"
    case disclosureWrittenAfterDate = "disclosure.written-after-date"
    case documentBackDated = "document.back-dated"
    case documentCaseCollision = "document.case-collision"
    case documentChangedDuringBuild = "document.changed-during-build"
    case documentDuplicateSlug = "document.duplicate-slug"
    case documentEncoding = "document.encoding"
    case documentInvalidSlug = "document.invalid-slug"
    case documentPrivateUseCharacter = "document.private-use-character"
    case documentReservedName = "document.reserved-name"
    case factsMissingBody = "facts.missing-body"
    case fileEncoding = "file.encoding"
    case fileUnreadable = "file.unreadable"
    case frontMatterInvalid = "front-matter.invalid"
    case frontMatterInvalidDate = "front-matter.invalid-date"
    case frontMatterMissing = "front-matter.missing"
    case frontMatterMissingDate = "front-matter.missing-date"
    case frontMatterMissingTitle = "front-matter.missing-title"
    case frontMatterSyntax = "front-matter.syntax"
    case frontMatterUnclosed = "front-matter.unclosed"
    case groupInvalid = "group.invalid"
    case groupInvalidIndexPattern = "group.invalid-index-pattern"
    case groupInvalidTimezone = "group.invalid-timezone"
    case groupMissingName = "group.missing-name"
    case groupMissingPortal = "group.missing-portal"
    case groupSyntax = "group.syntax"
    case groupUnknownKey = "group.unknown-key"
    case groupUnknownPortal = "group.unknown-portal"
    case homeInvalid = "home.invalid"
    case homeStale = "home.stale"
    case homeStaleSoon = "home.stale-soon"
    case homeUnknownColumn = "home.unknown-column"
    case homeUnknownKey = "home.unknown-key"
    case homeUnknownKind = "home.unknown-kind"
    case identityFooter = "identity.footer"
    case identityInvalid = "identity.invalid"
    case identityInvalidSiteCode = "identity.invalid-site-code"
    case identityMissing = "identity.missing"
    case identityUnknownKey = "identity.unknown-key"
    case imageMissingAlt = "image.missing-alt"
    case imageUnknownKey = "image.unknown-key"
    case interactionUnanswered = "interaction.unanswered"
    case letterInvalid = "letter.invalid"
    case letterUnknownKey = "letter.unknown-key"
    case linkBroken = "link.broken"
    case linkExpired = "link.expired"
    case linkExternalDead = "link.external-dead"
    case linkExternalMoved = "link.external-moved"
    case linkOutsideGroup = "link.outside-group"
    case linkPageNotMade = "link.page-not-made"
    case linkRetracted = "link.retracted"
    case linkScheduled = "link.scheduled"
    case linkUnpublished = "link.unpublished"
    case originInvalid = "origin.invalid"
    case originUnknownKey = "origin.unknown-key"
    case originUnsafeURL = "origin.unsafe-url"
    case pageReservedSlug = "page.reserved-slug"
    case policyInterpretation = "policy.interpretation"
    case privacyPersonalData = "privacy.personal-data"
    case reportInvalid = "report.invalid"
    case reportInvalidName = "report.invalid-name"
    case reportSyntax = "report.syntax"
    case reportUnknownKey = "report.unknown-key"
    case secrecyLinkToNonPublic = "secrecy.link-to-non-public"
    case secrecyNotPublished = "secrecy.not-published"
    case secrecySensitiveWord = "secrecy.sensitive-word"
    case siteDocumentOutsideColumn = "site.document-outside-column"
    case siteEmptyColumns = "site.empty-columns"
    case siteFileNotPublished = "site.file-not-published"
    case siteInvalid = "site.invalid"
    case siteInvalidBaseURL = "site.invalid-base-url"
    case siteInvalidId = "site.invalid-id"
    case siteMissingBaseURL = "site.missing-base-url"
    case siteMissingConfig = "site.missing-config"
    case siteMissingName = "site.missing-name"
    case siteSyntax = "site.syntax"
    case siteUndeclaredColumn = "site.undeclared-column"
    case siteUnknownKey = "site.unknown-key"
    case siteUnknownNavColumn = "site.unknown-nav-column"
    case siteUnknownTheme = "site.unknown-theme"
    case syncConflict = "sync.conflict"
    case syncDuplicateName = "sync.duplicate-name"
    case syncInvalid = "sync.invalid"
    case syncSameSite = "sync.same-site"
    case syncUnknownColumn = "sync.unknown-column"
    case syncUnknownKey = "sync.unknown-key"
    case syncUnknownSite = "sync.unknown-site"
    case templateEncoding = "template.encoding"
    case templateMissing = "template.missing"
    case templateSyntax = "template.syntax"
    case templateUnknownName = "template.unknown-name"
    case templateUnknownPartial = "template.unknown-partial"
    case templateUnreadable = "template.unreadable"
    case themeCycle = "theme.cycle"
    case themeInvalid = "theme.invalid"
    case themeSyntax = "theme.syntax"
    case themeUnknownKey = "theme.unknown-key"
    case themeUnknownParent = "theme.unknown-parent"

    /// What one rule means.
    public struct Entry: Sendable, Hashable {
        public let severity: Severity
        /// The severity `sitegroup check` gives it when it judges a site more strictly than a build needs to.
        public let checkSeverity: Severity
        /// What the rule finds.
        public let about: Wording
        /// What to do, when a diagnostic does not say more precisely.
        public let fix: Wording

        init(_ severity: Severity, _ english: String, _ chinese: String, fix englishFix: String, _ chineseFix: String, check: Severity? = nil) {
            self.severity = severity
            self.checkSeverity = check ?? severity
            self.about = Wording(english, chinese)
            self.fix = Wording(englishFix, chineseFix)
        }
    }

    public var code: String { rawValue }
    public var severity: Severity { entry.severity }
}

extension Rule {
    // One entry per rule. Wording: what the rule finds, then what to do.
    public var entry: Entry {
        switch self {
        case .checkInvalid: Entry(.error, "a `check:` setting has a value of the wrong kind", "`check:` 中的设置值类型不对", fix: "write it as the README's example shows", "请按 README 中的示例填写")
        case .checkInvalidSeverity: Entry(.error, "a severity in `check: severity:` is neither error nor warning", "`check: severity:` 中的级别不是 error 或 warning", fix: "write `error` or `warning`", "请填写 `error` 或 `warning`")
        case .checkUnknownKey: Entry(.warning, "a `check:` setting sitegroup does not know", "`check:` 中有无法识别的设置", fix: "use one of the settings the README lists", "请使用 README 中列出的设置")
        case .checkUnknownRule: Entry(.error, "`check: severity:` names a rule that does not exist", "`check: severity:` 中的规则不存在", fix: "use a rule of the README's table of rules", "请使用 README 规则表中的规则")
        case .columnDuplicateId: Entry(.error, "two columns of a site have the same id", "同一网站的两个栏目 id 相同", fix: "give each column its own id", "请为每个栏目设置不同的 id")
        case .columnEmpty: Entry(.warning, "a column with no published document (空白栏目)", "栏目没有已发布的信息（空白栏目）", fix: "publish in it, or remove it", "请发布信息，或撤销该栏目")
        case .columnInvalid: Entry(.error, "a column's entry in site.yaml has a value of the wrong kind", "site.yaml 中栏目的设置值类型不对", fix: "write it as `{ id: news, title: 工作动态, kind: news }`", "请写成 `{ id: news, title: 工作动态, kind: news }`")
        case .columnInvalidId: Entry(.error, "a column id that cannot be used in a web address", "栏目 id 不能用作网址", fix: "use a-z, 0-9, '-' and '_' only", "只用 a-z、0-9、“-”和“_”")
        case .columnMissingId: Entry(.error, "a column without `id`", "栏目缺少 `id`", fix: "add `id: news`", "请添加 `id: news`")
        case .columnMissingKind: Entry(.error, "a column without `kind`", "栏目缺少 `kind`", fix: "add `kind: news`", "请添加 `kind: news`")
        case .columnMissingTitle: Entry(.error, "a column without `title`", "栏目缺少 `title`", fix: "add `title: 工作动态`", "请添加 `title: 工作动态`")
        case .columnReservedId: Entry(.error, "a column id taken by sitegroup's own pages", "栏目 id 已被 sitegroup 自身的页面占用", fix: "choose another id", "请换一个 id")
        case .columnStale: Entry(.warning, "a column without a new document for its kind's limit: `news` 14 days, `notice` and `policy` 180, `info`, `service` and `interaction` 365", "栏目超过其类型的期限未更新", fix: "publish a current document in it", "请发布新的信息")
        case .columnStaleSoon: Entry(.warning, "a news column without a new document for over 10 days, before `column.stale` after 14", "动态类栏目超过 10 天未更新（超过 14 天即为 `column.stale`）", fix: "publish a current document in it this week", "请在本周内发布新的信息")
        case .columnUnknownKey: Entry(.warning, "a column setting sitegroup does not know", "栏目中有无法识别的设置", fix: "use one of the column settings the README lists", "请使用 README 中列出的栏目设置")
        case .columnUnknownKind: Entry(.error, "a column kind sitegroup does not know", "栏目类型无法识别", fix: "use news, notice, policy, interaction, service, info or page", "请使用 news、notice、policy、interaction、service、info 或 page")
        case .contentHeadingLevel: Entry(.warning, "headings that skip levels, or a `#` heading in the body", "标题层级跳级，或正文中使用了一级标题", fix: "start sections with ## and go one level at a time", "章节标题用 ## 开头，逐级使用")
        case .contentImageAlt: Entry(.warning, "images without alt text", "图片缺少替代文字", fix: "describe the image between the brackets", "在方括号中写明图片内容")
        case .contentLinkText: Entry(.warning, "links whose text is only “点击这里”/“click here”", "链接文字仅为“点击这里”等", fix: "use the title of what it links to", "请用链接目标的标题作为链接文字")
        case .contentTableHeader: Entry(.warning, "tables with an empty header row", "表格的表头行为空", fix: "name each column in the first row", "请在第一行写明各列名称")
        case .disclosureDuplicateIndex: Entry(.error, "a 索引号 used twice in the group", "索引号在网站群中重复", fix: "give the document the next free number", "请编写未用的序号")
        case .disclosureInvalid: Entry(.error, "a `disclosure:` field has a value of the wrong kind", "`disclosure:` 中的字段值类型不对", fix: "write each field as text", "请用文字填写各字段")
        case .disclosureInvalidIndex: Entry(.error, "a 索引号 that does not follow the group's `index_pattern`", "索引号不符合网站群规定的格式", fix: "write it like 000014349/2017-00110", "写成 000014349/2017-00110 的形式")
        case .disclosureMissingIndex: Entry(.error, "a disclosed document without `index_no` (索引号)", "公开目录中的文件缺少索引号", fix: "add `index_no:` under `disclosure:`", "在 `disclosure:` 下添加 `index_no:`")
        case .disclosureMissingSummary: Entry(.error, "a disclosed document without `summary` (内容概述)", "公开目录中的文件缺少内容概述", fix: "add `summary:`", "请添加 `summary:`")
        case .disclosureMissingWritten: Entry(.error, "a disclosed document without `written` (成文日期)", "公开目录中的文件缺少成文日期", fix: "add `written:` under `disclosure:`", "在 `disclosure:` 下添加 `written:`")
        case .disclosureUnknownGenre: Entry(.error, "a 体裁 that is not a statutory document type", "体裁不是法定公文文种", fix: "use one of the 15 statutory types or 其他", "请使用 15 种法定文种之一或“其他”")
        case .disclosureUnknownKey: Entry(.warning, "a `disclosure:` field sitegroup does not know", "`disclosure:` 中有无法识别的字段", fix: "use the fields the README lists", "请使用 README 中列出的字段")
        case .disclosureUnknownTopic: Entry(.error, "a 主题分类 outside the national and configured vocabulary", "主题分类不在分类表中", fix: "use a 大类\\小类 of the vocabulary, or add it to `topics`", "请使用分类表中的“大类\\小类”，或将其加入 `topics`")
        case .disclosureUnknownValidity: Entry(.error, "a 有效性 other than 有效, 失效 or 废止", "有效性不是有效、失效或废止", fix: "write 有效, 失效 or 废止", "请填写有效、失效或废止")
        case .disclosureWrittenAfterDate: Entry(.error, "a 成文日期 later than the publication date", "成文日期晚于发布日期", fix: "check both dates", "请核对两个日期")
        case .documentBackDated: Entry(.error, "a document dated more than 3 days before the commit that added it (伪造发稿日期)", "文件日期早于其加入仓库的提交 3 天以上（伪造发稿日期）", fix: "date it on the day it is published", "请按实际发布日期填写 `date`")
        case .documentCaseCollision: Entry(.error, "two files whose names differ only in capitals, one file on Windows and macOS", "两个文件名仅大小写不同，在 Windows 和 macOS 上是同一个文件", fix: "rename one, using only a-z, 0-9, '-' and '_'", "请重命名其中一个，只用 a-z、0-9、“-”和“_”")
        case .documentChangedDuringBuild: Entry(.error, "a file saved, replaced or removed while the build read it", "构建读取期间文件被修改、替换或删除", fix: "run the build again once the file is saved", "请在文件保存完毕后重新构建")
        case .documentDuplicateSlug: Entry(.error, "two documents of a column with the same slug", "同一栏目中两个文件的 slug 相同", fix: "rename one, or give it another `slug:`", "请重命名其中一个，或设置其他 `slug:`")
        case .documentEncoding: Entry(.error, "a document that is not UTF-8 text", "文件不是 UTF-8 编码", fix: "save it as UTF-8", "请另存为 UTF-8 编码")
        case .documentInvalidSlug: Entry(.error, "a slug that cannot be used in a web address", "slug 不能用作网址", fix: "use a-z, 0-9, '-' and '_' only", "只用 a-z、0-9、“-”和“_”")
        case .documentPrivateUseCharacter: Entry(.warning, "a private-use character that shows as a box in browsers", "私用区字符在浏览器中显示为方框", fix: "replace it with the standard character", "请换成标准字符")
        case .documentReservedName: Entry(.error, "a file name or slug that is a device name on Windows (CON, NUL …)", "文件名或 slug 是 Windows 的设备名（CON、NUL 等）", fix: "use the name proposed", "请使用建议的名称")
        case .factsMissingBody: Entry(.error, "a document shown in full whose site's facts lack its body (`build --facts`)", "构建要完整显示的文档，其网站的事实文件中没有正文", fix: "run `sitegroup facts` with the build's --now", "请用构建的 --now 重新运行 `sitegroup facts`")
        case .fileEncoding: Entry(.error, "a configuration file that is not UTF-8 text", "配置文件不是 UTF-8 编码", fix: "save it as UTF-8", "请另存为 UTF-8 编码")
        case .fileUnreadable: Entry(.error, "a file of the group that cannot be read", "网站群中的文件无法读取", fix: "check the file's permissions and that it is a file", "请检查文件权限，并确认它是文件")
        case .frontMatterInvalid: Entry(.error, "a front-matter field with a value of the wrong kind", "前置信息字段的值类型不对", fix: "write it as the README's example shows", "请按 README 中的示例填写")
        case .frontMatterInvalidDate: Entry(.error, "a date that is not written like 2024-05-01", "日期不是 2024-05-01 的形式", fix: "write the date with digits as year-month-day", "用数字按“年-月-日”填写日期")
        case .frontMatterMissing: Entry(.error, "a document without front matter", "文件缺少前置信息", fix: "start the file with `---`, `title:`, `date:` and `---`", "文件以 `---`、`title:`、`date:`、`---` 开头")
        case .frontMatterMissingDate: Entry(.error, "a document without `date`", "文件缺少 `date`", fix: "add `date: 2024-05-01`", "请添加 `date: 2024-05-01`")
        case .frontMatterMissingTitle: Entry(.error, "a document without `title`", "文件缺少 `title`", fix: "add `title:`", "请添加 `title:`")
        case .frontMatterSyntax: Entry(.error, "front matter that is not valid YAML", "前置信息不是有效的 YAML", fix: "check the indentation and quoting on that line", "请检查该行的缩进和引号")
        case .frontMatterUnclosed: Entry(.error, "front matter without its closing `---`", "前置信息缺少结尾的 `---`", fix: "add a `---` line after the front matter", "在前置信息后添加 `---` 行")
        case .groupInvalid: Entry(.error, "a setting of sitegroup.yaml with a value of the wrong kind", "sitegroup.yaml 中的设置值类型不对", fix: "write it as the README's example shows", "请按 README 中的示例填写")
        case .groupInvalidIndexPattern: Entry(.error, "an `index_pattern` that is not a regular expression", "`index_pattern` 不是有效的正则表达式", fix: "write it in single quotes, like the default", "参照默认值书写，并加单引号")
        case .groupInvalidTimezone: Entry(.error, "a time zone that does not exist", "时区不存在", fix: "write one such as Asia/Shanghai", "请填写 Asia/Shanghai 这样的时区")
        case .groupMissingName: Entry(.error, "sitegroup.yaml without `name`", "sitegroup.yaml 缺少 `name`", fix: "add `name:`", "请添加 `name:`")
        case .groupMissingPortal: Entry(.error, "sitegroup.yaml without `portal`", "sitegroup.yaml 缺少 `portal`", fix: "add `portal:` with the portal's folder name", "请添加 `portal:`，填写门户网站的文件夹名")
        case .groupSyntax: Entry(.error, "sitegroup.yaml that is not valid YAML", "sitegroup.yaml 不是有效的 YAML", fix: "check the indentation and quoting on that line", "请检查该行的缩进和引号")
        case .groupUnknownKey: Entry(.warning, "a setting of sitegroup.yaml sitegroup does not know", "sitegroup.yaml 中有无法识别的设置", fix: "use the settings the README lists", "请使用 README 中列出的设置")
        case .groupUnknownPortal: Entry(.error, "a `portal` that is not a folder of sites/", "`portal` 不是 sites/ 中的文件夹", fix: "name a folder of sites/", "请填写 sites/ 中的文件夹名")
        case .homeInvalid: Entry(.error, "a block of `home:` in site.yaml with a missing setting or a value of the wrong kind", "site.yaml 中 `home:` 的区块缺少设置或设置值类型不对", fix: "write it as the README's example of a home page shows", "请按 README 中首页配置的示例填写")
        case .homeStale: Entry(.error, "the menu columns have had no new item for 14 days (单项否决)", "首页栏目 14 天未更新（单项否决）", fix: "publish a current document in a menu column", "请在首页栏目中发布新的信息")
        case .homeStaleSoon: Entry(.warning, "the menu columns have had no new item for over 10 days, before `home.stale` after 14", "首页栏目超过 10 天未更新（超过 14 天即为单项否决 `home.stale`）", fix: "publish a current document in a menu column this week", "请在本周内于首页栏目中发布新的信息")
        case .homeUnknownColumn: Entry(.error, "a block of `home:` names a column the site does not declare", "`home:` 的区块中的栏目未声明", fix: "name a column declared under `columns:`", "请填写 `columns:` 下已声明的栏目")
        case .homeUnknownKey: Entry(.warning, "a setting of a `home:` block that its kind does not read", "`home:` 的区块中有该类型无法识别的设置", fix: "use the settings the README lists for that kind", "请使用 README 中为该类型列出的设置")
        case .homeUnknownKind: Entry(.error, "a block of `home:` whose `kind` sitegroup does not know", "`home:` 的区块类型无法识别", fix: "use lead, pictures, columns, policy, services, interaction, banners or departments", "请使用 lead、pictures、columns、policy、services、interaction、banners 或 departments")
        case .identityFooter: Entry(.error, "rendered pages that do not show an identity element, 网站地图 or 我为政府网站找错", "页面未展示标识信息、网站地图或“我为政府网站找错”", fix: "keep them in the footer template of every page", "请在所有页面的页脚模板中保留")
        case .identityInvalid: Entry(.error, "an `identity:` field with a value of the wrong kind", "`identity:` 中的字段值类型不对", fix: "write each field as text", "请用文字填写各字段")
        case .identityInvalidSiteCode: Entry(.error, "a 网站标识码 that is not 10 digits or bm + 8 digits", "网站标识码不是 10 位数字或 bm 加 8 位数字", fix: "copy it from the site's registration, in quotes", "按网站登记信息填写，并加引号")
        case .identityMissing: Entry(.warning, "a footer element missing from `site.yaml`", "site.yaml 缺少页面底部的标识信息（`check` 中为错误）", fix: "add it under `identity:`", "在 `identity:` 下添加", check: .error)
        case .identityUnknownKey: Entry(.warning, "an `identity:` field sitegroup does not know", "`identity:` 中有无法识别的字段", fix: "use the fields the README lists", "请使用 README 中列出的字段")
        case .imageMissingAlt: Entry(.error, "an `image:` (a document's picture or a home banner's) without alt text", "`image:`（文件的图片或首页专栏图片）缺少替代文字", fix: "describe what the picture shows under `alt:`", "请在 `alt:` 中写明图片内容")
        case .imageUnknownKey: Entry(.warning, "an `image:` field sitegroup does not know", "`image:` 中有无法识别的字段", fix: "use `src`, `alt` and `caption`", "请使用 `src`、`alt` 和 `caption`")
        case .interactionUnanswered: Entry(.error, "an interaction item older than 90 days with no `replied:` date", "留言超过 90 天未答复（无 `replied:`）", fix: "publish the reply and add `replied:`", "公开答复后添加 `replied:`")
        case .letterInvalid: Entry(.error, "a `letter:` field with a value of the wrong kind", "`letter:` 中的字段值类型不对", fix: "write each field as text, `received` as a date", "请用文字填写各字段，`received` 填写日期")
        case .letterUnknownKey: Entry(.warning, "a `letter:` field sitegroup does not know", "`letter:` 中有无法识别的字段", fix: "use received, from, content and office", "请使用 received、from、content 和 office")
        case .linkBroken: Entry(.error, "links and images that lead to no file, checked across sites", "链接或图片指向不存在的文件（跨网站检查）", fix: "check the path", "请核对路径")
        case .linkExpired: Entry(.warning, "a link to an expired document, shown as its text", "链接指向已过期的文件（只显示链接文字）", fix: "remove the link, or link to the document that replaces it", "请删除此链接，或改为链接替代它的文件")
        case .linkExternalDead: Entry(.warning, "with `check --external`, a link elsewhere on the web that no longer answers", "（`check --external`）外部链接已无法访问", fix: "correct the address, or remove the link", "请更正地址，或删除此链接")
        case .linkExternalMoved: Entry(.error, "with `check --external`, a link elsewhere on the web that now leads to another registered domain", "（`check --external`）外部链接现跳转到另一注册域名", fix: "check where it leads; remove the link if the domain has changed hands", "请核实跳转目标；如域名已易主，请删除此链接")
        case .linkOutsideGroup: Entry(.error, "relative links that climb out of the group", "相对链接指向网站群以外", fix: "link by a relative path within the group", "请用网站群内的相对路径链接")
        case .linkPageNotMade: Entry(.warning, "a link to a further list or catalog page that the documents published now do not fill, shown as its text", "链接指向当前已发布文件不足以生成的栏目或目录分页（只显示链接文字）", fix: "link to the first page of the list instead", "请改为链接栏目或目录的第一页")
        case .linkRetracted: Entry(.warning, "a link to a document its source has withdrawn, shown as its text", "链接指向已被来源网站撤回的文件（只显示链接文字）", fix: "remove the link", "请删除此链接")
        case .linkScheduled: Entry(.warning, "a link to a document dated later, shown as its text until that day", "链接指向定时发布的文件（发布前只显示链接文字）", fix: "nothing to do if that date is right; otherwise correct its date", "如发布日期无误则无需处理；否则请更正该文件的日期")
        case .linkUnpublished: Entry(.error, "links to a document that is not published", "链接指向未发布的文件", fix: "publish that document, or remove the link", "请发布该文件，或删除此链接")
        case .originInvalid: Entry(.error, "an `origin:` field with a value of the wrong kind", "`origin:` 中的字段值类型不对", fix: "let `sitegroup sync` write `origin:`", "`origin:` 应由 `sitegroup sync` 写入")
        case .originUnknownKey: Entry(.warning, "an `origin:` field sitegroup does not know", "`origin:` 中有无法识别的字段", fix: "let `sitegroup sync` write `origin:`", "`origin:` 应由 `sitegroup sync` 写入")
        case .originUnsafeURL: Entry(.warning, "an `origin:` address that is not http(s), never used", "`origin:` 中的地址不是 http(s)，不予使用", fix: "delete it, or write the origin's http(s) address", "请删除，或填写来源的 http(s) 地址")
        case .pageReservedSlug: Entry(.error, "a page slug taken by a column or by sitegroup's own pages", "页面 slug 已被栏目或 sitegroup 自身的页面占用", fix: "rename the file or set another `slug:`", "请重命名文件或设置其他 `slug:`")
        case .policyInterpretation: Entry(.warning, "a `policy` document that links to no document titled …解读", "政策文件未链接其政策解读", fix: "publish the 解读 and link to it", "请同步发布政策解读并在文中链接")
        case .privacyPersonalData: Entry(.error, "a 身份证号, mobile number or bank card number in a public document, shown masked", "公开文件中出现身份证号、手机号码或银行卡号（以遮盖形式显示）", fix: "remove or mask it; list a deliberately public number under `check: public_numbers:`", "请删除或遮盖；确需公开的号码请列入 `check: public_numbers:`")
        case .reportInvalid: Entry(.error, "a figure of an annual report's YAML with a value of the wrong kind", "年度报表 YAML 中的数值类型不对", fix: "write counts as whole numbers, yes/no figures as true or false", "数量用整数填写，是否类用 true 或 false 填写")
        case .reportInvalidName: Entry(.error, "a file of reports/ that is not named for a year, such as 2026.yaml", "reports/ 中的文件没有以年份命名（例如 2026.yaml）", fix: "name it for the year it reports, such as 2026.yaml", "请以所报年度命名，例如 2026.yaml")
        case .reportSyntax: Entry(.error, "an annual report's YAML that is not valid YAML", "年度报表 YAML 不是有效的 YAML", fix: "check the indentation and quoting on that line", "请检查该行的缩进和引号")
        case .reportUnknownKey: Entry(.warning, "a figure of an annual report's YAML sitegroup does not know", "年度报表 YAML 中有无法识别的项目", fix: "use the figures the README lists", "请使用 README 中列出的项目")
        case .secrecyLinkToNonPublic: Entry(.error, "a public document links to a non-public one", "公开文件链接了不公开的文件", fix: "remove the link", "请删除此链接")
        case .secrecyNotPublished: Entry(.warning, "lists documents whose `classification` is not `public` (never published)", "列出密级不是 `public` 的文件（不会发布）", fix: "nothing to do if that is right", "如无误则无需处理")
        case .secrecySensitiveWord: Entry(.error, "a configured sensitive word in a title or body, at its line and column", "标题或正文中出现配置的敏感词（标明行列）", fix: "remove or rephrase it, and have the text reviewed (保密审查)", "请删除或改写，并进行保密审查")
        case .siteDocumentOutsideColumn: Entry(.error, "a Markdown file under content/ but not in a column folder", "content/ 中的 Markdown 文件不在栏目文件夹中", fix: "move it into a column's folder", "请移入栏目文件夹")
        case .siteEmptyColumns: Entry(.warning, "a site with 2 or more empty columns, before the 5 that fail it", "网站有 2 个及以上空白栏目（5 个即不合格）", fix: "publish in the empty columns, or remove them", "请在空白栏目中发布信息，或撤销这些栏目")
        case .siteFileNotPublished: Entry(.warning, "a file of content/ that is not Markdown and is not published", "content/ 中的非 Markdown 文件不会发布", fix: "put attachments under assets/", "附件请放在 assets/ 中")
        case .siteInvalid: Entry(.error, "a setting of site.yaml with a value of the wrong kind", "site.yaml 中的设置值类型不对", fix: "write it as the README's example shows", "请按 README 中的示例填写")
        case .siteInvalidBaseURL: Entry(.error, "a `base_url` that is not a full address ending in '/'", "`base_url` 不是以“/”结尾的完整网址", fix: "write the site's own address, ending in '/'", "请填写本网站以“/”结尾的网址")
        case .siteInvalidId: Entry(.error, "a site folder whose name cannot be used in a web address", "网站文件夹名不能用作网址", fix: "use lower-case a-z, 0-9, '-' and '_'", "只用小写 a-z、0-9、“-”和“_”")
        case .siteMissingBaseURL: Entry(.error, "site.yaml without `base_url`", "site.yaml 缺少 `base_url`", fix: "add `base_url:` with the site's address", "请添加 `base_url:`，填写本网站网址")
        case .siteMissingConfig: Entry(.error, "a site folder without site.yaml", "网站文件夹中没有 site.yaml", fix: "add site.yaml", "请添加 site.yaml")
        case .siteMissingName: Entry(.error, "site.yaml without `name`", "site.yaml 缺少 `name`", fix: "add `name:` with the site's name", "请添加 `name:`，填写本网站名称")
        case .siteSyntax: Entry(.error, "site.yaml that is not valid YAML", "site.yaml 不是有效的 YAML", fix: "check the indentation and quoting on that line", "请检查该行的缩进和引号")
        case .siteUndeclaredColumn: Entry(.error, "a folder of content/ that site.yaml does not declare as a column", "content/ 中的文件夹未在 site.yaml 中声明为栏目", fix: "declare the column, or move the folder", "请声明该栏目，或移动该文件夹")
        case .siteUnknownKey: Entry(.warning, "a setting of site.yaml sitegroup does not know", "site.yaml 中有无法识别的设置", fix: "use the settings the README lists", "请使用 README 中列出的设置")
        case .siteUnknownNavColumn: Entry(.error, "`nav` names a column that is not declared", "`nav` 中的栏目未声明", fix: "name declared columns only", "只填写已声明的栏目")
        case .siteUnknownTheme: Entry(.error, "a `theme` that is not a folder of themes/", "`theme` 不是 themes/ 中的文件夹", fix: "name a folder of themes/", "请填写 themes/ 中的文件夹名")
        case .syncConflict: Entry(.warning, "an imported document edited here and changed at its source (`.upstream` beside it)", "导入的文件在本地和来源处都被修改（旁边有 `.upstream`）", fix: "merge the two versions and delete the `.upstream` file", "请合并两个版本并删除 `.upstream` 文件")
        case .syncDuplicateName: Entry(.error, "two sync rules with the same name", "两条同步规则同名", fix: "give each rule its own name", "请为每条规则起不同的名字")
        case .syncInvalid: Entry(.error, "a sync rule with a missing or wrong field", "同步规则缺少字段或字段有误", fix: "write it as the README's example shows", "请按 README 中的示例填写")
        case .syncSameSite: Entry(.error, "a sync rule that pulls a site into itself", "同步规则从网站同步到其自身", fix: "name two different sites", "请填写两个不同的网站")
        case .syncUnknownColumn: Entry(.error, "a sync rule naming a column that does not exist", "同步规则中的栏目不存在", fix: "name a declared column", "请填写已声明的栏目")
        case .syncUnknownKey: Entry(.warning, "a sync rule field sitegroup does not know", "同步规则中有无法识别的字段", fix: "use the fields the README lists", "请使用 README 中列出的字段")
        case .syncUnknownSite: Entry(.error, "a sync rule naming a site that does not exist", "同步规则中的网站不存在", fix: "name a folder of sites/", "请填写 sites/ 中的文件夹名")
        case .templateEncoding: Entry(.error, "a template that is not UTF-8 text", "模板不是 UTF-8 编码", fix: "save it as UTF-8", "请另存为 UTF-8 编码")
        case .templateMissing: Entry(.error, "a template every site needs is missing from the theme chain", "主题中缺少必需的模板", fix: "add it to the theme or the site's layouts/", "请在主题或网站的 layouts/ 中添加")
        case .templateSyntax: Entry(.error, "a template that is not valid Mustache, such as an unclosed section", "模板不是有效的 Mustache，例如区块未结束", fix: "close every section with a matching {{/…}}", "每个区块都要有对应的 {{/…}} 结束")
        case .templateUnknownName: Entry(.error, "a template name that no page can provide, such as `{{document.titel}}`", "模板中的名称没有任何页面能提供，例如 `{{document.titel}}`", fix: "use a key of the README's table of template keys", "请使用 README 模板键表中的名称")
        case .templateUnknownPartial: Entry(.error, "a partial `{{>name}}` that no template of the theme chain provides", "模板引用的片段 `{{>名称}}` 不存在", fix: "add the partial, or correct its name", "请添加该片段，或更正名称")
        case .templateUnreadable: Entry(.error, "a template that cannot be read", "模板无法读取", fix: "check the file's permissions", "请检查文件权限")
        case .themeCycle: Entry(.error, "themes that extend each other in a circle", "主题之间循环继承", fix: "remove one `extends:`", "删除其中一个 `extends:`")
        case .themeInvalid: Entry(.error, "a setting of theme.yaml with a value of the wrong kind", "theme.yaml 中的设置值类型不对", fix: "write `extends: <theme>`", "写成 `extends: 主题名`")
        case .themeSyntax: Entry(.error, "theme.yaml that is not valid YAML", "theme.yaml 不是有效的 YAML", fix: "check the indentation and quoting on that line", "请检查该行的缩进和引号")
        case .themeUnknownKey: Entry(.warning, "a setting of theme.yaml sitegroup does not know", "theme.yaml 中有无法识别的设置", fix: "use `name` and `extends`", "请使用 `name` 和 `extends`")
        case .themeUnknownParent: Entry(.error, "a theme extends a theme that does not exist", "所继承的主题不存在", fix: "name a folder of themes/ in `extends:`", "在 `extends:` 中填写 themes/ 中的文件夹名")
        }
    }
}
