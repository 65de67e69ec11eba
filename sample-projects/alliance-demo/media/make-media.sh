#!/usr/bin/env bash
# make-media.sh - regenerate the synthetic, wholly fictional demo session videos
#
#   D01-S3.mp4  D01-S5.mp4  D02-S3.mp4  D02-S5.mp4
#
# Each video: 50:00 (3000 s), 320x180, 10 fps CFR, H.264 yuv420p with a keyframe
# every 50 frames (5 s), AAC mono 16 kHz. Top band: timecode, frame number,
# "DEMO - fictional" and the session label. Middle: a plain colour field with the
# spoken line as a subtitle. Bottom 16 rows: a frame-number barcode (see README.md,
# and check-barcode.py to decode it). Audio: the lines of dialogue.tsv read by two
# espeak-ng voices, placed at their start times, digital silence in between.
#
# Usage: ./make-media.sh [VIDEO...]      (default: all four; e.g. ./make-media.sh D02-S5)
#        KEEP_WORK=1 ./make-media.sh     (keep the temporary directory for inspection)
#
# Runs from any working directory. Everything is built in a temporary directory;
# finished videos are moved into place only after all requested videos were built
# and checked, so a failed or interrupted run never leaves a half-written mp4.
set -euo pipefail

here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
cd "$here"

# ---------------------------------------------------------------- specification
# Java code and tests depend on these numbers: do not change them.
readonly DURATION=3000            # seconds (50:00)
readonly FPS=10                   # frame n starts at n*100 ms
readonly FRAMES=$((DURATION * FPS))
readonly W=320 H=180
readonly TOP_H=40 BAR_H=16        # top band rows 0-39, barcode rows 164-179
readonly MID_H=$((H - TOP_H - BAR_H))
readonly GOP=50                   # keyframe every 5 s
readonly AUDIO_RATE=16000
# Encoder settings (size/quality trade-off; all four videos must stay < 16 MB).
readonly CRF=36
readonly X264_PARAMS="bframes=0:ipratio=1.0"
readonly AUDIO_BITRATE=16k
readonly SPEECH_WPM=150

readonly FONT_DIR=/usr/share/fonts/truetype/dejavu
readonly FONT_MONO=$FONT_DIR/DejaVuSansMono.ttf
readonly ALL_VIDEOS=(D01-S3 D01-S5 D02-S3 D02-S5)

die() { echo "make-media.sh: $*" >&2; exit 1; }
log() { echo "make-media.sh: $*" >&2; }

# ---------------------------------------------------------------- tool checks
missing=()
for tool in ffmpeg ffprobe espeak-ng sox soxi python3; do
    command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if ((${#missing[@]})); then
    die "missing tool(s): ${missing[*]}
  On Debian/Ubuntu install them with:
    sudo apt-get install ffmpeg espeak-ng sox python3 fonts-dejavu-core"
fi
[[ -f $FONT_MONO && -f $FONT_DIR/DejaVuSans.ttf ]] ||
    die "DejaVu fonts not found in $FONT_DIR (sudo apt-get install fonts-dejavu-core)"
# (capture first: grep -q closing the pipe early would trip pipefail)
encoders=$(ffmpeg -hide_banner -encoders 2>/dev/null) || true
filters=$(ffmpeg -hide_banner -filters 2>/dev/null) || true
[[ $encoders == *" libx264 "* ]] ||
    die "this ffmpeg has no libx264 encoder (Debian's ffmpeg package has it)"
for f in drawtext subtitles geq vstack; do
    [[ $filters == *" $f "* ]] ||
        die "this ffmpeg lacks the '$f' filter (Debian's ffmpeg package has it)"
done
[[ -f dialogue.tsv ]] || die "dialogue.tsv not found next to the script"

# ---------------------------------------------------------------- arguments
if (($#)); then videos=("$@"); else videos=("${ALL_VIDEOS[@]}"); fi
for v in "${videos[@]}"; do
    [[ " ${ALL_VIDEOS[*]} " == *" $v "* ]] || die "unknown video '$v' (known: ${ALL_VIDEOS[*]})"
done

# ---------------------------------------------------------------- work directory
work="$(mktemp -d "${TMPDIR:-/tmp}/make-media.XXXXXX")"
parts=()
cleanup() {
    local p
    for p in "${parts[@]}"; do rm -f -- "$p"; done
    if [[ ${KEEP_WORK:-0} == 1 ]]; then log "work directory kept: $work"; else rm -rf -- "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Per-dyad settings: espeak-ng voices (therapist/client), background colour.
# D01: therapist "Halvor" (male), client "Ingrid" (female).
# D02: therapist "Marte" (female), client "Jonas" (male).
voice_for() { # video role
    case "${1%%-*}:$2" in
        D01:therapist) echo en+m3 ;;
        D01:client) echo en+f3 ;;
        D02:therapist) echo en+f2 ;;
        D02:client) echo en+m1 ;;
        *) die "no voice for $1 $2" ;;
    esac
}
colour_for() { case "${1%%-*}" in D01) echo 0x2E4A66 ;; *) echo 0x3B5640 ;; esac; }

# The barcode: block i (x = 20i..20i+19) white (235) if bit i of N is 1, i = 0..14;
# block 15 (x = 300..319) white if the number of 1 bits among bits 0..14 is odd.
barcode_expr() {
    local i sum=""
    for ((i = 0; i < 15; i++)); do sum+="${sum:++}mod(floor(N/$((1 << i))),2)"; done
    echo "if(lt(X,300),if(mod(floor(N/pow(2,floor(X/20))),2),235,16),if(mod($sum,2),235,16))"
}

# ---------------------------------------------------------------- one video
build_video() { # video
    local v=$1 d="$work/$1"
    local dyad=${v%%-*} session=${v##*-S}
    mkdir -p "$d/clips"
    log "$v: synthesising speech"

    # 1. One 16 kHz mono clip per dialogue line (peak-normalised to -3 dBFS).
    local n=0 video start role text voice
    : >"$d/clips.tsv"
    while IFS=$'\t' read -r video start role text || [[ -n $video ]]; do
        [[ $video == "$v" ]] || continue
        n=$((n + 1))
        voice=$(voice_for "$v" "$role")
        printf '%s\n' "$text" >"$d/clips/$n.txt"
        espeak-ng -v "$voice" -s "$SPEECH_WPM" -f "$d/clips/$n.txt" -w "$d/clips/$n.espeak.wav" </dev/null
        sox -R -D "$d/clips/$n.espeak.wav" -r "$AUDIO_RATE" -c 1 -b 16 "$d/clips/$n.wav" rate -v gain -n -3 </dev/null
        printf '%s\t%s\t%s\t%s\t%s\n' "$start" "$role" "$(soxi -s "$d/clips/$n.wav")" "$n" "$text" >>"$d/clips.tsv"
    done < <(tail -n +2 dialogue.tsv)
    ((n > 0)) || die "$v: no lines in dialogue.tsv"

    # 2. Check the timing, write the subtitles (.ass) and the padding plan.
    python3 - "$d" "$v" "$DURATION" "$AUDIO_RATE" "$W" "$MID_H" <<'PY'
import sys
d, video, duration, rate, width, height = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6])
MIN_GAP = 0.4      # seconds of silence at least between two lines
HOLD = 1.0         # subtitle stays this long after the speech ends (if the next line allows)
rows = []
for line in open(f"{d}/clips.tsv", encoding="utf-8"):
    start, role, samples, idx, text = line.rstrip("\n").split("\t")
    if role not in ("therapist", "client"):
        sys.exit(f"{video}: bad role {role!r} in dialogue.tsv (therapist/client)")
    if any(c in text for c in "{}\\"):
        sys.exit(f"{video}: text must not contain {{ }} or \\: {text!r}")
    s = round(float(start) * rate)
    rows.append((s, role, int(samples), idx, text))
for a, b in zip(rows, rows[1:]):
    if b[0] < a[0] + a[2] + MIN_GAP * rate:
        sys.exit(f"{video}: line at {b[0]/rate:.1f} s starts before the line at {a[0]/rate:.1f} s "
                 f"has ended ({(a[0]+a[2])/rate:.2f} s) plus {MIN_GAP} s; move it in dialogue.tsv")
last = rows[-1]
if last[0] + last[2] > (duration - 1) * rate:
    sys.exit(f"{video}: last line ends too late")

def ts(sec):
    cs = round(sec * 100)
    return f"{cs // 360000}:{cs // 6000 % 60:02d}:{cs // 100 % 60:02d}.{cs % 100:02d}"

with open(f"{d}/dialogue.ass", "w", encoding="utf-8") as f:
    f.write(f"""[Script Info]
ScriptType: v4.00+
PlayResX: {width}
PlayResY: {height}
WrapStyle: 0
ScaledBorderAndShadow: yes

[V4+ Styles]
Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic, Underline, StrikeOut, ScaleX, ScaleY, Spacing, Angle, BorderStyle, Outline, Shadow, Alignment, MarginL, MarginR, MarginV, Encoding
Style: Line,DejaVu Sans,12,&H00FFFFFF,&H00FFFFFF,&H40000000,&H40000000,0,0,0,0,100,100,0,0,3,2,0,2,10,10,6,1

[Events]
Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
""")
    for i, (s, role, n, idx, text) in enumerate(rows):
        start = s / rate
        end = (s + n) / rate + HOLD
        if i + 1 < len(rows):
            end = min(end, rows[i + 1][0] / rate - 0.1)
        f.write(f"Dialogue: 0,{ts(start)},{ts(end)},Line,,0,0,0,,{role.capitalize()}: {text}\n")

with open(f"{d}/pads.tsv", "w") as f:
    pos = 0
    for s, role, n, idx, text in rows:
        f.write(f"{idx}\t{s - pos}\n")
        pos = s + n
    f.write(f"tail\t{duration * rate - pos}\n")
PY

    # 3. Join the clips with digital silence in between (sample-exact), pad to 3000 s.
    log "$v: assembling audio track"
    local idx pad segs=()
    while IFS=$'\t' read -r idx pad; do
        if [[ $idx == tail ]]; then
            sox -R -D "${segs[@]}" "$d/track.wav" pad 0 "${pad}s"
        else
            sox -R -D "$d/clips/$idx.wav" "$d/clips/$idx.seg.wav" pad "${pad}s" 0
            segs+=("$d/clips/$idx.seg.wav")
        fi
    done <"$d/pads.tsv"
    local samples
    samples=$(soxi -s "$d/track.wav")
    ((samples == DURATION * AUDIO_RATE)) || die "$v: audio track has $samples samples, expected $((DURATION * AUDIO_RATE))"

    # 4. Texts for drawtext (textfile= avoids filtergraph escaping). n = frame index.
    printf '%s' '%{eif:floor(n/36000):d:2}:%{eif:mod(floor(n/600),60):d:2}:%{eif:mod(floor(n/10),60):d:2}.%{eif:mod(n,10):d}' >"$d/timecode.txt"
    printf '%s' 'frame %{eif:n:d:5}' >"$d/frame.txt"
    printf '%s' 'DEMO - fictional' >"$d/demo.txt"
    printf '%s' "$dyad session $session" >"$d/label.txt"

    # 5. Filter graph: [top band] over [colour field + subtitles] over [barcode].
    #    The barcode is its own 320x16 stream, stacked last: no text can touch it,
    #    and no filter after vstack changes pixel values (format is a no-op).
    local src="r=$FPS:d=$DURATION"
    cat >"$d/graph.txt" <<EOF
color=c=black:s=${W}x${TOP_H}:$src,format=yuv420p,
drawtext=fontfile=$FONT_MONO:textfile=timecode.txt:fontsize=14:fontcolor=white:x=4:y=4,
drawtext=fontfile=$FONT_MONO:textfile=demo.txt:fontsize=13:fontcolor=yellow:x=w-tw-4:y=5,
drawtext=fontfile=$FONT_MONO:textfile=label.txt:fontsize=12:fontcolor=white:x=4:y=23,
drawtext=fontfile=$FONT_MONO:textfile=frame.txt:fontsize=12:fontcolor=white:x=w-tw-4:y=23[top];
color=c=$(colour_for "$v"):s=${W}x${MID_H}:$src,format=yuv420p,
subtitles=filename=dialogue.ass:fontsdir=$FONT_DIR[mid];
color=c=black:s=${W}x${BAR_H}:$src,format=yuv420p,
geq=lum='$(barcode_expr)':cb=128:cr=128[bar];
[top][mid][bar]vstack=inputs=3,format=yuv420p[v]
EOF

    # 6. Encode.
    log "$v: encoding (x264 veryslow, crf $CRF)"
    local t0=$SECONDS
    (
        cd "$d"
        ffmpeg -nostdin -hide_banner -loglevel error -y \
            -i track.wav -filter_complex_script graph.txt \
            -map '[v]' -map 0:a \
            -c:v libx264 -preset veryslow -crf "$CRF" -x264-params "$X264_PARAMS" \
            -g "$GOP" -keyint_min "$GOP" -sc_threshold 0 -pix_fmt yuv420p -r "$FPS" \
            -colorspace smpte170m -color_primaries smpte170m -color_trc smpte170m -color_range tv \
            -c:a aac -b:a "$AUDIO_BITRATE" -ar "$AUDIO_RATE" -ac 1 \
            -fflags +bitexact -flags:v +bitexact -flags:a +bitexact -map_metadata -1 \
            -movflags +faststart -chunk_duration 1000000 -t "$DURATION" \
            "$v.mp4"
    )
    log "$v: encoded in $((SECONDS - t0)) s"

    # 7. Check before accepting: frame count, frame rate, duration.
    local frames fps dur
    frames=$(ffprobe -v error -select_streams v:0 -count_packets -show_entries stream=nb_read_packets -of csv=p=0 "$d/$v.mp4")
    fps=$(ffprobe -v error -select_streams v:0 -show_entries stream=r_frame_rate -of csv=p=0 "$d/$v.mp4")
    dur=$(ffprobe -v error -show_entries format=duration -of csv=p=0 "$d/$v.mp4")
    [[ $frames == "$FRAMES" ]] || die "$v: $frames video frames, expected $FRAMES"
    [[ $fps == "$FPS/1" ]] || die "$v: frame rate $fps, expected $FPS/1"
    python3 -c "import sys; sys.exit(abs(float('$dur') - $DURATION) > 0.05)" ||
        die "$v: duration $dur s, expected $DURATION s"
    log "$v: ok ($frames frames, $fps fps, $dur s, $(stat -c %s "$d/$v.mp4") bytes)"
}

for v in "${videos[@]}"; do build_video "$v"; done

# ---------------------------------------------------------------- move into place
for v in "${videos[@]}"; do
    part="$here/.$v.mp4.part"
    parts+=("$part")
    cp -- "$work/$v/$v.mp4" "$part"
done
for v in "${videos[@]}"; do
    mv -f -- "$here/.$v.mp4.part" "$here/$v.mp4"
    log "wrote $v.mp4 ($(stat -c %s "$here/$v.mp4") bytes)"
done
