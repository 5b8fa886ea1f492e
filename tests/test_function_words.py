"""Pages in languages without a stoplist are read with their own function
words (the most widespread short words of their prose) and their sentences."""

from newsclean import Label, clean
from newsclean.function_words import needs_own_list, page_function_words
from newsclean.stoplists import stoplist
from newsclean.text import WORD, ends_sentence

HAUSA = [
    "Shugaban kasar Najeriya ya ce gwamnatinsa za ta ci gaba da yaki da cin hanci da rashawa a fadin kasar, "
    "domin a samu ci gaba mai dorewa ga al'ummar kasar baki daya.",
    "Ya bayyana hakan ne a lokacin da yake jawabi ga manema labarai a fadar gwamnati da ke Abuja ranar Talata, "
    "inda ya ce babu wanda zai tsira idan aka same shi da laifi.",
    "Wasu 'yan majalisar dokoki sun yaba da matakin, amma sun bukaci gwamnati ta kara samar da kudade ga "
    "hukumomin da ke yaki da cin hanci a jihohi da kananan hukumomi.",
    "Masana sun ce matsalar tattalin arziki da kasar ke fuskanta na da nasaba da cin hanci, kuma sun yi kira "
    "ga jama'a su rika bayar da rahoto idan sun ga wani abu makamancin haka.",
]
HAUSA_MENU = ["Labarai", "Wasanni", "Siyasa", "Tuntube mu", "Game da mu"]
# Amharic writes most function words as affixes: few short words recur, and
# its sentences end with the Ethiopic full stop
AMHARIC = [
    "የኢትዮጵያ መንግስት በአዲስ አበባ ከተማ አዲስ የባቡር መስመር ግንባታ መጀመሩን አስታወቀ። ፕሮጀክቱ በሶስት ዓመታት ውስጥ ይጠናቀቃል ተብሎ ይጠበቃል። "
    "የከተማው ነዋሪዎች ፕሮጀክቱን በደስታ ተቀብለውታል።",
    "የትራንስፖርት ሚኒስትሩ እንደተናገሩት መስመሩ በቀን ከመቶ ሺህ በላይ ተሳፋሪዎችን ያጓጉዛል። ይህም በከተማው ያለውን የትራፊክ መጨናነቅ ይቀንሳል ብለዋል። "
    "ለግንባታው የሚያስፈልገው ገንዘብ ከመንግስት በጀት ይሸፈናል።",
    "አንዳንድ ባለሙያዎች ግን የፕሮጀክቱ ወጪ ከፍተኛ መሆኑን ገልጸዋል። መንግስት ገንዘቡን ለሌሎች አስፈላጊ ጉዳዮች ማዋል ይችል ነበር ብለዋል። "
    "ሚኒስትሩ በበኩላቸው ፕሮጀክቱ ለከተማው እድገት አስፈላጊ ነው ብለዋል።",
]
AMHARIC_MENU = ["ዜና", "ስፖርት", "ፖለቲካ", "ያግኙን"]
ENGLISH = [
    "The council approved the budget on Tuesday after a long debate about the buses and the schools of the city.",
    "Most of the money will go to the schools, and the rest to the bus lines that the council wants to open in the north.",
    "The mayor said that the plan had the support of the parents and of the teachers, and that the work would start in May.",
    "It is the first time in ten years that the city has put more money into the schools than into the roads, and the mayor said it was time.",
]


def page(*parts: str) -> str:
    return "\n\n".join(parts)


def words(texts: list[str]) -> list[str]:
    return [w for t in texts for w in WORD.findall(t.casefold())]


def test_a_language_without_a_stoplist_keeps_its_article():
    article = clean(page(*HAUSA_MENU, "Gwamnati za ta ci gaba da yaki da cin hanci", *HAUSA, "© 2024 Misali"))
    assert article.language == "ha" and not stoplist("ha")
    assert list(article.paragraphs) == HAUSA
    assert all(b.label is not Label.BODY for b in article.blocks if b.text in HAUSA_MENU)


def test_a_language_of_affixes_is_read_by_its_sentences():
    article = clean(page(*AMHARIC_MENU, "በአዲስ አበባ አዲስ የባቡር መስመር ሊገነባ ነው", *AMHARIC, "© 2024 ምሳሌ"))
    assert list(article.paragraphs) == AMHARIC
    assert all(b.label is not Label.BODY for b in article.blocks if b.text in AMHARIC_MENU)


def test_the_fallback_only_where_the_list_finds_nothing():
    english = stoplist("en")
    assert not needs_own_list(words(ENGLISH), english)
    assert needs_own_list(words(HAUSA), english)
    assert not needs_own_list([], english)


def test_function_words_are_the_widespread_short_ones():
    own = page_function_words(ENGLISH + ["Home News Sport", "Contact"])
    assert {"the", "of", "and"} <= own
    assert not own & {"council", "schools", "approved", "teachers", "home", "sport"}
    hausa = page_function_words(HAUSA)
    assert {"da", "a", "sun"} <= hausa
    assert "hukumomin" not in hausa
    # too little prose to tell: no list
    assert page_function_words(["Labarai Wasanni Siyasa", HAUSA[0]]) == frozenset()


def test_sentence_marks_of_other_scripts():
    assert ends_sentence("ፕሮጀክቱ በሶስት ዓመታት ውስጥ ይጠናቀቃል።")
    assert ends_sentence("यह एक वाक्य है॥")
    assert ends_sentence("یہ ایک جملہ ہے۔")
    assert not ends_sentence("ፕሮጀክቱ በሶስት")


# A short post (a paragraph or two, one sentence each) in a language
# without a stoplist: too little text for a list of its own
ZULU_POST = [
    "Onjiniyela bexwayise ukuthi insimbi engaphansi kwebhuloho iyagqwala ngokushesha kunalokho obekulindelekile, "
    "futhi ukulungiswa okuhlongozwe ngonyaka odlule bekuzobiza imali eningi kakhulu.",
    "Izakhamuzi ezikhulume emhlanganweni zehlukene, abanikazi bezitolo besaba ukulahlekelwa ngamakhasimende kanti "
    "abazali bathe ibhuloho seliyingozi kakhulu ezinganeni ezihamba ziya esikoleni.",
]
ZULU_MENU = ["Ekhaya", "Izindaba", "Ezemidlalo", "Ibhizinisi", "Xhumana nathi"]
AMHARIC_POST = [
    "መሐንዲሶች ከድልድዩ በታች ያለው ብረት ከተጠበቀው በላይ በፍጥነት እየዛገ መሆኑን አስጠንቅቀዋል፤ ባለፈው ዓመት የቀረበው ጥገና ደግሞ እጅግ ውድ ይሆን ነበር።",
    "በስብሰባው ላይ የተናገሩ ነዋሪዎች ተከፋፍለዋል፤ የሱቅ ባለቤቶች ደንበኞችን እናጣለን ብለው ሲሰጉ ወላጆች ግን ድልድዩ ለልጆች አደገኛ ሆኗል ብለዋል።",
]


def test_a_short_post_without_a_stoplist_keeps_its_paragraphs():
    for menu, headline, post, footer in (
        (ZULU_MENU, "Umkhandlu uvala ibhuloho elidala", ZULU_POST, "© 2025 Izindaba Zethu"),
        (AMHARIC_MENU, "ምክር ቤቱ አሮጌውን ድልድይ ዘጋ", AMHARIC_POST, "© 2025 ምሳሌ"),
    ):
        for n in (1, 2):
            article = clean(page(*menu, headline, *post[:n], footer))
            assert list(article.paragraphs) == post[:n]
            assert article.title == headline  # a sentence that ends with "።" is no headline
            assert all(b.label is not Label.BODY for b in article.blocks if b.text in menu)


def test_a_short_sample_is_judged_only_by_a_borrowed_list():
    english = stoplist("en")
    short_zulu = words(ZULU_POST[:1])
    assert 12 <= len(short_zulu) < 60
    assert needs_own_list(short_zulu, english, borrowed=True)
    assert not needs_own_list(short_zulu, english)  # a language's own list is judged on more text
    assert not needs_own_list(words(ENGLISH[:1]), english, borrowed=True)  # English words read by English stopwords
    assert not needs_own_list(words(["Ekhaya Izindaba Ezemidlalo"]), english, borrowed=True)  # a menu: too few words
