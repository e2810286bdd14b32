"""Discord extensions, one per feature area. Thin: read options, ask ``bot``, reply.

The cog modules keep their annotations as objects (no ``from __future__ import annotations``):
discord.py would otherwise evaluate every option's string annotation while the cogs load, on the
way to READY. A name only imported lazily is quoted where it is used.
"""
