"""Write the fixed sample corpus the redesign's equivalence check ingests.

The two seeds, the first 50 PolNeAR dev texts and the first 50 TimeML texts (TimeBank,
then AQUAINT, by file name), each TimeML text given a ``date YYYY-MM-DD`` header line
from its creation time. The texts are research-only: the folder is written outside the
repository and never committed.

Usage::

    python eval/sample_corpus.py /tmp/sample
    newsdossier ingest /tmp/sample --db /tmp/sample.db
    newsdossier export --db /tmp/sample.db --format jsonl -o /tmp/sample.jsonl
"""

from __future__ import annotations

import argparse
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def timeml_text(path: Path) -> tuple[str, str]:
    """The plain text of a ``.tml`` file and its creation date (``YYYY-MM-DD``)."""
    root = ET.parse(path).getroot()
    dct = root.find("DCT/TIMEX3")
    text = root.find("TEXT")
    if dct is None or text is None:
        raise SystemExit(f"{path}: TimeML file without DCT or TEXT")
    return "".join(text.itertext()), dct.get("value", "")[:10]


def write_sample(out: Path, shared: Path, per_corpus: int) -> int:
    """Write the sample into ``out``; the number of files written."""
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for seed in sorted((shared / "seeds").glob("*.txt")):
        shutil.copyfile(seed, out / seed.name)
        count += 1
    for path in sorted((shared / "gold/polnear/dev/text").glob("*.txt"))[:per_corpus]:
        shutil.copyfile(path, out / f"polnear_{path.name}")
        count += 1
    tml = sorted((shared / "gold/timeml/TimeBank").glob("*.tml"))
    tml += sorted((shared / "gold/timeml/AQUAINT").glob("*.tml"))
    for path in tml[:per_corpus]:
        text, date = timeml_text(path)
        (out / f"timeml_{path.stem}.txt").write_text(f"date {date}\n\n{text.strip()}\n")
        count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    """Command line: the output folder, optionally ``--shared`` and ``--per-corpus``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--per-corpus", type=int, default=50)
    args = parser.parse_args(argv)
    print(f"wrote {write_sample(args.out, args.shared, args.per_corpus)} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
