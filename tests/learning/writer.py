"""A process that writes entries into a learning store and says each one it was told is saved, for
the store's tests: `python -m tests.learning.writer URL COUNT LABEL` prints the id of every observation
as soon as `Store.add` returns, so a test that kills it knows which were acknowledged."""

from __future__ import annotations

import sys

from dashboard.learning.store import Store


def main(url: str, count: int, label: str) -> None:
    store = Store(url)
    print("ready", flush=True)
    for n in range(count):
        entry = store.add("observation", {"indicator_id": "ed_rate_80", "area_code": "1490", "month": "2025-11",
                                          "text": f"{label} {n}"}, label)
        print(entry["id"], flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
