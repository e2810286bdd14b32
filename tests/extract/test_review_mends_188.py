"""Review mends of round 188 (invented text): a work an opening sentence names as one someone is
known by or set beside is no profile's own work, and a channel's new work dated in its own
clause stays ours when the article names no other channel; a casting a relative possessive tells
("whose casting as Mira") gives no pair when the part is another work's or was never settled; a
review's "When <first name> says" scene holds its words whatever the name's accent or hyphen, an
"as" opening or a listener after the verb; a sayer in a time clause whose verb leads straight
into the words ("laughed when Reyes joked, “...”") said them; a line led in as one a part says
by the part's name ("the line Mira says in the finale:") is the work's line; a hyphened origin
after "by the" reads with accents and a "-raised" or "-bred" too; a run a past award honoured is
any ordinal, a debut or "season two", not only the first three."""

from __future__ import annotations

from tests.extract.helpers import facts, served_crew, served_pairs


def _days(*paras: str, title: str, date: str) -> set[str]:
    found = facts(*paras, date=date, title=title)
    return {str(r.date) for r in found.release if r.served and r.kind.value == "premiere_date"}


def test_a_work_the_opening_sentence_names_as_a_past_credit_is_not_ours() -> None:
    for opening in (
        "Best known for Harrow Lane, Ada Vale has spent a year on her first film.",
        "If you loved Harrow Lane, these five dramas should be next on your list.",
        "Ada Vale, who wrote Harrow Lane, is back with a quieter story.",
        "Years after Harrow Lane, Ada Vale has a new film.",
    ):
        days = _days(
            opening,
            "She shot it in Leeds over a cold winter.",
            "Harrow Lane arrives on Netflix on 3 May.",
            title="Ada Vale and Tom Reyes on a long winter",
            date="2026-04-20",
        )
        assert days == set(), opening


def test_a_work_the_opening_sentence_names_as_the_present_job_is_ours() -> None:
    days = _days(
        "Editor Ada Vale spent a year cutting Harrow Lane for Netflix.",
        "She started in music videos.",
        "Harrow Lane lands on Netflix on 3 May.",
        title="Ada Vale on cutting a thriller",
        date="2026-04-20",
    )
    assert days == {"2026-05-03"}


def test_a_channels_new_work_named_once_with_no_other_channel_is_ours() -> None:
    for sentence in (
        "Ada Vell leads ITV's new drama, which premieres on 19 March.",
        "The six-part series is Channel 4's new thriller, which airs on 19 March.",
    ):
        days = _days(
            "Pellow Lane has a date at last, and the cast is already talking.",
            sentence,
            title="Pellow Lane: everything we know",
            date="2026-03-02",
        )
        assert days == {"2026-03-19"}, sentence


def test_a_channels_new_work_beside_our_own_channel_is_still_another() -> None:
    days = _days(
        "Pellow Lane, the Netflix drama, arrived on Netflix on Friday 27 February.",
        "Next week we look at ITV's new drama, which premieres on 19 March.",
        title="Review: Pellow Lane is a gentle goodbye",
        date="2026-03-02",
    )
    assert days == {"2026-02-27"}


_CAST_TITLE = "Pellow Lane: first look at the new drama"
_CAST_LEDE = "Pellow Lane starts on ITV in May."


def test_a_whose_casting_in_another_work_or_never_settled_gives_no_pair() -> None:
    for sentence in (
        "Ada Vale, whose casting as Mira in the 2019 film divided fans, returns as a villain.",
        "Ada Vale, whose casting as Mira was rumoured for months, has said nothing.",
        "Ada Vale, whose casting as Mira was never confirmed, is in talks.",
        "Ada Vale, whose casting as Mira fell through last year, is back in talks.",
        "Ada Vale, whose hiring as Mira was denied by the studio, is in talks.",
    ):
        found = facts(_CAST_LEDE, sentence, title=_CAST_TITLE)
        assert ("Ada Vale", "Mira") not in served_pairs(found), sentence


def test_a_whose_casting_confirmed_still_gives_the_pair() -> None:
    sentence = "Ada Vale, whose casting as Mira was confirmed on Tuesday, starts filming in June."
    found = facts(_CAST_LEDE, sentence, title=_CAST_TITLE)
    assert ("Ada Vale", "Mira") in served_pairs(found)


_REVIEW_LEDE = "Our critic on Copper Street, the final film of the long-running teen drama."


def test_a_scene_told_by_any_first_name_and_saying_is_not_served() -> None:
    for opening in (
        "When Zoë says",
        "When Jean-Luc says",
        "When Maddox tells Zoë",
        "When Maddox finally admits to Elle",
        "As Maddox says",
    ):
        found = facts(
            _REVIEW_LEDE,
            f"The film never begs for tears. {opening} “I kept the ticket from that night”, the"
            " cinema went very quiet.",
        )
        assert not any(q.served and q.text.startswith("I kept") for q in found.quotes), opening


def test_a_time_clause_sayer_whose_verb_leads_into_the_words_said_them() -> None:
    for sentence in (
        "Ada Vell laughed when Tom Reyes joked, “We had the best summer.”",
        "Ada Vell nodded when Tom Reyes told fans: “We had the best summer.”",
    ):
        found = facts(
            "Pellow Lane returns to ITV in May, and the cast are thrilled.",
            sentence,
            title="Pellow Lane: first look",
        )
        speakers = {q.speaker for q in found.quotes if q.text.startswith("We had")}
        assert speakers == {"Tom Reyes"}, (sentence, speakers)


def test_a_line_a_part_says_by_name_is_the_works_line() -> None:
    found = facts(
        "Pellow Lane returns to ITV in May, and the cast are thrilled.",
        "Ada Vell quotes the line Mira says in the finale: “Nobody leaves this town.”",
        title="Pellow Lane: Ada Vell on her new role",
    )
    assert not any(q.served and q.text.startswith("Nobody") for q in found.quotes)


def test_a_hyphened_origin_with_an_accent_or_raised_before_the_name_credits_the_writer() -> None:
    for sentence in (
        "It was written by the Québec-born Colm Bray.",
        "It was written by the Franco-Émirati Colm Bray.",
        "It was written by the Leeds-raised Colm Bray.",
    ):
        crew = served_crew(
            "The Harbour Lights film arrives in German cinemas next week.",
            sentence,
            title="Harbour Lights film: the German edition",
        )
        assert ("writer", "Colm Bray") in crew, sentence


def test_any_awarded_past_run_before_a_participle_credits_no_director_of_ours() -> None:
    for sentence in (
        "The show won a Bafta in 2021 for its fourth season, directed by Colm Bray.",
        "The show collected two awards for the show's debut series, directed by Colm Bray.",
        "The show picked up three prizes in 2021, among them for season two, directed by Colm"
        " Bray.",
    ):
        crew = served_crew(
            "The Harbour Lights film began shooting in Whitby this week, with Nadia Orr directing.",
            sentence,
            title="Harbour Lights film starts shooting in Whitby",
        )
        assert ("director", "Colm Bray") not in crew, sentence
