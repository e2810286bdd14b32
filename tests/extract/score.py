"""Score the extractor against the corpus's ``expected.json``.

Run ``python -m tests.extract.score`` for a per-category table (cast, crew, release, quotes,
people) of precision and recall, quote speaker accuracy and every ``must_not`` violation.
:func:`score_corpus` returns the same numbers for the tests to assert floors on.

Matching follows the corpus conventions: names compare through the ``aliases`` table (the
extractor may emit as-written spellings), quotes match by their ``text_start`` prefix, release
facts by kind and normalised value (``filming_planned`` facts listed under
``other_statements`` are expected too).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.extract import extract_facts
from bot.facts import ArticleFacts, CastStatus, ReleaseFact
from bot.ingestion.seedfile import parse_seed

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
SEEDS = ROOT / "seeds"
EXPECTED = CORPUS / "expected.json"


def article_path(name: str, spec: dict[str, Any]) -> Path:
    """Fictional articles live in tests/corpus; the real seed articles stay in seeds/."""
    if "seeds" in spec.get("path", ""):
        return SEEDS / name
    return CORPUS / name


@dataclass
class Tally:
    """True positives, false positives and misses for one category."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Score:
    cast: Tally = field(default_factory=Tally)
    crew: Tally = field(default_factory=Tally)
    release: Tally = field(default_factory=Tally)
    quotes: Tally = field(default_factory=Tally)
    people: Tally = field(default_factory=Tally)
    speakers_right: int = 0
    speakers_total: int = 0
    flags_right: int = 0
    flags_total: int = 0
    violations: list[str] = field(default_factory=list)
    extra_people: list[str] = field(default_factory=list)

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.speakers_total if self.speakers_total else 1.0

    @property
    def flag_accuracy(self) -> float:
        return self.flags_right / self.flags_total if self.flags_total else 1.0


class Canon:
    """Map as-written spellings onto the corpus's canonical names."""

    def __init__(self, aliases: dict[str, Any]) -> None:
        self.people: dict[str, str] = {**aliases["people"], **aliases["actors"]}
        self.characters: dict[str, str] = dict(aliases["characters"])
        self.people["Bel Priestly"] = "Bel Priestley"

    def person(self, name: str) -> str:
        return self.people.get(name, name)

    def character(self, name: str) -> str:
        return self.characters.get(name, name)


def _listed(value: str) -> set[str]:
    return {part.strip() for part in value.split("/") if part.strip()}


def _score_cast(facts: ArticleFacts, spec: dict[str, Any], canon: Canon, tally: Tally) -> None:
    expected = {
        (c["actor"], c["character"]): c.get("status", "current") == "former"
        for c in spec.get("cast", [])
    }
    seen: set[tuple[str, str]] = set()
    for fact in facts.cast:
        key = (canon.person(fact.actor), canon.character(fact.character))
        if key in seen:
            continue
        seen.add(key)
        former = fact.status is CastStatus.FORMER
        if key in expected and expected[key] == former:
            tally.tp += 1
        else:
            tally.fp += 1
            tally.notes.append(f"extra cast {fact.actor} as {fact.character} ({fact.status})")
    for key in expected.keys() - seen:
        tally.fn += 1
        tally.notes.append(f"missed cast {key[0]} as {key[1]}")


def _score_crew(facts: ArticleFacts, spec: dict[str, Any], canon: Canon, tally: Tally) -> None:
    expected = {(c["role"], c["name"]) for c in spec.get("crew", [])}
    found = {(f.role.value, canon.person(f.name)) for f in facts.crew}
    tally.tp += len(found & expected)
    tally.fp += len(found - expected)
    tally.fn += len(expected - found)
    tally.notes += [f"extra crew {r} {n}" for r, n in sorted(found - expected)]
    tally.notes += [f"missed crew {r} {n}" for r, n in sorted(expected - found)]


def _release_key(kind: str, item: dict[str, Any] | ReleaseFact) -> tuple[str, str, bool]:
    if isinstance(item, ReleaseFact):
        value = item.title or item.window or (item.date.isoformat() if item.date else "")
        return kind, value, item.hedged
    value = item.get("title") or item.get("window") or item.get("date") or ""
    return kind, value, bool(item.get("hedged", False))


def _score_release(facts: ArticleFacts, spec: dict[str, Any], tally: Tally) -> None:
    wanted = list(spec.get("release", []))
    wanted += [s for s in spec.get("other_statements", []) if s["kind"] == "filming_planned"]
    expected = [_release_key(item["kind"], item) for item in wanted]
    found = [_release_key(f.kind.value, f) for f in facts.release]
    remaining = list(expected)
    for key in found:
        if key in remaining:
            remaining.remove(key)
            tally.tp += 1
        else:
            tally.fp += 1
            tally.notes.append(f"extra release {key}")
    tally.fn += len(remaining)
    tally.notes += [f"missed release {key}" for key in remaining]


def _score_quotes(
    facts: ArticleFacts, spec: dict[str, Any], canon: Canon, score: Score, text: str
) -> None:
    tally = score.quotes
    matched: set[int] = set()
    for item in spec.get("quotes", []):
        start = item["text_start"]
        hits = [i for i, q in enumerate(facts.quotes) if q.text.startswith(start)]
        if not hits:
            tally.fn += 1
            tally.notes.append(f"missed quote {start!r}")
            continue
        matched.add(hits[0])
        quote = facts.quotes[hits[0]]
        tally.tp += 1
        want = item["speaker"].removesuffix(" (unnamed)")
        want_person = not (item["speaker"].endswith("(unnamed)") or " " not in want)
        got = canon.person(quote.speaker)
        score.speakers_total += 1
        if got == want and quote.speaker_is_person == want_person:
            score.speakers_right += 1
        else:
            tally.notes.append(f"speaker {start!r}: got {quote.speaker!r}, want {want!r}")
        for flag in ("fragment", "continues_previous"):
            score.flags_total += 1
            if getattr(quote, flag) == bool(item.get(flag, False)):
                score.flags_right += 1
            else:
                tally.notes.append(f"{flag} wrong on {start!r}")
    for index, quote in enumerate(facts.quotes):
        if index not in matched:
            tally.fp += 1
            tally.notes.append(f"extra quote {quote.text[:40]!r} ({quote.speaker})")
        if quote.text not in text:
            score.violations.append(f"quote not a substring: {quote.text[:40]!r}")


def _score_people(  # noqa: PLR0917 - a private helper called once
    facts: ArticleFacts, spec: dict[str, Any], canon: Canon, score: Score, name: str, text: str
) -> None:
    """Recall of everyone the article names in full (a surname alone does not count)."""
    expected: set[str] = {c["actor"] for c in spec.get("cast", [])}
    expected |= {c["name"] for c in spec.get("crew", [])}
    expected |= {p["name"] for p in spec.get("people", [])}
    expected |= {
        q["speaker"]
        for q in spec.get("quotes", [])
        if " " in q["speaker"] and "(" not in q["speaker"]
    }
    written = {canon.person(alias) for alias in canon.people if " " in alias and alias in text}
    expected = {p for p in expected if p in text or p in written}
    found = {canon.person(p) for p in facts.people}
    score.people.tp += len(expected & found)
    score.people.fn += len(expected - found)
    score.people.notes += [f"missed person {p}" for p in sorted(expected - found)]
    score.extra_people += [f"{name}: {p}" for p in sorted(found - expected)]


def _violations(facts: ArticleFacts, spec: dict[str, Any], canon: Canon) -> Iterable[str]:
    cast = {(canon.person(c.actor), canon.character(c.character)): c for c in facts.cast}
    characters = {canon.character(c.character) for c in facts.cast} | {
        c.character for c in facts.cast
    }
    titles = {r.title for r in facts.release if r.title}
    dates = {r.date.isoformat() for r in facts.release if r.date and r.kind == "premiere_date"}
    windows = {r.window for r in facts.release if r.window and r.kind == "window"}
    speakers = {canon.person(q.speaker) for q in facts.quotes} | {q.speaker for q in facts.quotes}
    for rule in spec.get("must_not", []):
        kind = rule["type"]
        values = _listed(rule.get("value", ""))
        pair = (rule.get("actor", ""), rule.get("character", ""))
        hit = False
        if kind == "cast":
            hit = pair in cast
        elif kind == "cast_current":
            hit = pair in cast and cast[pair].status is CastStatus.CURRENT
        elif kind == "premiere_date":
            hit = bool(values & dates)
        elif kind == "window":
            hit = bool(values & windows)
        elif kind in {"title", "headline"}:
            hit = bool(values & titles) or bool(values & characters)
        elif kind in {"cast_or_title", "show", "character"}:
            actors = {a for a, _ in cast}
            hit = bool(values & (titles | characters | actors))
        elif kind in {"speaker", "quote_speaker"}:
            hit = bool(values & speakers)
        elif kind == "channel":
            hit = any(v.lstrip("#") in " ".join(characters | titles) for v in values)
        if hit:
            yield f"{kind}: {rule.get('value') or pair} ({rule.get('why', '')})"


def score_corpus() -> Score:
    """Extract every corpus and seed article and compare with expected.json."""
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    canon = Canon(expected["aliases"])
    score = Score()
    for name, spec in expected["files"].items():
        article = parse_seed(article_path(name, spec).read_bytes()).article
        facts = extract_facts(article)
        _score_cast(facts, spec, canon, score.cast)
        _score_crew(facts, spec, canon, score.crew)
        _score_release(facts, spec, score.release)
        _score_quotes(facts, spec, canon, score, article.text)
        _score_people(facts, spec, canon, score, name, article.text)
        score.violations += [f"{name}: {v}" for v in _violations(facts, spec, canon)]
    return score


def render(score: Score) -> str:
    lines = [f"{'category':<10}{'precision':>10}{'recall':>8}{'tp':>5}{'fp':>5}{'fn':>5}"]
    for label in ("cast", "crew", "release", "quotes", "people"):
        tally: Tally = getattr(score, label)
        precision = f"{tally.precision:.3f}" if label != "people" else "  n/a"
        lines.append(
            f"{label:<10}{precision:>10}{tally.recall:>8.3f}{tally.tp:>5}{tally.fp:>5}{tally.fn:>5}"
        )
    lines.append(
        f"quote speakers {score.speaker_accuracy:.3f} "
        f"({score.speakers_right}/{score.speakers_total})   "
        f"quote flags {score.flag_accuracy:.3f} ({score.flags_right}/{score.flags_total})"
    )
    lines.append(f"must_not violations: {len(score.violations)}")
    lines += [f"  ! {v}" for v in score.violations]
    for label in ("cast", "crew", "release", "quotes", "people"):
        lines += [f"  {label}: {note}" for note in getattr(score, label).notes]
    lines += [f"  people not in expected (check by eye): {p}" for p in score.extra_people]
    return "\n".join(lines)


if __name__ == "__main__":
    print(render(score_corpus()))
