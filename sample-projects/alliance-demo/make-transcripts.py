#!/usr/bin/env python3
"""make-transcripts.py - write media/<video>.vtt, the demo sessions' transcripts.

Usage: python3 make-transcripts.py      (writes the four .vtt files next to the videos)

Each transcript is made from media/dialogue.tsv, the fictional lines the demo videos' voices
read: one WebVTT cue per line, the speaker as a voice tag with the dyad's pseudonym
(<v Halvor>, <v Ingrid>, <v Marte>, <v Jonas>), which IPR Studio maps to the dyad's
therapist and client when the demo study is installed.

A cue starts when its line is spoken (the start in dialogue.tsv) and ends after an estimate
of its speaking time at the voices' 150 words a minute, plus half a second, and at least
0.1 s before the next line starts: the speech files are not needed, so this runs anywhere.

Deterministic, Python 3 standard library only.
"""

import csv
import os
import sys

WORDS_PER_MINUTE = 150
HOLD = 0.5
VIDEO_LENGTH = 3000.0
SPEAKERS = {
    "D01": {"therapist": "Halvor", "client": "Ingrid"},
    "D02": {"therapist": "Marte", "client": "Jonas"},
}

here = os.path.dirname(os.path.abspath(__file__))
media = os.path.join(here, "media")


def clock(seconds):
    ms = round(seconds * 1000)
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


lines = {}
with open(os.path.join(media, "dialogue.tsv"), encoding="utf-8", newline="") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        lines.setdefault(row["video"], []).append((float(row["start_s"]), row["role"], row["text"]))

for video, rows in sorted(lines.items()):
    dyad, session = video.split("-S")
    names = SPEAKERS[dyad]
    rows.sort(key=lambda r: r[0])
    out = [f"WEBVTT - transcript of {dyad} session {session} (fictional demo)", "",
           "NOTE", "Made by make-transcripts.py from media/dialogue.tsv; do not edit by hand.", ""]
    for i, (start, role, text) in enumerate(rows):
        end = start + len(text.split()) * 60.0 / WORDS_PER_MINUTE + HOLD
        if i + 1 < len(rows):
            end = min(end, rows[i + 1][0] - 0.1)
        if end > VIDEO_LENGTH:
            sys.exit(f"{video}: the line at {start} s would run past the end of the video")
        if any(c in text for c in "<>&"):
            sys.exit(f"{video}: text must not contain < > or &: {text!r}")
        out += [f"{video}-{i + 1}", f"{clock(start)} --> {clock(end)}", f"<v {names[role]}>{text}", ""]
    with open(os.path.join(media, f"{video}.vtt"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
    print(f"{video}.vtt: {len(rows)} cues")
