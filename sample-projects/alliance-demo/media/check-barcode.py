#!/usr/bin/env python3
"""Decode the frame-number barcode of the demo videos (see README.md).

Usage:
  check-barcode.py IMAGE                  frame number of a still (png, jpg, ppm, ...)
  check-barcode.py VIDEO SECONDS          frame number of the first frame that starts
                                          at or after SECONDS (ffmpeg -ss semantics)
  check-barcode.py --all VIDEO            decode every frame, check frame k reads k
Options:
  --expect N    exit with status 1 unless the decoded frame number is N
                (for VIDEO SECONDS the default expectation is ceil(SECONDS * 10),
                e.g. 1234 for 123.4)
  -v            print block luma values and the HH:MM:SS.d timecode

Barcode: bottom 16 rows of a 320x180 frame (y = 164..179), 16 blocks of 20 px.
Block i (x = 20i..20i+19), i = 0..14, is white (luma 235) when bit i of the
0-based frame number is 1, black (16) otherwise; block 15 (x = 300..319) is
white when the count of 1 bits among bits 0..14 is odd (white blocks are
always an even number). Sampled at the centre of each block (x = 20i+10,
y = 172), threshold 128. Frames of another size are scaled to 320x180 first
(nearest neighbour), so full-size snapshots of a scaled player also work.

Exit status: 0 ok, 1 wrong number or parity error, 2 usage or ffmpeg error.
Only needs python3 and ffmpeg (no PIL).
"""
import math
import subprocess
import sys

W, H = 320, 180
FPS = 10
Y_CENTRE = 172
BAR_TOP = 164
BLOCK = 20
THRESHOLD = 128


def ffmpeg_gray(args, frames=1, crop_rows=None):
    """Run ffmpeg, return raw 8-bit luma of 320x180 (or the cropped rows)."""
    # luma plane as stored (16..235 for video), whatever the input format
    vf = f"format=yuv420p,extractplanes=y,scale={W}:{H}:flags=neighbor"
    height = H
    if crop_rows:
        top, rows = crop_rows
        vf += f",crop={W}:{rows}:0:{top}"
        height = rows
    cmd = ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", *args,
           "-vf", vf, "-an", "-sn"]
    if frames:
        cmd += ["-frames:v", str(frames)]
    cmd += ["-f", "rawvideo", "-pix_fmt", "gray", "-"]
    try:
        out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE).stdout
    except FileNotFoundError:
        sys.exit("check-barcode.py: ffmpeg not found (apt-get install ffmpeg)")
    except subprocess.CalledProcessError as e:
        print(f"check-barcode.py: ffmpeg failed ({e.returncode})", file=sys.stderr)
        sys.exit(2)
    if len(out) < W * height:
        print("check-barcode.py: no frame decoded", file=sys.stderr)
        sys.exit(2)
    return out, height


def decode_row(row):
    """row: 320 luma bytes at y = 172. Returns (number, parity_ok, lumas)."""
    lumas = [row[BLOCK * i + BLOCK // 2] for i in range(16)]
    bits = [1 if v >= THRESHOLD else 0 for v in lumas]
    number = sum(b << i for i, b in enumerate(bits[:15]))
    parity_ok = (sum(bits[:15]) % 2) == bits[15]
    return number, parity_ok, lumas


def timecode(n):
    return f"{n // 36000:02d}:{n // 600 % 60:02d}:{n // 10 % 60:02d}.{n % 10}"


def check_all(video):
    """Decode every frame; frame k must read k with valid parity."""
    rows = H - BAR_TOP
    data, _ = ffmpeg_gray(["-i", video], frames=0, crop_rows=(BAR_TOP, rows))
    size = W * rows
    count = len(data) // size
    errors = 0
    white_min, black_max = 255, 0
    for k in range(count):
        frame = data[k * size:(k + 1) * size]
        row = frame[(Y_CENTRE - BAR_TOP) * W:(Y_CENTRE - BAR_TOP + 1) * W]
        number, parity_ok, _ = decode_row(row)
        if number != k or not parity_ok:
            errors += 1
            if errors <= 10:
                print(f"frame {k}: decoded {number}, parity {'ok' if parity_ok else 'BAD'}")
        # margin: every row of the barcode at every block centre
        for y in range(rows):
            for i in range(16):
                v = frame[y * W + BLOCK * i + BLOCK // 2]
                if v >= THRESHOLD:
                    white_min = min(white_min, v)
                else:
                    black_max = max(black_max, v)
    print(f"{video}: {count} frames decoded, {errors} errors; "
          f"block centres rows {BAR_TOP}-{H - 1}: white luma >= {white_min}, black luma <= {black_max}")
    return 0 if errors == 0 and count > 0 else 1


def main(argv):
    verbose = False
    expect = None
    args = []
    it = iter(argv)
    for a in it:
        if a == "-v":
            verbose = True
        elif a == "--expect":
            expect = int(next(it))
        elif a in ("-h", "--help"):
            print(__doc__)
            return 0
        else:
            args.append(a)
    if len(args) == 2 and args[0] == "--all":
        return check_all(args[1])
    if len(args) == 1:
        data, _ = ffmpeg_gray(["-i", args[0]])
    elif len(args) == 2:
        seconds = float(args[1])
        if expect is None:
            expect = math.ceil(round(seconds * FPS, 6))
        data, _ = ffmpeg_gray(["-ss", args[1], "-i", args[0]])
    else:
        print(__doc__, file=sys.stderr)
        return 2
    number, parity_ok, lumas = decode_row(data[Y_CENTRE * W:(Y_CENTRE + 1) * W])
    print(number)
    if verbose:
        print(f"timecode {timecode(number)}  parity {'ok' if parity_ok else 'BAD'}  "
              f"block luma {lumas}", file=sys.stderr)
    if not parity_ok:
        print("check-barcode.py: parity error", file=sys.stderr)
        return 1
    if expect is not None and number != expect:
        print(f"check-barcode.py: expected frame {expect}, decoded {number}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
