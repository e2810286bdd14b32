"""Review mends of round 167 (invented articles): a plot's "misidentified" or "misnamed" is no
correction notice; a guide's title-case headline or its opening "This" names no entry by its
first word; a director's direction that "is the model" is another film's; reports someone
confirms hedge no shoot; spaced hyphens and unspaced dashes set off a floor-taker; "someone’ll
call it" foresees a label."""

from __future__ import annotations

from tests.extract.helpers import facts, held_pairs, release_kinds, served_crew, served_pairs

_TITLE = "Brisk Hollow: first look"
_LEDE = "Brisk Hollow, the new BBC drama, starts filming in Kent next month."


def _quotes(*paragraphs: str) -> list[tuple[str, str]]:
    found = facts(_LEDE, "Tamsin Orlébar and Marlo Quillby star.", *paragraphs, title=_TITLE)
    return [(quote.text[:12], quote.speaker) for quote in found.quotes if quote.served]


def test_a_plots_misnamed_or_misidentified_keeps_the_casting() -> None:
    for line in (
        "A widow misnamed in a newspaper obituary, Zinnia, is played by Tamsin Orlébar.",
        "Zinnia, a widow misidentified in a newspaper obituary, is played by Tamsin Orlébar.",
    ):
        assert ("Tamsin Orlébar", "Zinnia") in served_pairs(facts(_LEDE, line, title=_TITLE)), line


def test_the_papers_own_misnamed_still_withdraws_the_part() -> None:
    served = served_pairs(
        facts(
            _LEDE,
            "The series stars Tamsin Orlébar as Zinnia Penwick and Marlo Quillby as Dex.",
            "An earlier entry at 19:22 misnamed Marlo Quillby as Zinnia Penwick. Quillby plays"
            " Dex. Apologies.",
            title=_TITLE,
        )
    )
    assert ("Marlo Quillby", "Zinnia Penwick") not in served, served


_GUIDE = (
    "Our pick of the week's new television.",
    "Monday 4 May 2026",
    "Quillmarsh Forever",
    "Netflix, from Friday",
    "The farewell film sees Juno Thale back as Ida Brisk, the harbour's reluctant keeper.",
    "This Fragile Shore",
    "BBC One, Sunday, 9pm",
    "A moody four-parter. Velda Crane plays Mira Stace, a vet.",
    "Hollin Bay",
    "Prime Video, from Wednesday",
    "A cheerful sailing-club comedy.",
)


def test_a_title_case_or_this_led_headline_names_no_entry_by_its_first_word() -> None:
    for headline in ("What to Watch This Week", "This week's TV: a farewell and a chiller"):
        found = facts(*_GUIDE, title=headline, date="2026-05-04")
        assert ("Juno Thale", "Ida Brisk") not in held_pairs(found), headline


def test_a_headline_naming_an_entry_by_its_first_word_still_tells_it() -> None:
    found = facts(*_GUIDE, title="Quillmarsh says goodbye: what to watch", date="2026-05-04")
    assert ("Juno Thale", "Ida Brisk") in served_pairs(found)
    assert ("Velda Crane", "Mira Stace") in held_pairs(found)


def test_a_direction_held_up_as_a_model_is_another_films() -> None:
    for line in (
        "The film owes a debt to older thrillers, and Corvin Brask’s direction is an obvious"
        " touchstone.",
        "It is directed by Odile Quenby, and Corvin Brask’s direction is clearly the model.",
    ):
        assert ("director", "Corvin Brask") not in served_crew(_LEDE, line, title=_TITLE), line


def test_a_direction_judged_still_credits_its_director() -> None:
    crew = served_crew(
        _LEDE,
        "The leads are older now, and Odile Quenby’s direction is unbearably tense.",
        title=_TITLE,
    )
    assert ("director", "Odile Quenby") in crew


def test_reports_someone_confirms_leave_the_shoot_unhedged() -> None:
    for line in (
        "The BBC has confirmed the reports that filming began in July.",
        "Confirming reports that filming began in July, the BBC shared a first image.",
    ):
        kinds = release_kinds(_LEDE, line, title=_TITLE)
        assert ("filming_started", "2025-07", False) in kinds, (line, kinds)
    kinds = release_kinds(_LEDE, "Fans shared reports that filming began in July.", title=_TITLE)
    assert ("filming_started", "2025-07", True) in kinds, kinds


def test_a_floor_taker_set_off_by_hyphens_or_unspaced_dashes_says_the_words() -> None:
    for aside in (" - her co-star - ", "—her co-star—"):
        said = _quotes(
            f"“It was cold,” Tamsin Orlébar says, before Marlo Quillby{aside}leans in to add:"
            " “We wore three coats each, every single day.”"
        )
        assert ("We wore thre", "Marlo Quillby") in said, (aside, said)
        assert ("We wore thre", "Tamsin Orlébar") not in said, (aside, said)


def test_someone_bound_to_call_it_foresees_a_label() -> None:
    for lead in (
        "Somebody will inevitably call it",
        "Someone’ll call it",
        "Someone is bound to call it",
    ):
        said = _quotes(f"{lead} “the feel-good hit of the summer”, and they will be right.")
        assert not any(text.startswith("the feel") for text, _ in said), (lead, said)
