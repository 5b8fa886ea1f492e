"""A short post under its headline and dateline is the article, even where
a longer paragraph without a head (a profile box, a form's instructions, a
terms-of-use notice) is worth more (newsclean.region._headed_rival)."""

from newsclean import Label, clean

MENU = ["Home", "Recipes", "Crafts", "Holidays", "Contact"]
HEADLINE = "Ten Family Costumes for Halloween"
DATELINE = "October 29, 2012 by Amy Baker · 2 Comments"
POST = [
    "Family costumes are so much fun, and I went through my photos to collect some of our favourite ones from the last years.",
    "The pirates were the easiest: a striped shirt, a scarf and a cardboard chest for the youngest.",
]
SIDEBAR = [
    "Subscribe to: Post Comments (Atom)", "Blog Archive", "Labels", "Birthday Parties", "Baby Showers",
    "Weddings", "Fun Food", "Free Printables", "Thanksgiving", "Christmas", "Easter", "Valentine's Day",
    "Mother's Day", "Back to School", "Summer Camps", "Paper Crafts", "Photography", "Home Decorating",
    "Organization", "Travel", "Recipes for Kids",
]
ABOUT = ["About Me", "My Photo", "Amy Baker"]
BIO = (
    "I am a mother of three and a graphic designer who has written about parties, crafts and food for more than ten "
    "years, and before that I worked for two agencies in the city where I designed packaging and books for children, "
    "which is where my love of paper crafts and printables began and why I still draw every single day."
)
FORM_TEXT = (
    "Now that you have found us, use the form below to tell us about the best boss you ever had, the one who stood "
    "by the team when things went wrong and who made every Monday morning feel a little lighter for everybody, "
    "and we will read every single story that our readers send in before we choose the winners of this year."
)
FOOTER = ["Privacy Policy", "© 2012 Amy Baker. All rights reserved."]


def page(*parts: str) -> str:
    return "\n\n".join(parts)


def label_of(article, text: str) -> Label | None:
    return next((b.label for b in article.blocks if b.text == text), None)


def test_a_short_post_under_its_head_beats_a_longer_profile_box():
    article = clean(page(*MENU, HEADLINE, DATELINE, *POST, *SIDEBAR, *ABOUT, BIO, "View my complete profile", *FOOTER))
    assert [label_of(article, p) for p in POST] == [Label.BODY, Label.BODY]
    assert label_of(article, BIO) is not Label.BODY
    assert article.title == HEADLINE


def test_a_short_post_beats_a_form_below_the_footer():
    article = clean(page(*MENU, HEADLINE, DATELINE, *POST, *FOOTER, "Boss of the Year Entry Form", FORM_TEXT))
    assert [label_of(article, p) for p in POST] == [Label.BODY, Label.BODY]
    assert label_of(article, FORM_TEXT) is not Label.BODY


def test_a_long_paragraph_with_a_head_of_its_own_stays_the_article():
    # the long paragraph is itself under a headline and a dateline: no rival
    story = BIO.replace("I am a mother", "She is a mother")
    article = clean(page(*MENU, "The Designer Behind the Printables", "March 3, 2013", story, *FOOTER, HEADLINE, DATELINE, POST[0]))
    assert label_of(article, story) is Label.BODY
    assert label_of(article, POST[0]) is not Label.BODY


def test_a_post_signed_at_its_foot_is_not_replaced_by_a_dated_teaser_above():
    signed = (
        "Worth thinking about the next time you are annoyed at a customer who asks for a refund on a gift certificate "
        "that expired last week, because a rule that punishes a few people also teaches everyone else that you do not "
        "trust them, and the goodwill you lose with the many is worth far more than the money you save on the very few "
        "who would have cheated you anyway."
    )
    teaser = (
        "Our new book is out in the shops this week and we are very proud of it. "
        "It took us two years to write, and we hope that you will like it as much as we do. "
        "You can order a signed copy from the shop until the end of the month."
    )
    article = clean(page(
        "Our New Book Is Out This Week", "May 2, 2012", teaser, *SIDEBAR,
        signed, "Posted by Sam Miller on July 15, 2012 | Permalink", *FOOTER,
    ))
    assert label_of(article, signed) is Label.BODY
    assert label_of(article, teaser) is not Label.BODY


def test_a_dated_teaser_below_the_article_is_no_rival():
    # teasers and comments follow the article: a span below it never replaces it
    article = clean(page(*MENU, BIO, *SIDEBAR, HEADLINE, DATELINE, *POST, *FOOTER))
    assert label_of(article, BIO) is Label.BODY
    assert [label_of(article, p) for p in POST] != [Label.BODY, Label.BODY]


def test_a_date_without_a_headline_is_no_head():
    # "October 2012" in an archive's list, or a date alone over a sidebar note
    archive = ["November 2012", "October 2012", "September 2012", "August 2012"]
    note = (
        "Thanks for stopping by! We post new printables every week for parties and holidays of all kinds, "
        "and you can find all of them in the archive, sorted by the month in which we made them."
    )
    article = clean(page(*MENU, "May 2, 2012", note, *archive, *SIDEBAR, BIO, *FOOTER))
    assert label_of(article, BIO) is Label.BODY
    assert label_of(article, note) is not Label.BODY


def test_a_head_and_its_paragraph_parted_by_a_picture_are_one_article():
    lead = (
        "The lectures at the university and the colleges start this week. But not all of the students who moved to "
        "the city for their studies have found a room yet, and some of them sleep on the sofas of their friends."
    )
    long_paragraph = (
        "Gesine from the south of the country is running out of time: she has a place at the university but no room yet, "
        "and after six weeks of searching she has seen eleven flats, written more than a hundred messages and received "
        "four answers, all of them for rooms that were already taken by the time she could visit them with her mother."
    )
    caption = "A place at the university but no room: students at the start of term. Photo: John Smith"
    article = clean(page(
        *MENU, "Students Still Looking for Rooms at the Start of Term", "By Lisa Peters", "Wed, 18 October 2023 12:50",
        lead, caption, caption, "•", "•", "• Share", long_paragraph, *FOOTER,
    ))
    assert label_of(article, lead) in (Label.BODY, Label.LEAD)
    assert label_of(article, long_paragraph) is Label.BODY


# A blog's template prints the day above the post's headline, and the
# author under the post
DATE_HEADER = "Sunday, October 28, 2012"
SIGNATURE = "Posted by Amy Baker at 12:16 AM"
ONE_PARAGRAPH = (
    "Family costumes are so much fun, and this year the children chose pirates for the whole family: a striped "
    "shirt, a scarf and a cardboard chest for the youngest, and a paper parrot for the dog."
)


def test_a_post_under_its_date_header_and_headline_beats_a_profile_box():
    article = clean(page(*MENU, DATE_HEADER, HEADLINE, ONE_PARAGRAPH, SIGNATURE, *SIDEBAR[:3], *ABOUT, BIO, "View my complete profile", *SIDEBAR[3:]))
    assert label_of(article, ONE_PARAGRAPH) is Label.BODY
    assert label_of(article, BIO) is not Label.BODY


def test_a_date_header_over_a_headline_signs_a_post():
    # no profile header: the long paragraph is a rival of its own, and the
    # post's head (its day, then its headline) tells the article
    article = clean(page(*MENU, DATE_HEADER, HEADLINE, ONE_PARAGRAPH, SIGNATURE, *SIDEBAR, BIO, *FOOTER))
    assert label_of(article, ONE_PARAGRAPH) is Label.BODY
    assert label_of(article, BIO) is not Label.BODY
    assert article.title == HEADLINE


def test_a_date_under_a_teasers_line_is_no_date_header():
    # a list of dated teaser headlines above a profile: no post
    teasers = ["March 3, 2012", "Harbour bridge to close to cars", "March 2, 2012", "Council approves the budget for schools"]
    article = clean(page(*MENU, *teasers, *SIDEBAR[:3], *ABOUT, BIO, *FOOTER))
    assert all(label_of(article, t) is not Label.BODY for t in teasers)


def test_about_me_in_a_menu_opens_no_author_box():
    # "About me" as one of a menu's bulleted links: the dated teasers under
    # it are no author box's lines, and the article's own date stands
    menu = ["• Home", "• Top 10 lists", "• About me", "• [ December 8, 2025 ] Ten hotels for the northern lights",
            "• [ December 3, 2025 ] Review: a harbour hotel in the south"]
    article = clean(page(*MENU, HEADLINE, "June 3, 2024", *POST, *menu, *FOOTER))
    assert [label_of(article, p) for p in POST] == [Label.BODY, Label.BODY]
    assert label_of(article, "• [ December 8, 2025 ] Ten hotels for the northern lights") is not Label.BYLINE
    assert article.published is not None and article.published.year == 2024


# A photo post: one sentence under its headline and dateline, the pictures'
# names between, and a site notice in the footer worth more than the post
# (but not many times more: RIVAL_SHARE).
PHOTO_HEADLINE = "More Sample Images From the New 70-200mm Zoom Lens"
PHOTO_DATELINE = "By admin | Published: October 28, 2012"
PICTURES = ["[zoom-lens-1]", "[zoom-lens-2]", "[zoom-lens-3]", "[zoom-lens-4]"]
NOTICE = (
    "Disclaimer: this site has no affiliation with any camera maker or any of its subsidiaries, "
    "and all trademarks named here belong to their owners."
)


def test_a_one_sentence_post_that_goes_on_with_its_headline_beats_a_footer_notice():
    post = "In addition to the first set of sample images from the new zoom lens, here are more images taken by readers."
    article = clean(page(*MENU, PHOTO_HEADLINE, PHOTO_DATELINE, *PICTURES, post, *SIDEBAR, NOTICE, *FOOTER))
    assert label_of(article, post) is Label.BODY
    assert label_of(article, NOTICE) is not Label.BODY


def test_a_short_line_under_a_head_that_does_not_go_on_with_it_is_no_rival():
    # a fragment of the template, worth less than a paragraph or two, that
    # shares no word with the headline: the head alone does not tell it
    other = "Thanks for stopping by, and have a look around the rest of the place while you are here with us today."
    article = clean(page(*MENU, PHOTO_HEADLINE, PHOTO_DATELINE, *PICTURES, other, *SIDEBAR, NOTICE, *FOOTER))
    assert label_of(article, NOTICE) is Label.BODY
    assert label_of(article, other) is not Label.BODY
