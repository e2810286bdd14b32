"""Quotes on invented text: a director's earlier work named in apposition ("Vey's debut, Low
Tide, was ...") is no speaker; a studio's synopsis is never credited to the film's own title;
a phrase in marks used as a label ("the ‘Brennan sighting’ photo") or a claim the article
dismisses ("anything claiming “wrapped on Friday” is fake") is held, said by no one."""

from __future__ import annotations

from tests.extract.helpers import facts


def test_a_work_in_apposition_is_no_speaker() -> None:
    for opening in (
        "Odile Vey’s debut, Low Tide, was a quiet success at festivals in 2021, and she admits "
        "the second film has felt different.",
        "Odile Vey’s first feature, The Glass Orchard, played Berlin in 2020, and she says the "
        "attention this time is new.",
    ):
        found = facts(
            "Director Odile Vey has finished shooting Copperhill in Wales.",
            opening,
            "“Nobody expects anything from a first film,” she says.",
            date="2026-05-04",
            title="Odile Vey on making Copperhill",
        )
        credits = [(q.text[:20], q.speaker) for q in found.quotes if q.served]
        assert credits == [("Nobody expects anyth", "Odile Vey")], credits


def test_a_synopsis_is_never_credited_to_the_films_title() -> None:
    for lead in (
        "Orla Finch made a striking debut with Brackwater in 2022, and her follow-up, "
        "Lowmere, is one of the most awaited horror films of the year.",
        "After Brackwater, Orla Finch returns with her second feature, Lowmere, which is "
        "already one of the most awaited horror films of the year.",
    ):
        found = facts(
            lead,
            "Lowmere was due in October, but Harrow Pictures has moved it to March. Lowmere "
            "will now open on March 5, and Lowmere is still rated R.",
            "Lowmere stars Ivo Brandt. Lowmere was shot in Norfolk.",
            "The official synopsis reads: “When a ferryman’s daughter returns to the fens, the "
            "water remembers her.”",
            date="2026-04-20",
            title="Lowmere: Release Date, Cast and Everything We Know",
        )
        credits = {(q.speaker, q.served) for q in found.quotes if "ferryman" in q.text}
        assert ("Lowmere", True) not in credits, credits


def test_a_marked_label_or_dismissed_claim_is_held() -> None:
    for line in (
        "No, Bea Marlow has not been spotted on set. The 'Marlow sighting' photo from Friday "
        "is from another shoot.",
        "There is still no date. Anything on social media claiming “June 3rd confirmed” is "
        "fake, so please don't repost it.",
        "Ignore the “wrapped on Friday” rumour: it is false.",
    ):
        found = facts(
            "Weekly thread for Copperhill news.",
            line,
            date="2026-05-04",
            title="Copperhill weekly megathread",
        )
        served = [q.text for q in found.quotes if q.served]
        assert not served, served


def test_a_title_named_most_is_not_the_synopsis_owner() -> None:
    from bot.extract.apposed_works import apposed_works
    from bot.extract.loose_credits import documents_company
    from bot.facts import QuoteFact, SourceKind

    text = (
        "Orla Finch returns with her follow-up, Lowmere, next year. Lowmere moved. Lowmere is "
        "rated R. Lowmere was shot in Norfolk, and Harrow Pictures set March 5. The official "
        "synopsis reads: “The water remembers her.”"
    )
    assert apposed_works(text) == {"Lowmere"}
    assert apposed_works("Ivo Brandt’s second film, The Long Fen, opens in May.") == {
        "The Long Fen"
    }
    companies = {"Lowmere": "Lowmere", "Harrow Pictures": "Harrow Pictures"}
    fact = QuoteFact(
        "The water remembers her.",
        "Lowmere",
        SourceKind.ORGANISATION,
        "The official synopsis reads",
    )
    works = apposed_works(text)
    credited = documents_company(text, companies.get, fact, lambda name: name in works)
    assert (credited.speaker, credited.served) == ("Harrow Pictures", True)
    alone = documents_company(text, {"Lowmere": "Lowmere"}.get, fact, lambda name: name in works)
    assert not alone.served
