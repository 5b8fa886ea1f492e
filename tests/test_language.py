"""The document's language: chosen from the text, robust to a long block
in another language."""

from newsclean import clean
from newsclean.classify import _language_sample, _wide_sample
from newsclean.segment import segment
from newsclean.stoplists import choose_language

#: An English post in the terse style of event listings: fewer function
#: words than narrative, and shorter paragraphs than the site's footer.
ENGLISH = [
    "As we move into the new year, technology keeps changing industries, economies and the way we live and work.",
    "Whether you want to meet global tech leaders, discover new products or find inspiration for your next idea, these events have something for you.",
    "The show in Las Vegas opens every tech year with product launches, from wearables and headsets to electric cars and smart homes.",
    "The largest mobile industry gathering, where operators, handset makers and chip designers show what is next for networks.",
    "A festival for founders that mixes keynotes, panel discussions and networking in a relaxed setting with plenty of music.",
    "The most important event of the security world, where researchers, officers and vendors discuss the threats of the year.",
    "A conference for engineers who keep large systems running, with talks on outages, monitoring, capacity and on-call work.",
    "The annual gathering of developers where the company reveals updates to its software platforms and tools for programmers.",
    "An expo in the desert city that brings together governments, telecom groups and startups from across the region and beyond.",
    "The summit in London looks at how companies put artificial intelligence to work, with case studies from banks and retailers.",
    "A meeting of cloud customers and partners, with big announcements, hands-on labs and sessions on data and machine learning.",
    "The northern startup event fills an old exhibition hall with founders, investors, students and a lot of coffee in the dark.",
    "A small regional conference that connects family firms with young companies and local universities on the edge of the city.",
    "The fair for industrial automation shows robots, sensors and software for factories, warehouses and the supply chains between them.",
    "Game developers meet in the spring to share what worked, what failed and what they learned while shipping their titles.",
    "The festival on the river mixes film, music and interactive media with talks about the future of the creative industries.",
]
#: The site's own footer, in German, longer than any English paragraph.
GERMAN_FOOTER = " ".join([
    "Wir sind eine Agentur aus Düsseldorf und wir entwickeln seit vielen Jahren Webseiten, Apps und "
    "digitale Lösungen für unsere Kunden aus der ganzen Welt. Zu unseren Kunden zählen sowohl große "
    "Unternehmen als auch kleine Firmen, die unsere ehrliche Beratung und die hohe Qualität unserer "
    "Arbeit sehr schätzen. Wenn Sie ein Projekt haben, dann rufen Sie uns an oder schreiben Sie uns "
    "eine Nachricht, wir freuen uns auf Ihre Anfrage und melden uns so schnell wie möglich bei Ihnen.",
    "Der Schutz Ihrer Daten ist uns wichtig. Wir verwenden Ihre Angaben nur, um Ihre Anfrage zu "
    "bearbeiten und um Ihnen die Informationen zu schicken, die Sie bei uns angefordert haben. Sie "
    "können Ihre Einwilligung jederzeit widerrufen, und weitere Hinweise dazu finden Sie in unserer "
    "Datenschutzerklärung, in der wir auch erklären, wie wir Ihre Daten schützen und wie lange wir sie speichern.",
])


def _language(text: str) -> str:
    items = segment(text)
    words, sample = _language_sample(items)
    return choose_language(words, sample, lambda: _wide_sample(items))


def test_english_post_on_a_german_site_is_english():
    text = "\n\n".join(["Startseite\nLeistungen\nKontakt", "Tech fairs of 2026", *ENGLISH, GERMAN_FOOTER])
    assert _language(text) == "en"
    art = clean(text)
    assert art.language == "en"
    assert set(ENGLISH) <= set(art.paragraphs)
    assert GERMAN_FOOTER not in art.paragraphs


def test_german_article_with_an_english_notice_stays_german():
    german = [
        "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen, der mehr Geld für die Schulen vorsieht.",
        "Die Opposition kritisierte, dass der Rat nicht erklärt habe, wie die neuen Buslinien auf Dauer bezahlt werden sollen.",
        "Der Bürgermeister sagte, die ersten Änderungen würden im Januar in Kraft treten, sobald die Landesbehörde zustimmt.",
    ]
    notice = "We use cookies to give you the best experience on our website and to show you content that is relevant to you."
    text = "\n\n".join([*german, notice])
    assert _language(text) == "de"
    assert clean(text).language == "de"


def test_a_style_sheet_dumped_into_the_text_does_not_choose_the_language():
    css = (
        ".sp_message .sp_message_dismiss:outline { outline: none; } .sp_iframe_container { position: fixed; "
        "top: 0; bottom: 0; left: 0; right: 0; z-index: 10; } .sp_iframe_container iframe { width: 100%; "
        "height: 100%; border: 0 none; } .sp_veil { display: block; position: fixed; left: 0; right: 0; }"
    )
    german = [
        "Der Stadtrat hat am Dienstag nach einer langen Debatte den neuen Haushalt beschlossen.",
        "Die Opposition kritisierte, dass der Rat nicht erklärt habe, wie die Buslinien bezahlt werden sollen.",
    ]
    sheet = [css.replace("sp_", prefix) for prefix in ("sp_", "cmp_", "ad_", "nav_", "ft_", "hd_")]
    assert _language("\n\n".join([*sheet, *german])) == "de"


def test_the_sites_software_warnings_do_not_choose_the_language():
    warnings = [
        f"Warning: Use of undefined constant {name} - assumed '{name}' (this will throw an Error in a future "
        f"version of PHP) in /var/www/example/wp-content/plugins/recent/recent.php on line {line}"
        for name, line in (("comments", 928), ("trackbacks", 929), ("comments", 928))
    ]
    german = [
        "Es ist schon einige Zeit her, als Henry auf die Welt kam. Vor ein paar Tagen hat es auch Leo geschafft.",
        "So sah es aus, als Henry den Neuangekommenen das erste Mal sah und mit geschlossenen Augen beschnupperte.",
    ]
    text = "\n\n".join([*german, *warnings])
    assert _language(text) == "de"
    art = clean(text)
    assert art.language == "de"
    assert all(w not in art.body for w in warnings)


#: A Chinese agency report in the terse style of encyclopedias and wire
#: copy: few particles ("的", "了"), but a comma or full stop every few
#: characters.  Written for this test.
CHINESE_ARTICLE = [
    "张明，1968年3月出生于江苏南京，现任南京市交通局局长。1990年毕业于东南大学土木工程系，同年进入市政设计院工作；2005年调任交通局副局长，2012年升任局长。",
    "任职期间，主持修建地铁一号线、二号线延伸段，推动公交线路调整，市区高峰通勤时间缩短约两成。2016年获评全国交通系统先进个人。",
    "2020年起，牵头编制城市交通发展规划，提出建设轨道交通网络，新增线路五条，总里程超过二百公里。规划已经市政府批准，分三期实施。",
    "今年5月，南京市交通局发布年度报告，全市公共交通日均客运量恢复至疫情前水平，新能源公交车占比达到九成以上。",
]


def test_terse_chinese_prose_is_kept_by_its_clause_marks():
    from newsclean.classify import analyse
    from newsclean.config import DEFAULT_CONFIG
    from newsclean.item import Prose

    page = "\n\n".join([
        "首页 新闻 体育 财经 娱乐 科技 汽车 房产",
        "南京市交通局局长张明",
        "2024-05-12 10:30 来源：新华社",
        *CHINESE_ARTICLE,
        "相关阅读",
        "南京地铁五号线开通",
        "新街口商圈改造完成",
        "长江大桥恢复通车",
        "地铁、公交、轮渡一卡通用",
        "版权所有 © 2024 南京新闻网",
    ])
    items, lang = analyse(segment(page), DEFAULT_CONFIG)
    assert lang == "zh"
    prose = {it.text: it.prose for it in items}
    for p in CHINESE_ARTICLE:
        assert prose[p] in (Prose.GOOD, Prose.NEAR), p
    # menus and lists of titles have no clause marks ("、" joins list items)
    assert prose["首页 新闻 体育 财经 娱乐 科技 汽车 房产"] in (Prose.SHORT, Prose.BAD)
    assert prose["地铁、公交、轮渡一卡通用"] in (Prose.SHORT, Prose.BAD)
    art = clean(page)
    assert list(art.paragraphs) == CHINESE_ARTICLE
    assert art.title == "南京市交通局局长张明"


def test_caseless_scripts_are_neither_upper_nor_lower_case():
    from newsclean.classify import analyse
    from newsclean.config import DEFAULT_CONFIG

    items, _ = analyse(segment("南京市交通局局长张明\n\nمدينة القاهرة الجديدة\n\nlower case line"), DEFAULT_CONFIG)
    assert [it.upper for it in items] == [None, None, False]


def test_a_stoplist_that_could_not_be_read_is_read_again(monkeypatch, caplog):
    # a passing failure of the file system costs one text its stopwords, not every later one
    import newsclean.stoplists as sl

    real = sl.resources.files
    calls = []

    def failing_once(package):
        calls.append(package)
        if len(calls) == 1:
            raise OSError("the file system did not answer")
        return real(package)

    monkeypatch.setattr(sl, "_STOPLISTS", {})
    monkeypatch.setattr(sl.resources, "files", failing_once)
    with caplog.at_level("WARNING", logger="newsclean.stoplists"):
        assert sl.stoplist("de") == frozenset()
    assert "read again" in caplog.text
    words = sl.stoplist("de")
    assert "und" in words and "der" in words
    assert sl.stoplist("de") is words  # remembered once read
    assert len(calls) == 2
