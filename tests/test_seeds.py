"""The project's copies of the seed articles are byte-identical to the shared originals."""

import hashlib

import pytest
from helpers import SEEDS, SHARED_SEEDS


def _sums(path):
    out = {}
    for line in path.read_text().splitlines():
        digest, name = line.split(maxsplit=1)
        out[name.lstrip("*")] = digest
    return out


def _check(sums):
    assert len(sums) == 5
    for name, digest in sums.items():
        assert hashlib.sha256((SEEDS / name).read_bytes()).hexdigest() == digest, name


def test_seeds_match_the_shared_checksums():
    sums_file = SHARED_SEEDS / "SHA256SUMS"
    if not sums_file.exists():
        pytest.skip("../shared/seeds is not beside this clone; checked against the local copy")
    _check(_sums(sums_file))


def test_seeds_match_the_local_checksums():
    _check(_sums(SEEDS / "SHA256SUMS"))
    txt = sorted(p.name for p in SEEDS.glob("*.txt"))
    assert txt == sorted(_sums(SEEDS / "SHA256SUMS"))
