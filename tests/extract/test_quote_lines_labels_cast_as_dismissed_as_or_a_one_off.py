"""Quote lines on invented text: a part's label someone is cast as ("finally being cast as “the
funny one”"), a label a view is dismissed with, no one named to say it ("people dismissed the
show as “kids' stuff”"), and a whole lowercase label after a determiner and an adjective ("a
one-off “members preview night”,") are nobody's words, held; a named critic's dismissal stays
served as the critic's."""

from __future__ import annotations

from tests.extract.helpers import facts


def _quote(found_quotes: tuple, start: str):  # type: ignore[no-untyped-def]
    return next(q for q in found_quotes if q.text.startswith(start))


def test_a_label_someone_is_cast_as_is_nobodys_words() -> None:
    for clause in ("finally being cast as", "has at last been cast as"):
        found = facts(
            "Ada Vale spent the spring on a trawler for Saltwick. She tells our cover story about "
            f"salt, Norwegian and {clause} “the awkward one”.",
            date="2026-02-03",
            title="Cover story: Ada Vale",
        )
        assert not _quote(found.quotes, "the awkward one").served, clause


def test_a_label_a_view_is_dismissed_with_is_nobodys_words() -> None:
    for clause in ("people have dismissed Saltwick as", "the genre has long been written off as"):
        found = facts(
            "Saltwick ends on Sunday, and it deserves better.",
            f"For years {clause} “only for teenagers”, as if warmth were a flaw.",
            date="2026-02-03",
            title="Opinion: Saltwick was never small",
        )
        assert not _quote(found.quotes, "only for teenagers").served, clause


def test_a_whole_label_after_a_determiner_and_an_adjective_is_nobodys_words() -> None:
    for label in ("a one-off “members preview night”,", "a sold-out “late owl screening”,"):
        found = facts(
            f"Saltwick played 90 cinemas on Tuesday in {label} two days before it reached the "
            "streamer.",
            date="2026-02-03",
            title="Box office: Saltwick in the top five",
        )
        text = label.split("“")[1].split("”")[0]
        assert not _quote(found.quotes, text).served, label


def test_a_named_critics_dismissal_stays_the_critics() -> None:
    found = facts(
        "Saltwick ends on Sunday.",
        "Joss Marlow, the Herald critic, dismissed Saltwick as “a sugar rush”.",
        date="2026-02-03",
        title="Opinion: Saltwick was never small",
    )
    quote = _quote(found.quotes, "a sugar rush")
    assert quote.served
    assert quote.speaker == "Joss Marlow"
