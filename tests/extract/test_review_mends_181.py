"""Review of round 181's rules on sentences of other shapes (invented text, none of the
corpus's names or titles)."""

from __future__ import annotations

from bot.extract.context import find_context
from bot.extract.doc_build import build_doc
from tests.extract.helpers import article, credits, facts, pairs, served_pairs

_ACTOR = "Brannoc Telfer was still at drama school when he landed the lead in Copper Hollow."


def _speakers(*paragraphs: str) -> dict[str, str]:
    return {q.text: q.speaker for q in facts(*paragraphs).quotes if q.served}


def test_a_fronted_month_keeps_the_pronoun_subject() -> None:
    speakers = _speakers(
        _ACTOR,
        "Things moved quickly after that. In March 2025 he joined a stage revival opposite"
        " Ondine Carrow's Lady Anne, a part he still won't discuss.",
        "“I am not allowed to talk about it yet,” he says.",
    )
    assert speakers.get("I am not allowed to talk about it yet") != "Ondine Carrow"


def test_a_fronted_weekday_keeps_the_pronoun_subject() -> None:
    speakers = _speakers(
        _ACTOR,
        "On Friday he joined a stage revival opposite Ondine Carrow's Lady Anne, a part he"
        " still won't discuss.",
        "“I am not allowed to talk about it yet,” he says.",
    )
    assert speakers.get("I am not allowed to talk about it yet") != "Ondine Carrow"


_CHART_TITLE = "Box office: Harrowdene takes No 2 as The Velvet Reach stays top"


def test_a_lede_with_an_irregular_verb_tells_the_pages_own_work() -> None:
    for verb in ("took", "made", "held on to"):
        context = find_context(
            build_doc(
                article(
                    f"Fenland horror Harrowdene {verb} second place with £980,000.",
                    "At No 1, the space epic The Velvet Reach made £1.4m.",
                    title=_CHART_TITLE,
                )
            )
        )
        assert "Harrowdene" in context.ours
        assert "Velvet" not in context.headline


_SHOW_LEDE = "Ferrow Street: The Movie opens in cinemas in June, directed by Lisette Ambrey."


def test_they_after_runs_counted_past_six_credit_those_runs() -> None:
    found = facts(
        _SHOW_LEDE,
        "Series 1 to 9 of the soap are on Plexa. They were directed by Gorm Hadley and Pia Renn.",
    )
    assert ("director", "Lisette Ambrey") in credits(found)
    assert ("director", "Gorm Hadley") not in credits(found)


def test_both_after_the_first_two_films_credits_those_films() -> None:
    found = facts(
        _SHOW_LEDE,
        "The first two films were modest hits. Both were directed by Gorm Hadley.",
    )
    assert ("director", "Lisette Ambrey") in credits(found)
    assert ("director", "Gorm Hadley") not in credits(found)


def test_a_production_whose_genre_is_a_school_musical_keeps_its_cast() -> None:
    found = facts(
        "Bellwether Hall, a new high school musical from Plexa with Tamsin Oyelaran as Prue"
        " Gantry, arrives in September.",
        title="Bellwether Hall: first look at Plexa's musical",
    )
    assert ("Tamsin Oyelaran", "Prue Gantry") in served_pairs(found)


def test_a_hyphenated_high_school_staging_is_not_ours() -> None:
    found = facts(
        "Quarry Bells returns next spring. Tamsin Oyelaran plays Prue Gantry.",
        "The novel has never been filmed before, though a high-school production in Derby,"
        " with Aoife Branagh-Sills as Prue, drew a crowd.",
        title="Everything we know about Quarry Bells",
    )
    assert ("Aoife Branagh-Sills", "Prue") not in pairs(found)
    assert ("Tamsin Oyelaran", "Prue Gantry") in served_pairs(found)


def test_a_claim_dated_this_morning_or_yesterday_is_retracted() -> None:
    for when in ("Earlier this morning we said", "Yesterday, we said"):
        found = facts(
            "Live: the Tallowmere cast is out, and we are updating as we go.",
            f"{when} Idris Pennock plays the innkeeper, Oswin. That was wrong: Idris Pennock"
            " plays the smuggler, Hale Crane, and newcomer Bea Lanyon plays Oswin. Sorry.",
            title="Tallowmere casting live blog",
            date="2026-06-02",
        )
        served = served_pairs(found)
        assert ("Idris Pennock", "Oswin") not in served
        assert ("Idris Pennock", "Hale Crane") in served


def test_names_a_relative_denial_closes_in_other_words_are_not_ours() -> None:
    for denial in (
        "neither of whom will be involved in the film",
        "neither of whom is returning for the film",
        "none of whom are on board for the remake",
    ):
        found = facts(
            _SHOW_LEDE,
            "The soap ran from 2009 to 2016, its episodes directed by Gorm Hadley or Pia Renn –"
            f" {denial}.",
        )
        assert ("director", "Lisette Ambrey") in credits(found)
        assert not {name for _, name in credits(found)} & {"Gorm Hadley", "Pia Renn"}


def test_titles_before_other_writing_posts_are_no_writers() -> None:
    for post in ("screenwriter", "songwriter", "scriptwriter"):
        found = facts(
            _SHOW_LEDE, f"The Gallowmoor and Thistledown {post} wrote the script as well."
        )
        names = {name for _, name in credits(found)}
        assert not names & {"Gallowmoor", "Thistledown"}


def test_a_speaker_telling_what_a_post_or_a_wider_team_did_is_not_credited() -> None:
    for subject in ("the director", "its two camera operators", "the second unit team"):
        found = facts(
            _SHOW_LEDE,
            f"Producer Orla Fenwick of Tarn Pictures said {subject} shot the film in nine weeks.",
        )
        assert ("producer", "Orla Fenwick") in credits(found)
        assert ("cinematographer", "Orla Fenwick") not in credits(found)
