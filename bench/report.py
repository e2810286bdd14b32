"""The table: every figure with its target, whether it is met, and the bare bot's figure.

Targets are the performance issue's (and the members' view issue's memory bound); a figure
without a target is shown for what it explains.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

from bench.asking import AUTOCOMPLETE, SLASH_FIGURES
from bench.growth import marginal_bytes_per_article, spread

MIB = "MiB"


@dataclass(frozen=True, slots=True)
class Row:
    figure: str
    value: float
    unit: str
    target: str = ""
    met: bool | None = None
    bare: float | None = None
    """The bare discord.py bot's figure, measured in the same run."""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def default_rows(figures: dict[str, Any]) -> list[Row]:
    """The default run's rows: ingestion, start-up, latency, memory, fan-out."""
    ing, start, lat = figures["ingestion"], figures["startup"], figures["latency"]
    mem, fan = figures["memory"], figures["fanout"]
    rate = ing["articles_per_second"]
    rows = [
        Row("full seed from empty", rate, "articles/s", ">= 1000", rate >= 1000),
        Row("full seed time", ing["full_seconds"], "s"),
        Row("extraction alone, per article (CPU)", ing["extraction_ms_per_article"], "ms"),
        Row(
            "extraction alone on every core, at most",
            ing["extraction_bound_articles_per_second"],
            "articles/s",
        ),
        Row(
            f"re-seed, nothing changed ({ing['files_scanned']:,} files)",
            ing["reseed_unchanged_seconds"],
            "s",
            "<= 0.5",
            ing["reseed_unchanged_seconds"] <= 0.5,
        ),
        Row("re-seed, 1 file changed", ing["reseed_one_changed_seconds"], "s"),
        Row("database size per article", ing["db_bytes_per_article"], "bytes"),
        Row(
            "start -> READY",
            start["ready_seconds"],
            "s",
            "<= bare x 1.1",
            start["ready_ratio"] <= 1.1,
            start["bare_ready_seconds"],
        ),
        Row(
            "start -> first answer",
            start["first_answer_seconds"],
            "s",
            bare=start["bare_first_answer_seconds"],
        ),
    ]
    limits = {"who-plays": 5.0, AUTOCOMPLETE: 3.0}
    for figure in (*SLASH_FIGURES, AUTOCOMPLETE):
        name = figure if figure == AUTOCOMPLETE else f"/{figure}"
        timed = lat[figure]
        bot, bare = timed["bot"], timed["bare"]
        rows.append(Row(f"{name} p50", bot["p50_ms"], "ms", bare=bare["p50_ms"]))
        limit = limits.get(figure)
        rows.append(
            Row(
                f"{name} p99",
                bot["p99_ms"],
                "ms",
                "" if limit is None else f"<= {limit:g}",
                None if limit is None else bot["p99_ms"] <= limit,
                bare["p99_ms"],
            )
        )
    refusals = sum(lat[figure]["refusals"] for figure in (*SLASH_FIGURES, AUTOCOMPLETE))
    refusals += mem["fanbot"]["refusals"]
    rows.append(Row("refusals (cooldowns) measured", refusals, "", "= 0", refusals == 0))
    ours, bare_mem = mem["fanbot"], mem["bare"]
    after = ours["rss_after_interactions_mib"]
    rows += [
        Row("RSS at READY", ours["rss_ready_mib"], MIB, bare=bare_mem["rss_ready_mib"]),
        Row(
            f"RSS after {mem['interactions']} interactions",
            after,
            MIB,
            "<= 64",
            after <= 64,
            bare_mem["rss_after_interactions_mib"],
        ),
        Row(
            f"{ours['distinct_members']:,} distinct members add",
            ours["members_added_mib"],
            MIB,
            "<= 10",
            ours["members_added_mib"] <= 10,
        ),
        Row(
            f"fan-out to {fan['servers']:,} servers, first -> last alert",
            fan["first_to_last_seconds"],
            "s",
            f"<= {1.25 * fan['bound_seconds']:.1f}",
            fan["ratio_to_bound"] <= 1.25 and fan["delivered"] == fan["servers"],
        ),
        Row("fan-out: least time the rate limits allow", fan["bound_seconds"], "s"),
        Row("fan-out: servers delivered", fan["delivered"], "", f"= {fan['servers']}"),
        Row("fan-out: 429s from ignoring a bucket", fan["bucket_429s"], "", "= 0"),
        Row("fan-out: global 429s (over 50 requests/s)", fan["global_429s"], "", "= 0"),
        Row("fan-out: new file -> first alert", fan["file_to_first_seconds"], "s"),
    ]
    return [_met_counts(row) for row in rows]


def _met_counts(row: Row) -> Row:
    """Rows whose target is an exact count ("= 0") are judged here."""
    if row.met is None and row.target.startswith("= "):
        return Row(
            row.figure,
            row.value,
            row.unit,
            row.target,
            row.value == float(row.target[2:]),
            row.bare,
        )
    return row


def growth_rows(series: dict[str, Any]) -> list[Row]:
    """Each size's figures, then the growth targets across sizes."""
    sizes = sorted(series.values(), key=lambda entry: entry["articles"])
    rows: list[Row] = []
    for entry in sizes:
        n = f"{entry['articles']:,}"
        rows += [
            Row(f"{n}: full seed", entry["articles_per_second"], "articles/s"),
            Row(f"{n}: start -> READY", entry["ready_seconds"], "s"),
            Row(f"{n}: READY -> seeds caught up", entry.get("catch_up_seconds", math.nan), "s"),
            Row(f"{n}: RSS after interactions", entry["rss_after_interactions_mib"], MIB),
            Row(f"{n}: /who-plays p99", entry["who_plays"]["p99_ms"], "ms"),
            Row(f"{n}: autocomplete p99", entry["autocomplete"]["p99_ms"], "ms"),
            Row(f"{n}: database size per article", entry["db_bytes_per_article"], "bytes"),
        ]
    if len(sizes) < 2:
        return rows
    seed = spread([e["articles_per_second"] for e in sizes])
    who = spread([e["who_plays"]["p99_ms"] for e in sizes])
    auto = spread([e["autocomplete"]["p99_ms"] for e in sizes])
    per_article = spread(marginal_bytes_per_article(sizes))
    rows += [
        Row("seed rate, largest / smallest", seed, "x", "<= 1.2", seed <= 1.2),
        Row("/who-plays p99, largest / smallest", who, "x", "<= 1.5", who <= 1.5),
        Row("autocomplete p99, largest / smallest", auto, "x", "<= 1.5", auto <= 1.5),
        Row(
            "database bytes per added article, largest / smallest",
            per_article,
            "x",
            "<= 1.2",
            per_article <= 1.2,
        ),
    ]
    by_size = {entry["articles"]: entry for entry in sizes}
    if 10_000 in by_size and 100_000 in by_size:
        grew = (
            by_size[100_000]["rss_after_interactions_mib"]
            - by_size[10_000]["rss_after_interactions_mib"]
        )
        ready = by_size[100_000]["ready_seconds"]
        rows += [
            Row("RSS, 100,000 minus 10,000 articles", round(grew, 1), MIB, "<= 16", grew <= 16),
            Row("start -> READY at 100,000 articles", ready, "s", "<= 3", ready <= 3),
        ]
    return rows


def table(rows: list[Row]) -> str:
    """The rows as a plain-text table: figure, target, value, the bare bot's, met."""
    width = max(len(row.figure) for row in rows)
    header = (
        f"{'figure':<{width}}  {'target':<14}  {'measured':>12}  {'unit':<10}  "
        f"{'bare bot':>10}  met"
    )
    lines = [header, "-" * len(header)]
    for row in rows:
        met = "" if row.met is None else ("yes" if row.met else "NO")
        bare = "" if row.bare is None or math.isnan(row.bare) else f"{row.bare:,.3f}"
        lines.append(
            f"{row.figure:<{width}}  {row.target:<14}  {row.value:>12,.3f}  {row.unit:<10}  "
            f"{bare:>10}  {met}"
        )
    return "\n".join(lines)
