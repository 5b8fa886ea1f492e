"""Reader comments: found in the renderings sites use, returned as threads,
never in the body.  Every case here is written for the test."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from article import BODY, TITLE, page

from newsclean import clean
from newsclean.labels import Label
from newsclean.thread import header_shape

C1 = "This bridge should have been closed years ago, it is a danger to everyone who uses it."
C2 = "I cross it every day on my bike and never had a problem with it."
C3 = "Who is going to pay for the ferry? Not the council, that much is certain."


def assert_body_intact(art):
    assert art.paragraphs == tuple(BODY)
    for c in (C1, C2, C3):
        assert c not in art.body


def test_wordpress_says_with_dates_buttons_and_form():
    art = clean(page(
        TITLE, *BODY,
        "3 Responses",
        "Peter Parker says:", "April 14, 2022 at 9:12 am", C1, "Reply",
        "Mary Jane says:", "April 15, 2022 at 11:40 am", C2, "Reply",
        "Harry Osborn says:", "April 16, 2022 at 8:05 pm", C3, "Reply",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
    ))
    assert_body_intact(art)
    assert [c.author for c in art.comments] == ["Peter Parker", "Mary Jane", "Harry Osborn"]
    assert [c.text for c in art.comments] == [C1, C2, C3]
    assert art.comments[0].posted == "April 14, 2022 at 9:12 am"
    assert art.comments[0].header == "Peter Parker says:\nApril 14, 2022 at 9:12 am"
    assert all(c.depth == 0 and c.parent is None for c in art.comments)


def test_avatar_says_numbered_and_indented_replies():
    text = (
        page(TITLE, *BODY, "Comments")
        + "  1. Avatar laker48 says:\n\n    " + C1 + "\n\n"
        + "    1. Avatar Микола Данчук says:\n\n      " + C2 + "\n\n"
        + "  2. Avatar zorbatheturk says:\n\n    " + C3 + "\n\n"
        + "    1. Avatar laker48 says:\n\n      NATO rocks.\n"
    )
    art = clean(text)
    assert_body_intact(art)
    got = [(c.author, c.depth, c.parent) for c in art.comments]
    assert got == [("laker48", 0, None), ("Микола Данчук", 1, 0), ("zorbatheturk", 0, None), ("laker48", 1, 2)]
    assert art.comments[3].text == "NATO rocks."


def test_disqus_bullet_ago_and_buttons():
    art = clean(page(
        TITLE, *BODY,
        "3 comments", "Sort by Newest",
        "Peter Parker • 2 years ago", C1, "Reply • Share ›",
        "Mary Jane • 2 years ago", C2, "Reply • Share ›",
        "Harry Osborn • a year ago edited", C3, "Reply • Share ›",
        "Load more comments",
    ))
    assert_body_intact(art)
    assert [c.author for c in art.comments][:2] == ["Peter Parker", "Mary Jane"]
    assert art.comments[0].posted == "2 years ago"
    assert C1 in [c.text for c in art.comments]


def test_pipe_hours_ago():
    art = clean(page(
        TITLE, *BODY, "Comments (3)",
        "Peter Parker | 3 hours ago", C1,
        "Mary Jane | 2 hours ago", C2,
        "Harry Osborn | 1 hour ago", C3,
    ))
    assert_body_intact(art)
    assert [(c.author, c.posted, c.text) for c in art.comments] == [
        ("Peter Parker", "3 hours ago", C1), ("Mary Jane", "2 hours ago", C2), ("Harry Osborn", "1 hour ago", C3)]


def test_thread_known_by_repeated_headers_alone():
    """No rule names this section: three 'name date at time' lines with
    prose between are a thread, even right after the article."""
    art = clean(page(
        TITLE, *BODY,
        "Chris Nahr 07.15.12 at 11:59", C1,
        "John 07.15.12 at 12:43", C2,
        "Matthew Wyatt 07.15.12 at 12:58", C3,
    ))
    assert_body_intact(art)
    assert [c.author for c in art.comments] == ["Chris Nahr", "John", "Matthew Wyatt"]
    assert [c.posted for c in art.comments] == ["07.15.12 at 11:59", "07.15.12 at 12:43", "07.15.12 at 12:58"]
    labels = {b.text: b.label for b in art.blocks}
    assert labels[C2] is Label.COMMENT and labels["John 07.15.12 at 12:43"] is Label.COMMENT


def test_headers_after_their_comments():
    art = clean(page(
        TITLE, *BODY, "3 comments",
        C1, "by Peter Parker on January 31, 2011 at 9:59 am.",
        C2, "by Mary Jane on January 31, 2011 at 10:12 am.",
        C3, "by Harry Osborn on February 1, 2011 at 8:19 pm.",
        "Leave a comment",
    ))
    assert_body_intact(art)
    assert [(c.author, c.text) for c in art.comments] == [
        ("Peter Parker", C1), ("Mary Jane", C2), ("Harry Osborn", C3)]


def test_blogger_said_with_stamp_lines():
    art = clean(page(
        TITLE, *BODY, "3 comments:",
        "tRiSh said...", C1, "September 10, 2012 4:45 AM",
        "Ankita said...", C2, "September 10, 2012 6:14 AM",
        "MangoWhirl said...", C3, "September 10, 2012 8:44 AM",
        "Post a Comment",
    ))
    assert_body_intact(art)
    assert [(c.author, c.text, c.posted) for c in art.comments] == [
        ("tRiSh", C1, "September 10, 2012 4:45 AM"),
        ("Ankita", C2, "September 10, 2012 6:14 AM"),
        ("MangoWhirl", C3, "September 10, 2012 8:44 AM"),
    ]


def test_name_line_over_a_stamp():
    art = clean(page(
        TITLE, *BODY, "27 comments to Council votes to close old harbour bridge",
        "• Barry Joseph", "September 27th, 2012 at 11:01 pm", C1,
        "• Azza Sedky", "September 27th, 2012 at 11:56 pm", C2,
        "• Rich", "September 28th, 2012 at 12:10 am", C3,
    ))
    assert_body_intact(art)
    assert [c.author for c in art.comments] == ["Barry Joseph", "Azza Sedky", "Rich"]
    assert art.comments[2].posted == "September 28th, 2012 at 12:10 am"


def test_social_plugin_rows():
    art = clean(page(
        TITLE, *BODY, "3 Comments", "Sort by Top",
        "Peter Parker", C1, "Like · Reply · 3 · 2y",
        "Mary Jane", C2, "Like · Reply · 1y",
        "Harry Osborn", C3, "Like · Reply · 12 · 40w",
        "Facebook Comments Plugin",
    ))
    assert_body_intact(art)
    assert [(c.author, c.text, c.posted, c.likes) for c in art.comments] == [
        ("Peter Parker", C1, "2y", 3), ("Mary Jane", C2, "1y", None), ("Harry Osborn", C3, "40w", 12)]


def test_depth_from_numbering_without_indentation():
    art = clean(page(
        TITLE, *BODY, "Comments",
        "1. Peter Parker says:", C1,
        "1.1. Mary Jane says:", C2,
        "2. Harry Osborn says:", C3,
    ))
    assert [(c.author, c.depth, c.parent) for c in art.comments] == [
        ("Peter Parker", 0, None), ("Mary Jane", 1, 0), ("Harry Osborn", 0, None)]


def test_likes_are_read():
    art = clean(page(
        TITLE, *BODY, "3 Comments",
        "Peter Parker says:", C1, "12 likes Reply",
        "Mary Jane says:", C2, "Reply",
        "Harry Osborn says:", C3, "Like (3) Reply",
    ))
    assert [c.likes for c in art.comments] == [12, None, 3]


def test_forms_counters_and_buttons_alone_make_no_comments():
    art = clean(page(
        TITLE, *BODY,
        "0 comments", "Show more replies", "Leave a reply",
        "Please enter your comment!", "Please enter your name here",
        "You have entered an incorrect email address!",
        "Your email address will not be published.",
    ))
    assert_body_intact(art)
    assert art.comments == ()


def test_teaser_cards_and_live_blog_times_are_not_threads():
    cards = []
    for k, name in enumerate(["Maiysha Kai", "Emily Price", "Aimee Levitt"]):
        cards += [name, f"Monday {k + 2}:30PM", "Stop Using Public USB Ports to Charge Your Phone"]
    art = clean(page(TITLE, *BODY, *cards))
    assert art.comments == ()
    # a time without a date heads a live blog's entry, not a comment
    assert header_shape(_item("Jane Doe 10:45")) is None
    assert header_shape(_item("Jane Doe March 3, 2021 at 10:45")) is not None


def _item(text: str):
    from newsclean.classify import analyse
    from newsclean.config import Config
    from newsclean.segment import segment

    items, _ = analyse(segment(text), Config())
    return items[0]


def test_comments_in_json_not_in_text(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(page(
        TITLE, *BODY, "3 Responses",
        "Peter Parker says:", C1, "Mary Jane says:", C2, "Harry Osborn says:", C3,
    ), "utf-8")
    from newsclean.cli import main

    assert main(["clean", str(src), "-o", str(tmp_path / "txt"), "--quiet"]) == 0
    assert main(["clean", str(src), "-o", str(tmp_path / "json"), "--format", "json", "--quiet"]) == 0
    body = (tmp_path / "txt" / "a.txt").read_text("utf-8")
    assert C1 not in body and BODY[0] in body
    record = json.loads((tmp_path / "json" / "a.json").read_text("utf-8"))
    assert [c["author"] for c in record["comments"]] == ["Peter Parker", "Mary Jane", "Harry Osborn"]
    assert record["comments"][1]["text"] == C2


def test_numbered_dated_names_after_a_responses_header():
    """The dated names stand under a "N Responses" header cut from the
    article: they head comments, not bylines."""
    art = clean(page(
        TITLE, *BODY, "3 Responses to “Council votes to close old harbour bridge”",
        "1. Peter on March 3rd, 2021 1:37 pm", C1,
        "2. Mary Jane on March 3rd, 2021 1:38 pm", C2,
        "3. harry77 on March 4th, 2021 9:02 am", C3,
    ))
    assert_body_intact(art)
    assert [(c.author, c.text) for c in art.comments] == [("Peter", C1), ("Mary Jane", C2), ("harry77", C3)]
    assert art.comments[2].posted == "March 4th, 2021 9:02 am"
    assert not art.authors


def test_votes_numbers_and_homepages_before_the_name():
    art = clean(page(
        TITLE, *BODY, "Comments",
        "+4 #1 peter 2021-06-02 13:28", C1,
        "+1 #2 Mary Jane van Dijk 2021-07-14 13:14", C2,
        "-1 #3 harry 2021-07-14 13:19", C3,
    ))
    assert_body_intact(art)
    assert [c.author for c in art.comments] == ["peter", "Mary Jane van Dijk", "harry"]
    art = clean(page(
        TITLE, *BODY,
        "1. 1 Peter Parker http://parker.example.com | 10/29/2021 5:14:46 PM", C1,
        "1. 2 Mary Jane | 10/29/2021 5:25:25 PM", C2,
        "1. 3 Harry Osborn http://www.osborn.example.org/blog | 11/6/2021 3:07:08 AM", C3,
    ))
    assert_body_intact(art)
    assert [c.text for c in art.comments] == [C1, C2, C3]
    assert art.comments[1].author == "Mary Jane"


def test_verb_then_stamp_and_said_with_comma():
    art = clean(page(
        TITLE, *BODY, "3 comments",
        "by Peter Parker (5327) writes: on Monday March 23, @08:35PM (#40744049)", C1,
        "by Mary Jane (1285) writes: on Monday March 23, @09:16PM (#40744321)", C2,
        "by Harry Osborn (222422) writes: on Tuesday March 24, @08:51AM (#40747899)", C3,
    ))
    assert_body_intact(art)
    assert [c.author for c in art.comments] == ["Peter Parker", "Mary Jane", "Harry Osborn"]
    art = clean(page(
        TITLE, *BODY, "Peter Parker said,", C1, "Mary Jane said,", C2, "Harry said,", C3,
    ))
    assert_body_intact(art)
    assert [c.author for c in art.comments] == ["Peter Parker", "Mary Jane", "Harry"]


def test_name_glued_to_a_named_month_and_a_stamp_without_year():
    art = clean(page(
        TITLE, *BODY, "3 comments:",
        "Peter ParkerOctober 22, 2021 10:46 AM", C1,
        "MaryJaneOctober 22, 2021 12:12 PM", C2,
        "harry77October 23, 2021 1:23 PM", C3,
    ))
    assert_body_intact(art)
    assert [c.author for c in art.comments] == ["Peter Parker", "MaryJane", "harry77"]
    art = clean(page(
        TITLE, *BODY, "Comments",
        "Peter Parker On Thursday, November 1 at 2:57 pm", C1,
        "Mary Jane On Friday, November 2 at 10:44 am", C2,
        "Harry On Friday, November 2 at 11:02 am", C3,
    ))
    assert [c.text for c in art.comments] == [C1, C2, C3]


def test_sections_without_headers_cut_at_their_markers():
    """A number and a date repeated before every comment, the name on the
    next line: the comments are cut there."""
    art = clean(page(
        TITLE, *BODY, "3 Responses to “Council votes to close old harbour bridge”",
        "1. November 5, 2021", "Peter Parker", "[8b267a8]", C1,
        "2. November 5, 2021", "Mary Jane", "[c5cdd49]", C2,
        "3. November 6, 2021", "Harry Osborn", "[3a125ce]", C3,
    ))
    assert_body_intact(art)
    assert [(c.author, c.posted, c.text) for c in art.comments] == [
        ("Peter Parker", "November 5, 2021", C1),
        ("Mary Jane", "November 5, 2021", C2),
        ("Harry Osborn", "November 6, 2021", C3),
    ]


def test_bulleted_names_with_indented_replies():
    """A Disqus list rendered by a text browser: each commenter's name a
    list item, replies indented one level deeper."""
    text = (
        page(TITLE, *BODY, "Comments", "Post a Comment")
        + "  • peter_p\n\n    " + C1 + "\n\n"
        + "      □ Mary Jane\n\n        " + C2 + "\n\n"
        + "  • harry77\n\n    " + C3 + "\n"
    )
    art = clean(text)
    assert_body_intact(art)
    assert [(c.author, c.depth, c.parent) for c in art.comments] == [
        ("peter_p", 0, None), ("Mary Jane", 1, 0), ("harry77", 0, None)]


def test_markers_need_sentences_between_them():
    """A month archive or a list of dated teasers under a comment header
    repeats its dates too, with no sentence between: no comments."""
    art = clean(page(
        TITLE, *BODY, "Comments", "No comments yet.",
        "• Archives", "□ November 2021", "□ October 2021", "□ September 2021", "□ August 2021",
        "• Recent posts", "□ Bridge closure delayed", "□ Ferry service begins", "□ New cycle lanes",
    ))
    assert_body_intact(art)
    assert art.comments == ()


def test_one_comment_after_the_article():
    """A thread of one comment has no second header: the comment header
    after the article and the commenter's dated byline make it one."""
    art = clean(page(
        TITLE, *BODY, "« Previous Post", "Comments",
        "You can follow this conversation by subscribing to the comment feed for this post.",
        C1 + " " + C2,
        "Posted by: Peter Parker | June 08, 2021 at 02:29 PM",
        "The comments to this entry are closed.",
    ))
    assert_body_intact(art)
    assert len(art.comments) == 1
    assert art.comments[0].text == C1 + " " + C2
    assert art.comments[0].author == "Peter Parker"


def test_lone_comment_under_a_name_and_a_stamp():
    art = clean(page(
        TITLE, *BODY, "• Print", "One comment Add your comment",
        "peter_p", "August 9th, 2021", "2:13 pm", C1, C2,
        "• Report this comment", "Add your comment", "Name (required) [ ]",
    ))
    assert_body_intact(art)
    assert [(c.author, c.posted, c.text) for c in art.comments] == [
        ("peter_p", "August 9th, 2021 2:13 pm", C1 + "\n\n" + C2)]


def test_an_archive_of_months_under_a_comment_header_is_no_comment():
    art = clean(page(
        TITLE, *BODY, "No comments", "Archives", "August 2021", "July 2021",
        "Keeps getting better and better every single week, and we love it so much",
        "June 2021", "May 2021",
    ))
    assert_body_intact(art)
    assert art.comments == ()


def test_numbered_names_with_dates_but_no_time():
    """A date without a time heads a comment only numbered and next to a
    comment header; a numbered timeline in the article is no thread."""
    art = clean(page(
        TITLE, *BODY, "3 appreciated comments on “Council votes to close old harbour bridge”",
        "1. Peter Parker, on November 7th, 2021 // Twitter: @peter", C1,
        "2. Mary Jane, on November 7th, 2021 // Twitter: @mj", C2,
        "3. Harry, on November 8th, 2021 //", C3,
    ))
    assert_body_intact(art)
    assert [(c.author, c.text) for c in art.comments] == [("Peter Parker", C1), ("Mary Jane", C2), ("Harry", C3)]
    timeline = clean(page(
        TITLE, BODY[0], "1. Council report, March 3rd, 2021", BODY[1],
        "2. Public meeting, April 7th, 2021", BODY[2], "3. Final vote, May 4th, 2021", BODY[3],
    ))
    assert timeline.comments == ()
    assert all(p in timeline.paragraphs for p in BODY[1:])  # the first is read as the lead


def test_one_header_is_enough_inside_a_comment_section():
    art = clean(page(
        TITLE, *BODY, "Labels: harbour, transport", "1 comment:", "●",
        "peter_p said...", C1, "August 9, 2021 11:01 AM [icon_delet]",
        "Post a Comment", "Older Post Home",
    ))
    assert_body_intact(art)
    assert [(c.author, c.text) for c in art.comments] == [("peter_p", C1)]
    assert art.comments[0].posted == "August 9, 2021 11:01 AM"
    # a picture's file name is shaped like a stamp but names no one
    art = clean(page(TITLE, *BODY, "Comments", "Screen Shot 2021-11-01 at 9.41.03 AM", "Who took this picture?"))
    assert art.comments == ()


def test_age_lines_mark_comments_between_repeated_names():
    art = clean(page(
        TITLE, *BODY, "Comments", "Sort by newest",
        "Peter P.", "3 hours ago", "Peter P.", "•", C1,
        "Mary J.", "7 hours ago", "Mary J.", "•", C2,
        "Harry O.", "1 day ago", "Harry O.", "•", C3,
    ))
    assert_body_intact(art)
    assert [c.text for c in art.comments] == [C1, C2, C3]
    assert [c.posted for c in art.comments] == ["3 hours ago", "7 hours ago", "1 day ago"]
    assert art.comments[0].header == "3 hours ago\nPeter P."


def test_usernames_with_digits_mark_their_comments():
    art = clean(page(
        TITLE, *BODY, "19 Responses",
        "• NFreak007", C1, "• Badboy969", C2, "• NFreak007", C3, "• Eugene", "Nice article. Thanks. :) Eugene",
    ))
    assert_body_intact(art)
    assert [c.author for c in art.comments] == ["NFreak007", "Badboy969", "NFreak007", "Eugene"]
    assert [c.text for c in art.comments][:3] == [C1, C2, C3]


def test_nothing_after_a_no_comments_notice():
    """A sidebar of bulleted names and blurbs under "No comments yet" is
    the page's, not a thread."""
    art = clean(page(
        TITLE, *BODY, "No comments yet", "Comments are closed.",
        "• Harbour Watch", "Harbour Watch is a local group that reports on the state of the bridges every month.",
        "• Ferry Times", "Ferry Times lists every crossing and its delays, updated each morning by volunteers.",
        "• Cycle Club", "The cycle club meets on Saturdays and welcomes riders of every age and ability.",
    ))
    assert_body_intact(art)
    assert art.comments == ()


def test_dated_names_under_their_comments():
    """A date and a name after each comment, no time: inside a comment
    section they close their comments."""
    art = clean(page(
        TITLE, *BODY, "Reader Comments (3)",
        C1, "October 15, 2021 | Unregistered CommenterPeter",
        C2, "October 16, 2021 | Mary Jane",
        C3, "October 16, 2021 | Harry",
        "PostPost a New Comment", "Enter your information below to add a new comment.",
    ))
    assert_body_intact(art)
    assert [c.text for c in art.comments] == [C1, C2, C3]
    assert [c.author for c in art.comments][1:] == ["Mary Jane", "Harry"]


def test_numbered_names_mark_comments():
    art = clean(page(
        TITLE, *BODY, "3 Comments, Comment or Ping",
        "1. 1. Al", C1, "2. 2. Subversive", C2, "3. 3. Goldberg", C3,
    ))
    assert_body_intact(art)
    assert [(c.author, c.text) for c in art.comments] == [("Al", C1), ("Subversive", C2), ("Goldberg", C3)]


POSTS = [
    "The committee met again today and the chairman said the report would be published next week, after the lawyers have read it.",
    "A reader writes in to say that the numbers in yesterday's post were wrong, and he is right: the deficit is larger, not smaller.",
    "More on the pension plan tomorrow, when the budget office releases its estimate of what the changes would cost over ten years.",
]
STAMPS = ["(May 28, 2005 -- 01:54 PM EDT // link)", "(May 27, 2005 -- 02:19 PM EDT // link)", "(May 27, 2005 -- 11:51 AM EDT // link)"]


def _blog(signatures: list[str], opener: list[str], rule: str = "━━━━━━━━━━━━") -> str:
    parts = ["Archive", "Home", *opener]
    for stamp, post, name in zip(STAMPS, POSTS, signatures):
        parts += [stamp, post, f"-- {name}", rule]
    return "\n\n".join(parts + ["© 2005 Example Memo"])


@pytest.mark.parametrize("rule", ["━━━━━━━━━━━━", "_______________________________", "-" * 30])
def test_one_authors_signed_posts_are_no_comment_thread(rule):
    """The rule between a post's signature and the next stamp is w3m's
    line, lynx's underscores (one "word" to a regex's \\w) or dashes."""
    article = clean(_blog(["Jane Marshall"] * 3, [], rule))
    assert all(p in article.body for p in POSTS)
    assert not article.comments


def test_signed_comments_under_a_comment_header_stay_comments():
    for names in (["Jane Marshall"] * 3, ["Ann Lee", "Bob Stone", "Carla Diaz"]):
        text = "\n\n".join([TITLE, *BODY]) + "\n\n" + _blog(names, ["3 Comments"])
        article = clean(text)
        assert not any(p in article.body for p in POSTS), names


@given(st.text(max_size=60))
@settings(max_examples=300, deadline=None)
def test_a_headers_skeleton_is_its_runs_of_digits_and_of_letters_reduced(text):
    import regex

    from newsclean.thread import skeleton

    def runs(m):
        # a digit as the regex module reads one (its Unicode tables can be
        # newer than Python's own: str.isdigit("\U00011de0") is False here)
        return "0" if regex.match(r"\d", m.group()) else "a"

    assert skeleton(text) == regex.sub(r"\d+|\p{L}+", runs, text)
