"""A film's "Edited by" credit in a credit block is kept, while the page's own "Edited by"
byline is still dropped (invented pages, none of the corpus's names)."""

from __future__ import annotations

from bot.extract import extract_facts
from bot.extract.page import read_page
from bot.ingestion.seedfile import parse_seed


def test_edited_by_among_credit_lines_is_the_films_editor() -> None:
    raw = (
        " date 2026-01-10 Harbourlight opens in cinemas in May.\n"
        "Harbourlight gets a release date\n"
        "The drama follows a lighthouse keeper.\n"
        "Directed by Saoirse Blennerhassett\n"
        "Edited by Ludo Kirchner\n"
        "Music by Anouk Temmerman\n"
    )
    found = extract_facts(parse_seed(raw.encode()).article)
    assert ("editor", "Ludo Kirchner") in {(c.role.value, c.name) for c in found.crew}


def test_edited_by_before_a_cinematography_label_line() -> None:
    body = read_page(["Harbourlight first look", "Story by Mei Okonjo", "Cinematography: Rui Paz"])
    assert "Story by Mei Okonjo" in body.body


def test_the_pages_edited_by_byline_is_still_furniture() -> None:
    body = read_page(["Harbourlight first look", "Edited by Jo Reyes", "Filming starts soon."])
    assert "Edited by Jo Reyes" not in body.body
