"""Quotes on invented text: a company's branch in a country is the company, not a person; "the
streamer's account" is the streamer named before it, not the production company; a name
something goes by in the passive is nobody's quote; a Q&A label with the outlet in brackets
is a label, so its question is held."""

from __future__ import annotations

from bot.facts import SourceKind
from tests.extract.helpers import facts


def _served(*paragraphs: str) -> dict[str, tuple[str, SourceKind]]:
    return {q.text[:12]: (q.speaker, q.source) for q in facts(*paragraphs).quotes if q.served}


def test_a_companys_branch_in_a_country_speaks_as_an_organisation() -> None:
    for verb, line in (
        ("confirmed", "“We are thrilled to bring it home,” Lumen Italia said in a statement."),
        ("announced", "Lumen Italia said: “We are thrilled to bring it home.”"),
    ):
        found = _served(
            "Dario Venturi joins the Copper Bay film as the harbour master.",
            f"Lumen Italia {verb} that the film arrives on 4 June.",
            line,
        )
        speaker, source = found["We are thril"]
        assert source is SourceKind.ORGANISATION and speaker == "Lumen Italia", line


def test_the_streamers_own_account_is_the_streamer_not_the_producer() -> None:
    for line in (
        "The streamer’s official account confirmed the date on Friday with a teaser. "
        "“Same tide. New day,” the caption read.",
        "The platform’s account shared a poster on Friday. “Same tide. New day,” the caption said.",
    ):
        found = _served(
            "Kestrel has pushed the Copper Bay series, a comedy from Gullwing Pictures, by a week.",
            line,
        )
        assert found["Same tide. N"] == ("Kestrel", SourceKind.ORGANISATION), line


def test_a_name_given_in_the_passive_is_no_quote() -> None:
    for line in (
        "The Copper Bay drama, already being called “the thriller of the autumn”, opens soon.",
        "The Copper Bay drama has been dubbed ‘the new Broadchurch’ by nobody in particular.",
    ):
        assert not any(q.served for q in facts(line).quotes), line


def test_an_active_caller_still_says_the_words() -> None:
    found = _served(
        "Dario Venturi joins the Copper Bay film as the harbour master.",
        "Venturi called the script “the best thing I have read in years”.",
    )
    assert found["the best thi"] == ("Dario Venturi", SourceKind.PERSON)


def test_a_label_with_an_outlet_in_brackets_asks_a_question() -> None:
    for label in ("JOURNALIST (Harbour Times)", "AUDIENCE MEMBER (via video link)"):
        found = facts(
            "Copper Bay press conference: Dario Venturi and Ilse Marken take questions.",
            "HOST: Dario, what drew you to the harbour master?",
            "DARIO VENTURI: The sea. It was a cold shoot and a warm crew.",
            f"{label}: Did you swim in the bay yourself?",
            "ILSE MARKEN: Every morning. Nobody else would.",
        ).quotes
        served = {q.text: q.speaker for q in found if q.served}
        assert not any("swim" in text for text in served), label
        assert served.get("Every morning. Nobody else would.") == "Ilse Marken"


def test_a_one_word_name_speaking_in_a_statement_is_a_company() -> None:
    for line in (
        "Kestrel said in a statement that demand had been “far beyond anything we planned for”.",
        "“Far beyond anything we planned for,” Kestrel said in a short statement.",
    ):
        found = _served("The Copper Bay film, starring Mara Quint, previewed in Leeds.", line)
        speaker = next(v for k, v in found.items() if k.lower().startswith("far beyond"))
        assert speaker == ("Kestrel", SourceKind.ORGANISATION), line


def test_a_surname_speaking_in_a_statement_stays_the_person() -> None:
    found = _served(
        "The Copper Bay film, starring Mara Quint, previewed in Leeds.",
        "Quint said in a statement that the shoot had been “brutal but joyful”.",
    )
    assert found["brutal but j"] == ("Mara Quint", SourceKind.PERSON)


def test_a_statement_from_a_company_before_a_colon_is_the_companys() -> None:
    for line in (
        "The statement from Kestrel: “We could not be prouder of this one.”",
        "A short statement from Kestrel read: “We could not be prouder of this one.”",
    ):
        found = _served("The Copper Bay film, from Kestrel Pictures, previews in Leeds.", line)
        assert found["We could not"] == ("Kestrel Pictures", SourceKind.ORGANISATION), line


def test_a_statement_from_an_unplaced_name_is_nobodys() -> None:
    found = _served(
        "The Copper Bay film, starring Mara Quint, previews in Leeds.",
        "“It was a dream,” Quint said.",
        "The statement from Joss: “We could not be prouder of this one.”",
    )
    assert found.get("We could not", ("", SourceKind.UNATTRIBUTED))[0] != "Mara Quint"


def test_words_posted_with_a_picture_and_the_words_are_the_posters() -> None:
    for line in (
        "Mara Quint marked the day on Instagram with a photo and the words “That is a wrap.”",
        "Mara Quint closed the shoot with a short clip and the message “That is a wrap.”",
    ):
        found = _served("The Copper Bay film, starring Mara Quint, previewed in Leeds.", line)
        assert found["That is a wr"] == ("Mara Quint", SourceKind.PERSON), line
