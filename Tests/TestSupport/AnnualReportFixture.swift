/// A group whose annual-report figures are known, for the report tests of the builder and the command line. Built as
/// of 2026-09, so 2024 and 2025 have ended; the portal files figures for 2025 only.
public enum AnnualReportFixture {
    public static let now = "2026-09-21"

    public static let files: [String: String] = [
        // The reading-aid bar's mark in a template is what tells the report the site offers 无障碍浏览.
        "themes/t/layouts/base.mustache": "{{$main}}{{/main}}<!-- data-a11y-tools -->",
        "themes/t/layouts/catalog.mustache": "catalog|{{#catalog}}{{heading}}|{{#annual_reports}}{{title}}>{{url}},{{/annual_reports}}{{/catalog}}",
        "themes/t/layouts/sitemap.mustache": "{{<base}}{{$main}}map|{{#annual_reports}}{{title}}>{{url}},{{/annual_reports}}"
            + "{{#department_reports}}{{site}}:{{title}}>{{url}},{{/department_reports}}{{/main}}{{/base}}",
        "sites/portal/site.yaml": FixtureGroup.basics["sites/portal/site.yaml"]! + """

              - { id: info, title: 机构概况, kind: info }
              - { id: policy, title: 政策文件, kind: policy }
              - { id: interaction, title: 互动回应, kind: interaction }
            """,
        "sites/portal/content/news/a.md": FixtureGroup.document("title: 要闻一\ndate: 2025-03-01"),
        "sites/portal/content/news/b.md": FixtureGroup.document("title: 要闻二\ndate: 2025-06-01"),
        "sites/portal/content/news/c.md": FixtureGroup.document("title: 新年要闻\ndate: 2026-01-05"),
        "sites/portal/content/news/d.md": FixtureGroup.document("title: 草稿\ndate: 2025-06-02\ndraft: true"),
        "sites/portal/content/notices/n.md": FixtureGroup.document("title: 通知\ndate: 2025-07-01"),
        "sites/portal/content/info/i.md": FixtureGroup.document("title: 机构职能\ndate: 2025-02-01"),
        "sites/portal/content/policy/old.md": disclosed("旧办法", date: "2024-05-01", written: "2024-04-20", number: 1, genre: "通知", validity: "废止"),
        "sites/portal/content/policy/p1.md": disclosed("管理办法", date: "2025-04-01", written: "2025-03-28", number: 2, genre: "通知", validity: "有效"),
        "sites/portal/content/policy/p3.md": disclosed("暂行规定", date: "2025-09-02", written: "2025-09-01", number: 3, genre: "意见", validity: "废止"),
        "sites/portal/content/policy/r.md": disclosed("市政府令", date: "2025-08-01", written: "2025-07-30", number: 4, genre: "令", validity: "有效"),
        "sites/portal/content/policy/p2.md": FixtureGroup.document("title: 《管理办法》政策解读\ndate: 2025-05-01"),
        "sites/portal/content/interaction/m1.md": FixtureGroup.document("title: 留言一\ndate: 2025-10-01 10:00\nreplied: 2025-10-04"),
        "sites/portal/content/interaction/m2.md": FixtureGroup.document("title: 留言二\ndate: 2025-11-01\nreplied: 2025-11-03\nclassification: internal"),
        "sites/portal/content/interaction/m3.md": FixtureGroup.document("title: 留言三\ndate: 2025-12-20"),
        "sites/portal/content/interaction/m4.md": FixtureGroup.document("title: 未完成的留言\ndate: 2025-12-21\ndraft: true"),
        "sites/portal/reports/2025.yaml": """
            website:
              visits: 1000
              interpretation_products: 2
              monitoring: false
              wechat_name: 示例发布
            disclosure:
              licensing: 7
              fees: "12.50"
              review_upheld: 1
              review_corrected: 2
              review_other: 0
              review_pending: 0
            """,
    ]

    private static func disclosed(_ title: String, date: String, written: String, number: Int, genre: String, validity: String) -> String {
        FixtureGroup.document("""
            title: \(title)
            date: \(date)
            summary: \(title)的内容概述
            disclosure:
              index_no: 000014349/\(written.prefix(4))-0000\(number)
              written: \(written)
              genre: \(genre)
              validity: \(validity)
            """)
    }

    /// Every figure of the portal's 2025 reports: report, table, row, and one text per column.
    public static let figures2025: [(report: String, table: String, label: String, values: [String])] = [
        ("website", "网站基本信息", "网站名称", ["门户"]),
        ("website", "网站基本信息", "首页网址", ["https://www.example.gov.cn/"]),
        ("website", "网站基本信息", "主办单位", ["示例市人民政府办公室"]),
        ("website", "网站基本信息", "网站类型", ["政府门户网站"]),
        ("website", "网站基本信息", "政府网站标识码", ["5001000001"]),
        ("website", "网站基本信息", "ICP备案号", ["渝ICP备1号"]),
        ("website", "网站基本信息", "公安机关备案号", ["渝公网安备 50010302000001号"]),
        ("website", "网站访问", "独立用户访问总量（个）", ["未填报"]),
        ("website", "网站访问", "网站总访问量（次）", ["1000"]),
        ("website", "信息发布", "总数（条）", ["10"]),
        ("website", "信息发布", "概况类信息更新量（条）", ["1"]),
        ("website", "信息发布", "政务动态信息更新量（条）", ["3"]),
        ("website", "信息发布", "信息公开目录信息更新量（条）", ["3"]),
        ("website", "专栏专题", "维护数量（个）", ["5"]),
        ("website", "专栏专题", "新开设数量（个）", ["4"]),
        ("website", "政策解读", "解读信息发布总数（条）", ["未填报"]),
        ("website", "政策解读", "解读材料数量（条）", ["1"]),
        ("website", "政策解读", "解读产品数量（条）", ["2"]),
        ("website", "政策解读", "媒体评论文章数量（篇）", ["未填报"]),
        ("website", "政策解读", "回应公众关注热点或重大舆情数量（次）", ["未填报"]),
        ("website", "互动交流：留言办理", "收到留言数量（条）", ["3"]),
        ("website", "互动交流：留言办理", "办结留言数量（条）", ["2"]),
        ("website", "互动交流：留言办理", "平均办理时间（天）", ["2.5"]),
        ("website", "互动交流：留言办理", "公开答复数量（条）", ["1"]),
        ("website", "安全防护", "安全检测评估次数（次）", ["未填报"]),
        ("website", "安全防护", "发现问题数量（个）", ["未填报"]),
        ("website", "安全防护", "问题整改数量（个）", ["未填报"]),
        ("website", "安全防护", "是否建立安全监测预警机制", ["否"]),
        ("website", "安全防护", "是否开展应急演练", ["未填报"]),
        ("website", "安全防护", "是否明确网站安全责任人", ["未填报"]),
        ("website", "移动新媒体", "微博名称", ["未填报"]),
        ("website", "移动新媒体", "微博信息发布量（条）", ["未填报"]),
        ("website", "移动新媒体", "微博关注量（个）", ["未填报"]),
        ("website", "移动新媒体", "微信名称", ["示例发布"]),
        ("website", "移动新媒体", "微信信息发布量（条）", ["未填报"]),
        ("website", "移动新媒体", "微信订阅数（个）", ["未填报"]),
        ("website", "创新发展", "搜索即服务", ["否"]),
        ("website", "创新发展", "多语言版本", ["否"]),
        ("website", "创新发展", "无障碍浏览", ["是"]),
        ("website", "填报信息", "单位负责人", ["未填报"]),
        ("website", "填报信息", "审核人", ["未填报"]),
        ("website", "填报信息", "填报人", ["未填报"]),
        ("website", "填报信息", "联系电话", ["未填报"]),
        ("disclosure", "二、主动公开政府信息情况：第二十条第（一）项", "规章", ["1", "0", "1"]),
        ("disclosure", "二、主动公开政府信息情况：第二十条第（一）项", "行政规范性文件", ["2", "1", "1"]),
        ("disclosure", "二、主动公开政府信息情况：第二十条第（五）（六）项", "行政许可", ["7"]),
        ("disclosure", "二、主动公开政府信息情况：第二十条第（五）（六）项", "行政处罚", ["未填报"]),
        ("disclosure", "二、主动公开政府信息情况：第二十条第（五）（六）项", "行政强制", ["未填报"]),
        ("disclosure", "二、主动公开政府信息情况：第二十条第（八）项", "行政事业性收费", ["12.50"]),
        ("disclosure", "三、收到和处理政府信息公开申请情况", "本年新收政府信息公开申请数量", ["未填报"]),
        ("disclosure", "三、收到和处理政府信息公开申请情况", "上年结转政府信息公开申请数量", ["未填报"]),
        ("disclosure", "三、收到和处理政府信息公开申请情况", "本年度办理结果总计", ["未填报"]),
        ("disclosure", "三、收到和处理政府信息公开申请情况", "结转下年度继续办理", ["未填报"]),
        ("disclosure", "四、政府信息公开行政复议、行政诉讼情况", "行政复议", ["1", "2", "0", "0", "3"]),
        ("disclosure", "四、政府信息公开行政复议、行政诉讼情况", "行政诉讼", ["未填报", "未填报", "未填报", "未填报", "未填报"]),
    ]
}
