"""Review mends of round 163, on invented text: a notice's "It originally said ..." withdraws
its claim again (a claim about someone's kin still does not), and a quoted past part after
"starred as" before "opposite" is that work's, as one after "played" is; a role noun before one
told as the first film's maker is that film's post, as the original's maker's is."""

from __future__ import annotations

import pytest

from tests.extract.helpers import facts, pairs, served_crew, served_pairs

_TRAILER = "Netflix has released the trailer for Saltfen, the film that ends the story."


@pytest.mark.parametrize(
    "notice",
    [
        "Correction: This article has been amended. It originally said Tamsin Quill plays Cass "
        "Penhale; Quill plays Edda Rook. We apologise for the error.",
        "Correction: This article was amended on 3 May. It previously stated that Tamsin Quill "
        "plays Cass Penhale; in fact Quill plays Edda Rook.",
        "Correction: This article has been amended. It initially reported Tamsin Quill as Cass "
        "Penhale; Quill plays Edda Rook. We apologise for the error.",
        "Correction: An earlier version of this article gave the wrong date. It also stated that "
        "Tamsin Quill plays Cass Penhale; Quill plays Edda Rook.",
    ],
)
def test_a_notices_it_originally_said_withdraws_the_pairing(notice: str) -> None:
    found = served_pairs(facts(_TRAILER, notice, title="Saltfen trailer lands"))
    assert ("Tamsin Quill", "Cass Penhale") not in found
    assert ("Tamsin Quill", "Edda Rook") in found


def test_a_notices_claim_about_a_parts_kin_keeps_the_part() -> None:
    found = served_pairs(
        facts(
            "Saltfen adds Corvin Ashe, who plays the ferryman Ivo Castellane, to its cast.",
            "Correction: An earlier version of this article gave the wrong date. It also said "
            "Corvin Ashe plays Ivo Castellane's brother; he plays Ivo Castellane.",
            title="Saltfen adds Corvin Ashe",
        )
    )
    assert ("Corvin Ashe", "Ivo Castellane") in found


@pytest.mark.parametrize(
    "line",
    [
        "In 2023 he joined Glimmer's Marrow Cut, in which he starred as the mysterious “Kid” "
        "opposite Tamsin Quill’s Edda Rook.",
        "In 2023 he co-starred as the mysterious “Kid” alongside Tamsin Quill’s Edda Rook.",
        'In 2023 he played the mysterious "Kid" opposite Tamsin Quill\'s Edda Rook.',
    ],
)
def test_a_quoted_past_part_starred_as_opposite_is_that_works(line: str) -> None:
    found = pairs(
        facts(
            "Corvin Ashe leads Saltfen, the BBC's new drama, as Ivo Castellane.",
            line,
            title="Saltfen star Corvin Ashe on his big break",
        )
    )
    assert ("Tamsin Quill", "Edda Rook") not in found


@pytest.mark.parametrize(
    "line",
    [
        "Director Ludo Farrant, who directed the first film, is busy elsewhere.",
        "Director Ludo Farrant, who made the first movie in 2019, is busy with a western.",
        "Director Ludo Farrant, who shot the first instalment, has moved on to television.",
    ],
)
def test_the_first_films_maker_is_no_credit_on_the_sequel(line: str) -> None:
    crew = served_crew(
        "Gorse Lantern 2 starts filming in Kent next month.", line, title="Gorse Lantern 2 shoots"
    )
    assert ("director", "Ludo Farrant") not in crew


def test_the_first_series_maker_may_return() -> None:
    crew = served_crew(
        "Gorse Lantern starts filming its second series in Kent next month.",
        "Director Ludo Farrant, who made the first series, is back for series two.",
        title="Gorse Lantern series two shoots",
    )
    assert ("director", "Ludo Farrant") in crew
