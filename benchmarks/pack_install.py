"""Pack install speed and memory against copying and hashing the same bytes.

Builds a signed pack of 5,000 items and 300 MB of media (``--quick``: 500 items, 30 MB), then in
fresh processes (so peak memory is the install's own):

* baseline: copy every media file to a folder while computing its SHA-256 (what any install must
  at least do);
* install: ``Tutor.install_pack`` into a new data folder (verify, store, write rows).

Prints items/s, MB/s, peak RSS of each, and the ratio install time / baseline time.
Targets (issue 3): ratio ≤ 2.0, install peak RSS < 200 MB. Ends with one key=value line.

    python benchmarks/pack_install.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MEDIA_FILE_BYTES = 512 * 1024

BASELINE = """
import hashlib, json, os, resource, sys, time
from pathlib import Path
source, target = Path(sys.argv[1]), Path(sys.argv[2])
target.mkdir()
started = time.perf_counter()
for path in sorted(source.iterdir()):
    digest = hashlib.sha256()
    with path.open("rb") as reader, (target / path.name).open("wb") as writer:
        while chunk := reader.read(1 << 20):
            digest.update(chunk)
            writer.write(chunk)
        writer.flush()
        os.fsync(writer.fileno())
seconds = time.perf_counter() - started
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_kb": peak_kb}))
"""

INSTALL = """
import json, resource, sys, time
from pathlib import Path
from tutor.content.signing import load_public_key
from tutor.facade import Tutor
from tutor.paths import DataPaths
pack, data, public = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
tutor = Tutor.open(DataPaths(data))
tutor.trust_key(load_public_key(public), "Benchmark")
started = time.perf_counter()
result = tutor.install_pack(pack)
seconds = time.perf_counter() - started
tutor.close()
print(json.dumps({"seconds": seconds, "items": result.items,
                  "peak_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def write_source(root: Path, items: int, media_bytes: int) -> int:
    """A pack source with `items` single-choice items over 50 skills and random media."""
    for sub in ("items", "media", "lessons"):
        (root / sub).mkdir(parents=True)
    (root / "pack.toml").write_text(
        'format = 1\nid = "org.example.bench"\nversion = "1.0.0"\nlanguage = "en"\n'
        'grade_band = "3-5"\nlicence = "CC0-1.0"\npublisher = "Benchmark"\n'
        '[title]\nen = "Benchmark"\n',
        encoding="utf-8",
    )
    skills = 50
    (root / "skills.toml").write_text(
        "".join(
            f'[[skill]]\nid = "s{i}"\ntitle = "Skill {i}"\n'
            + (f'prerequisites = ["s{i - 1}"]\n' if i else "")
            for i in range(skills)
        ),
        encoding="utf-8",
    )
    files = max(1, media_bytes // MEDIA_FILE_BYTES)
    for index in range(files):
        (root / "media" / f"m{index:05}.png").write_bytes(os.urandom(MEDIA_FILE_BYTES))
    blocks = []
    for index in range(items):
        media = f"image: media/m{index % files:05}.png\n" if index < files else ""
        blocks.append(
            f"=== item-{index:05}\ntype: single\nskill: s{index % skills}\n"
            f"prompt: What is {index} + 1?\n{media}* {index + 1}\n- {index}\n"
            f"  > That is the number you started with.\n- {index + 2}\n"
            f"hint: Count one more.\nsolution: {index} and one more is {index + 1}.\n"
        )
    (root / "items" / "all.txt").write_text("\n".join(blocks), encoding="utf-8")
    return files * MEDIA_FILE_BYTES


def run_child(code: str, *args: Path) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-c", code, *map(str, args)], check=True, capture_output=True, text=True
    )
    parsed: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return parsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="500 items and 30 MB of media")
    args = parser.parse_args()
    items, media_target = (500, 30 * 10**6) if args.quick else (5000, 300 * 10**6)

    from tutor.content.build import build_pack
    from tutor.content.signing import generate_key_files, load_private_key, public_key_path
    from tutor.content.source import load_source

    with tempfile.TemporaryDirectory(prefix="tutor-bench-") as temporary:
        root = Path(temporary)
        media_bytes = write_source(root / "source", items, media_target)
        key = root / "bench.key"
        generate_key_files(key, "Benchmark")
        pack = root / "bench.tutorpack"
        started = time.perf_counter()
        build_pack(load_source(root / "source"), pack, load_private_key(key))
        build_seconds = time.perf_counter() - started

        baseline = run_child(BASELINE, root / "source" / "media", root / "copy")
        install = run_child(INSTALL, pack, root / "data", public_key_path(key))

    megabytes = media_bytes / 1e6
    ratio = install["seconds"] / baseline["seconds"]
    install_rss = install["peak_kb"] / 1024
    print(f"pack: {items} items, {megabytes:.0f} MB of media (built in {build_seconds:.1f} s)")
    print(
        f"copy + SHA-256 (baseline): {baseline['seconds']:.2f} s, "
        f"{megabytes / baseline['seconds']:.0f} MB/s, peak RSS {baseline['peak_kb'] / 1024:.0f} MB"
    )
    print(
        f"install_pack:              {install['seconds']:.2f} s, "
        f"{megabytes / install['seconds']:.0f} MB/s, {items / install['seconds']:.0f} items/s, "
        f"peak RSS {install_rss:.0f} MB"
    )
    print(
        f"ratio install / baseline: {ratio:.2f} (target <= 2.0); "
        f"install peak RSS {install_rss:.0f} MB (target < 200)"
    )
    print(
        f"items={items} media_mb={megabytes:.0f} baseline_s={baseline['seconds']:.3f} "
        f"install_s={install['seconds']:.3f} ratio={ratio:.2f} "
        f"items_per_s={items / install['seconds']:.0f} "
        f"mb_per_s={megabytes / install['seconds']:.0f} "
        f"install_peak_rss_mb={install_rss:.0f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
