"""The data layer: the one home of SQL. Nothing outside ``bot.db`` writes a query.

One naming rule for the three connection types, everywhere:

- ``db`` is a :class:`~bot.db.connection.Database`: the handle the rest of the bot holds.
- ``conn`` is an :class:`aiosqlite.Connection`, lent by ``db.reading()`` (queries) or
  ``db.transaction()`` (one explicit write transaction); functions taking it are coroutines.
- ``writer`` is a blocking :class:`sqlite3.Connection`, lent by ``db.write_in_bulk(work)`` to
  ``work`` on the writer's own thread, inside one write transaction; functions taking it are
  plain functions. Ingestion does all its writing this way (batches, removals, names).

Modules: :mod:`.connection` (opening, settings, migrations), :mod:`.rows` (row helpers every
query module uses), then one module per group of tables.
"""
