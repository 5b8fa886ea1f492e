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
