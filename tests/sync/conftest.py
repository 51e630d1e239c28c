"""Laptops for bundle tests: real data folders with the bundled packs, set up as in the first run.

A template folder with the packs installed (no first run) is made once per session; each laptop
is a copy of it that then runs its own first run, so every laptop has its own device id.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from tests.sample_data import SAMPLE_SETUP
from tutor.content import bundled
from tutor.content.signing import load_public_key
from tutor.facade import Tutor
from tutor.paths import DataPaths

Laptop = Callable[..., Tutor]


@pytest.fixture(scope="session")
def packs_template(tmp_path_factory: pytest.TempPathFactory, built_bundled_packs: Path) -> Path:
    root = tmp_path_factory.mktemp("template") / "data"
    tutor = Tutor.open(DataPaths(root))
    try:
        tutor.trust_key(load_public_key(bundled.DEMO_PUBLISHER_KEY), bundled.DEMO_PUBLISHER)
        for pack in sorted(built_bundled_packs.glob("*.tutorpack")):
            tutor.install_pack(pack)
    finally:
        tutor.close()
    return root


@pytest.fixture
def laptop(tmp_path: Path, packs_template: Path) -> Iterator[Laptop]:
    """make(name, learners=(...)): a set-up laptop named `name`; closed after the test."""
    opened: list[Tutor] = []

    def make(name: str, learners: tuple[str, ...] = SAMPLE_SETUP.learner_names) -> Tutor:
        root = tmp_path / name.replace(" ", "-")
        shutil.copytree(packs_template, root)
        tutor = Tutor.open(DataPaths(root))
        opened.append(tutor)
        tutor.complete_first_run(replace(SAMPLE_SETUP, laptop_name=name, learner_names=learners))
        return tutor

    yield make
    for tutor in opened:
        tutor.close()


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder
