"""Quotes: lines a part speaks in a review, parts never taken for speakers, councils and agencies
as organisations, and a rumour's words; kinds of failure met in blind batches 26 and 27, each
on invented text (none of their names)."""

from __future__ import annotations

from bot.facts import QuoteFact, SourceKind
from tests.extract.helpers import facts


def _all(*paragraphs: str, title: str | None = None) -> dict[str, QuoteFact]:
    return {q.text[:14]: q for q in facts(*paragraphs, title=title).quotes}


def _served(*paragraphs: str, title: str | None = None) -> dict[str, tuple[str, SourceKind]]:
    found = _all(*paragraphs, title=title)
    return {key: (q.speaker, q.source) for key, q in found.items() if q.served}


def test_a_reviews_unattributed_lines_and_a_part_spoken_to_are_held() -> None:
    found = _all(
        "It opens in a flooded village, where Mara Quell wades into the chapel and says to the "
        "empty pews: “Nobody ever came back for us.”",
        "Greta Vossberg's Ines is the film's dry wit. “It's a boat, not a marriage,” she tells "
        "Tobiah when he frets about sharing the oars.",
        "Late on, the script admits its own contrivance: “You might have phoned,” Ruben says.",
        title="Lowwater review – a soggy but stirring farewell",
    )
    assert not found["Nobody ever ca"].served
    assert not found["It's a boat, n"].served
    assert not found["You might have"].served


def test_a_review_keeps_what_a_named_maker_said_and_its_pronoun_after() -> None:
    found = _served(
        "Lowwater review: a soggy but stirring farewell",
        "Director Petra Haldane has called the film “a love letter to wet weekends”.",
        "At the press screening, Haldane said the idea came from her mother's diary. “She never "
        "explained the last page,” she said.",
        title="Lowwater review: a soggy but stirring farewell",
    )
    assert found["a love letter "] == ("Petra Haldane", SourceKind.PERSON)
    assert found["She never expl"] == ("Petra Haldane", SourceKind.PERSON)


def test_a_part_that_says_the_words_is_not_a_speaker_outside_a_review() -> None:
    found = _all(
        "Odile Brassard stars as Wenna Tally in the Lowwater film, out this spring.",
        "In the trailer's last beat, “I'm not going back in,” says Wenna, slamming the door.",
        "Brassard said Wenna was “the bravest person I've ever played”.",
    )
    assert not found["I'm not going "].served
    assert found["the bravest pe"].served
    assert found["the bravest pe"].speaker == "Odile Brassard"


def test_a_descriptor_after_a_part_named_in_passing_is_the_actor_before() -> None:
    found = _served(
        "Odile Brassard and Baz Okoro, who play Wenna Tally and Jory Tally, walked the carpet.",
        "Okoro was quieter. Asked whether he'd miss playing Jory, the 24-year-old shrugged "
        "before answering: “Yes. But Jory deserves a rest.”",
    )
    assert found["Yes. But Jory "][0] != "Jory Tally"


def test_a_council_and_an_agency_in_apposition_are_organisations() -> None:
    found = _served(
        "Filming on the Lowwater film moves to Fenby next week.",
        "A notice from Fenby District Council said Mill Road would shut “from dawn to dusk” for "
        "three days.",
        "At the time, his agency, Harrowgate Artists, told Screen Daily there was “nothing "
        "signed”.",
        "Bramley Talent said its client was “thrilled to join”.",
        "His publicist, Daria Kowal, told Screen Daily there was “no news yet”.",
    )
    assert found["from dawn to d"][1] is SourceKind.ORGANISATION
    assert found["nothing signed"] == ("Harrowgate Artists", SourceKind.ORGANISATION)
    assert found["thrilled to jo"][1] is SourceKind.ORGANISATION
    assert found["no news yet"] == ("Daria Kowal", SourceKind.PERSON)


def test_a_rumour_named_by_its_words_is_not_a_quote() -> None:
    found = _all(
        "What is still unconfirmed:",
        "• The “Odile Brassard has quit” rumour. Her agent denied it in June.",
        "• That “second film already shot” claim doing the rounds on forums.",
    )
    assert "Odile Marchett" not in found
    assert "second film al" not in found


def test_a_bystander_named_after_said_is_a_person() -> None:
    found = _served(
        "Crowds gathered as the Lowwater film shot on the quay.",
        "“They kissed in the rain nine times and it never got old,” said onlooker Tamsin Prew, "
        "15, who had come with her aunt.",
        "“My chips went cold watching,” says local resident Idris Faulk.",
    )
    assert found["They kissed in"] == ("Tamsin Prew", SourceKind.PERSON)
    assert found["My chips went "] == ("Idris Faulk", SourceKind.PERSON)


def test_a_quote_with_its_own_unread_attribution_is_not_the_quote_befores() -> None:
    found = _all(
        "Crowds gathered as the Lowwater film shot on the quay.",
        "“They kissed in the rain nine times,” said Tamsin Prew, who had come with her aunt.",
        "“Best free show in town,” says veteran harbour pilot Marta Quist.",
    )
    assert found["Best free show"].speaker != "Tamsin Prew"


def test_a_star_rated_piece_holds_a_line_no_name_introduces() -> None:
    found = _all(
        "Channel 5, 9pm",
        "★★★☆☆",
        "Odile Brassard is terrific as a ferry captain who will not retire. “The sea can wait "
        "for me,” she snaps at her son, and you believe her.",
        "Late on comes the line everyone will quote: “Rope first, feelings later.”",
        "“I learned to tie eleven knots,” Brassard told us.",
        title="Lowwater",
    )
    assert not found["The sea can wa"].served
    assert not found["Rope first, fe"].served
    assert found["I learned to t"].served
    assert found["I learned to t"].speaker == "Odile Brassard"


def test_a_person_speaking_for_a_company_in_apposition_stays_a_person() -> None:
    found = _served(
        "Odile Brassard joins the Lowwater film.",
        "A spokesperson for the studio, Jo Reyes, said the deal was “done and dusted”.",
        "Her agency, Northlight Artists, said she was “over the moon”.",
    )
    assert found["done and duste"] == ("Jo Reyes", SourceKind.PERSON)
    assert found["over the moon"] == ("Northlight Artists", SourceKind.ORGANISATION)


def test_an_actor_speaking_to_a_parts_fans_still_speaks() -> None:
    found = _served(
        "Odile Brassard stars as Wenna Tally in the Lowwater film, out this spring.",
        "“Thank you for waiting,” Brassard tells Wenna's fans in a new video.",
    )
    assert found["Thank you for "] == ("Odile Brassard", SourceKind.PERSON)


def test_a_review_line_a_pronoun_tells_him_is_held() -> None:
    found = _all(
        "★★★★☆",
        "His only friend is Nan, the boatyard's gruff 70-year-old owner, played with dry timing "
        "by Oriel Fane. When she tells him, “A hull never lies, only the sailor,” it lands as "
        "the film's thesis.",
        title="Saltmere review: a quiet boatyard drama",
    )
    assert found["A hull never l"].served is False


def test_a_review_quote_a_pronoun_tells_the_writer_is_served() -> None:
    found = _served(
        "★★★★☆",
        "Oriel Fane plays Nan, the boatyard's gruff owner. “I wanted it quiet,” Fane says. When "
        "she tells me, “The boatyard was real,” I believe her.",
        title="Saltmere review: a quiet boatyard drama",
    )
    assert found["The boatyard w"] == ("Oriel Fane", SourceKind.PERSON)
