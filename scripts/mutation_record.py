"""The mutants already killed, kept in the repository so that a mutation run carries on where the last
one stopped, on any clone (docs/testing.md, "Mutation testing").

mutmut keeps its verdicts in `mutants/` (ignored by git), and a whole run of the metrics takes longer
than a working session on two cores. `save` writes the killed mutants of each mutated function, with
the function's hash (`"hash 1 2 5"`: function's hash, then the numbers of its killed mutants) and
the mutmut settings' fingerprint, to `docs/mutation-record.json`; `restore`
writes them back as mutmut's own `.meta` files into a `mutants/` that has none, before mutmut builds
its mutants. mutmut then keeps a verdict only for a function whose code is unchanged, and runs every
other mutant, survivors included (a test added since may kill them). Settings that changed (the
tests selected, say) make the record void: nothing is restored.

    python scripts/mutation_record.py save      # after a run, or one stopped half-way
    python scripts/mutation_record.py restore   # scripts/mutate does it first
"""

from __future__ import annotations

import hashlib
import json
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RECORD = ROOT / "docs" / "mutation-record.json"
MUTANTS = ROOT / "mutants"
#: mutmut's exit codes for a mutant the tests detect: failed, pytest's internal error, timed out
DETECTED = {1, 3, 36, -24, 24, 152, 255}


#: Settings that choose which files are mutated: they decide which mutants exist, not a mutant's verdict
#: (a function's verdicts are kept only while its code is unchanged anyway), so adding a file keeps the record
WHICH_FILES = {"only_mutate", "do_not_mutate"}


def fingerprint() -> str:
    """The mutmut settings a verdict depends on (which tests run, how long they may take)."""
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["mutmut"]
    judged = {key: value for key, value in settings.items() if key not in WHICH_FILES}
    return hashlib.sha256(json.dumps(judged, sort_keys=True).encode()).hexdigest()[:16]


def save() -> None:
    """The killed mutants of every function mutmut has judged, merged over the record's other files."""
    record = json.loads(RECORD.read_text()) if RECORD.exists() else {"settings": fingerprint(), "files": {}}
    if record["settings"] != fingerprint():
        record = {"settings": fingerprint(), "files": {}}
    for meta_path in sorted(MUTANTS.rglob("*.py.meta")):
        meta = json.loads(meta_path.read_text())
        source = str(meta_path.relative_to(MUTANTS)).removesuffix(".meta")
        killed: dict[str, list[int]] = {}
        for name, code in meta["exit_code_by_key"].items():
            if code in DETECTED:
                function, _, number = name.rpartition(".")[2].rpartition("__mutmut_")
                killed.setdefault(function, []).append(int(number))
        if meta["hash_by_function_name"]:
            record["files"][source] = {
                function: " ".join([digest, *map(str, sorted(killed.get(function, [])))])
                for function, digest in sorted(meta["hash_by_function_name"].items())}
    RECORD.write_text(json.dumps(record, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
    total = sum(len(entry.split()) - 1 for f in record["files"].values() for entry in f.values())
    print(f"{RECORD.relative_to(ROOT)}: {total} killed mutants in {len(record['files'])} files")


def restore() -> None:
    """mutmut's `.meta` files from the record, for the files `mutants/` has no verdicts for yet."""
    if not RECORD.exists():
        return
    record = json.loads(RECORD.read_text())
    if record["settings"] != fingerprint():
        print("mutation record: the mutmut settings changed since it was saved; every mutant runs again")
        return
    restored = 0
    for source, functions in record["files"].items():
        meta_path = MUTANTS / (source + ".meta")
        if meta_path.exists():
            continue
        module = source.removesuffix(".py").replace("/", ".")
        entries = {function: entry.split() for function, entry in functions.items()}
        meta = {
            "exit_code_by_key": {f"{module}.{function}__mutmut_{n}": 1
                                 for function, (_, *killed) in entries.items() for n in killed},
            "hash_by_function_name": {function: digest for function, (digest, *_) in entries.items()},
            "type_check_error_by_key": {}, "durations_by_key": {}, "estimated_durations_by_key": {},
        }
        meta_path.parent.mkdir(parents=True, exist_ok=True)
        meta_path.write_text(json.dumps(meta, indent=4))
        restored += len(meta["exit_code_by_key"])
    if restored:
        print(f"mutation record: {restored} mutants killed before are not run again unless their code changed")


if __name__ == "__main__":
    {"save": save, "restore": restore}[sys.argv[1]]()
