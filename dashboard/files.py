"""Files the app writes for its users (minutes, reports), written whole or not at all."""

from __future__ import annotations

from pathlib import Path


def write_whole(out: Path, data: bytes) -> None:
    """`data` into `out` through a file beside it, renamed over it: a reader, or a write that fails
    half-way, never leaves a file cut short where the old one stood."""
    partial = out.with_name(f".{out.name}.partial")
    partial.write_bytes(data)
    partial.replace(out)
