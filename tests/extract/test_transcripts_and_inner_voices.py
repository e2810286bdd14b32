"""Transcripts and answers on invented text: a time stamp or a bracketed note between turns is
nobody's words."""

from __future__ import annotations

from tests.extract.helpers import served_quote_list


def test_a_time_stamp_or_a_bracketed_note_between_turns_is_no_quote() -> None:
    for marker in ("[00:12:40]", "(01:02:03)", "[Laughter]", "32:10"):
        found = served_quote_list(
            "This week on the Reel Talk podcast we sat down with Maren Solvik.",
            "HOST: Where did you shoot it?",
            "MAREN: On a ferry, mostly. We were all seasick.",
            marker,
            "HOST: And the ending?",
            "MAREN: You will have to wait and see.",
        )
        texts = [text for text, _ in found]
        assert marker not in texts, found
        assert ("On a ferry, mostly. We were all seasick.", "Maren Solvik") in found


def test_words_another_says_inside_an_answer_are_not_the_answerers() -> None:
    for answer, theirs, mine in (
        (
            "Lior Ben-Ami: I was in a chip shop in Leeds holding a sad pie. My manager rang and "
            'said, "Are you standing up?" and I said, "I am in a chip shop, of course I am." A '
            "week later I was in Hull.",
            "Are you standing up?",
            "I am in a chip shop, of course I am.",
        ),
        (
            "Lior Ben-Ami: I was asleep on a night train to Bergen. Then my mum called and said, "
            "“You got it, love!” and I said, “Got what, exactly?” She was already crying.",
            "You got it, love!",
            "Got what, exactly?",
        ),
    ):
        found = served_quote_list(
            "Screen North spoke to Lior Ben-Ami about his first lead role.",
            "Screen North: How did you get the part?",
            answer,
            "Screen North: And now?",
            "Lior Ben-Ami: Now I sleep.",
        )
        assert (theirs, "Lior Ben-Ami") not in found, found
        assert (mine, "Lior Ben-Ami") in found, found


def test_a_turn_after_a_time_stamp_is_a_speaker_turn() -> None:
    for stamp in ("[00:01:10]", "(14:02)"):
        found = served_quote_list(
            "This week on the Reel Talk podcast, hosts Dara Quill and Sami Roe sat down with "
            "Maren Solvik.",
            stamp,
            "DARA: For anyone just tuning in, Maren plays the ferry captain in Lanterns.",
            "MAREN: That's right, and I still get seasick on the Thames.",
        )
        assert (
            "For anyone just tuning in, Maren plays the ferry captain in Lanterns.",
            "Dara Quill",
        ) in found, found
        assert ("That's right, and I still get seasick on the Thames.", "Maren Solvik") in found


def test_a_known_person_named_as_the_subject_inside_an_answer_says_the_words() -> None:
    for answer in (
        "Lior Ben-Ami: We did the fight in one take. Maren grabbed my arm afterwards and then "
        "said, “You owe me a new elbow.” I laughed for a week.",
        "Lior Ben-Ami: It was freezing. Maren looked at the sea and said, “You owe me a new "
        "elbow.” Then we jumped.",
    ):
        found = served_quote_list(
            "Screen North spoke to Lior Ben-Ami, who stars opposite Maren Solvik in Lanterns.",
            "Screen North: What was the hardest scene?",
            answer,
            "Screen North: And now?",
            "Lior Ben-Ami: Now I sleep.",
        )
        assert ("You owe me a new elbow.", "Maren Solvik") in found, found
