"""Small recordings written by tests: a sine tone as a WAV file, with the standard library."""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 16_000


def write_tone(path: Path, seconds: float = 0.3, frequency: float = 440.0) -> Path:
    """A mono 16-bit WAV of a quiet sine tone; returns `path`."""
    frames = int(RATE * seconds)
    samples = (int(4000 * math.sin(2 * math.pi * frequency * n / RATE)) for n in range(frames))
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(b"".join(struct.pack("<h", sample) for sample in samples))
    return path
