#!/usr/bin/env python3
"""make-study.py - write study.json, the wholly fictional IPR Studio demo study.

Usage: python3 make-study.py            (writes study.json next to this script)

The content is the demo study of the project's outline (two dyads, sessions 3
and 5, client and therapist recall, codebook, pairs, themes, memos); all people,
places, words and numbers are invented. The file is in the documented text form
"ipr-studio-study", formatVersion 3 (docs/study-json.md): version 1 with the
supervision example (version 3 adds supervision; the demo has no case attributes).

Deterministic: every id is a UUIDv5 of a fixed namespace and a readable name
(e.g. "moment/D01/3/client/1"), every time stamp is written below, nothing is
read from the clock. Running it twice gives byte-identical output. The only
input is the media folder: the SHA-256 of media/<dyad>-S<n>.mp4 is written
when that file exists and left out when it does not.

The output is laid out exactly as IPR Studio's Java writer (Jackson's default
pretty printer) lays it out, in the order in which the Java writer lists
records, so that reading study.json into the program and writing it back
gives the same bytes.

Python 3 standard library only.
"""

import datetime
import hashlib
import json
import os
import sys
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
OUTPUT = os.path.join(HERE, "study.json")

# Fixed namespace of all ids of the demo study (itself a UUIDv5, so it is reproducible too).
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://iprstudio.org/sample-projects/alliance-demo")


def uid(name):
    return str(uuid.uuid5(NAMESPACE, name))


# ---------------------------------------------------------------------------- time helpers

def ms(clock):
    """'mm:ss' of the outline -> milliseconds."""
    minutes, seconds = clock.split(":")
    return (int(minutes) * 60 + int(seconds)) * 1000


def to_clock(millis):
    """Milliseconds -> 'HH:MM:SS.mmm', the form the Java writer uses."""
    h, rest = divmod(millis, 3_600_000)
    m, rest = divmod(rest, 60_000)
    s, milli = divmod(rest, 1000)
    return "%02d:%02d:%02d.%03d" % (h, m, s, milli)


def utc(year, month, day, hour, minute, second=0):
    return datetime.datetime(year, month, day, hour, minute, second, tzinfo=datetime.timezone.utc)


def instant(moment):
    """An aware datetime -> '2025-03-05T10:07:40Z' (Java Instant.toString for whole seconds)."""
    return moment.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


# ---------------------------------------------------------------------------- the study

VIDEO_MS = 50 * 60 * 1000  # the demo videos last exactly 50:00; the outline's times are used unscaled

STUDY = {
    "title": "DEMO – Early alliance formation in routine care (fictional)",
    "approval": "REK-DEMO-0000 (fictional)",
    "periodStart": "2025-01-01",
    "periodEnd": "2026-12-31",
}

PROMPTS = [
    "What was happening for you right then?",
    "What were you feeling at that moment?",
    "What were you thinking about the other person just then?",
    "Was there something you wanted to say but didn't?",
    "How did you see the other person right then?",
    "Is there anything else about this moment you would like to tell me?",
]

HELPFULNESS_LABELS = [
    (1, "extremely hindering"), (2, "greatly hindering"), (3, "moderately hindering"),
    (4, "slightly hindering"), (5, "neutral"), (6, "slightly helpful"),
    (7, "moderately helpful"), (8, "greatly helpful"), (9, "extremely helpful"),
]
INTENSITY_LABELS = [(1, "barely"), (2, "a little"), (3, "clearly"), (4, "strongly"), (5, "very strongly")]

QUICK_TAGS = ["felt understood", "felt judged", "wanted to say something", "relief", "tension"]

SITES = [
    ("S1", "Fjordvik outpatient clinic (public, fictional)"),
    ("S2", "Havlia psychology practice (private, fictional)"),
]

# code, role, pseudonym (codes and pseudonyms only: never real names)
PARTICIPANTS = [
    ("C01", "client", "Ingrid"),
    ("C02", "client", "Jonas"),
    ("I1", "interviewer", "Interviewer A"),
    ("I2", "interviewer", "Interviewer B"),
    ("SV1", "supervisor", "Supervisor A"),
    ("T01", "therapist", "Halvor"),
    ("T02", "therapist", "Marte"),
]

# Client passes are interviewed by I1, therapist passes by I2.
INTERVIEWER = {"client": "I1", "therapist": "I2"}

DYADS = [
    {"code": "D01", "site": "S1", "therapist": "T01", "client": "C01", "trajectory": "positive"},
    {"code": "D02", "site": "S2", "therapist": "T02", "client": "C02", "trajectory": "troubled-frail"},
]

# Sessions: start of the session (UTC; Norway is UTC+1 until 30 March 2025, UTC+2 after).
# Session 5 is two weeks after session 3.
SESSIONS = {
    ("D01", 3): utc(2025, 3, 4, 8, 0),    # 09:00 local
    ("D01", 5): utc(2025, 3, 18, 8, 0),   # 09:00 local
    ("D02", 3): utc(2025, 4, 8, 11, 0),   # 13:00 local
    ("D02", 5): utc(2025, 4, 22, 11, 0),  # 13:00 local
}

# Recall passes: lag after the start of the session in hours (outline: D01-S3 26 h / 30 h,
# D02-S3 50 h, D02-S5 client 70 h; the D01-S5 lags are our choice, all within the 72 h target).
PASSES = {
    ("D01", 3, "client"): {"lag": 26},
    ("D01", 3, "therapist"): {"lag": 30},
    ("D01", 5, "client"): {"lag": 27},
    ("D01", 5, "therapist"): {"lag": 31},
    ("D02", 3, "client"): {"lag": 50},
    ("D02", 3, "therapist"): {"lag": 50},
    ("D02", 5, "client"): {"lag": 70},
    ("D02", 5, "therapist"): {"missing": "Therapist ill; interview not rescheduled within the protocol window"},
}

# ---------------------------------------------------------------------------- codebook

# Group name, description, colour, [(code name, description)]. Every code takes its group's colour.
CODEBOOK = [
    ("Bordin", "Bordin's working alliance: agreement on goals and tasks, and the bond.", "#4e79a7", [
        ("BOND", "the emotional bond: trust, liking, feeling cared for"),
        ("GOAL", "agreement on the goals of therapy"),
        ("TASK", "agreement on the tasks and activities of therapy"),
    ]),
    ("3RS withdrawal", "Rupture markers, moving away (3RS, observer-style, used as cross-tags).", "#f28e2b", [
        ("WD-MIN", "minimal response"),
        ("WD-DEF", "deferential/appeasing"),
        ("WD-TOPIC", "topic shift"),
        ("WD-ABS", "abstract communication"),
        ("WD-SPLIT", "content/affect split"),
    ]),
    ("3RS confrontation", "Rupture markers, moving against (3RS, observer-style, used as cross-tags).", "#e15759", [
        ("CF-ACT", "complaint about the activities of therapy"),
    ]),
    ("3RS resolution", "Resolution strategies (3RS, observer-style, used as cross-tags).", "#59a14f", [
        ("RS-INVITE", "invites discussion of the relationship"),
        ("RS-ACK", "acknowledges own contribution"),
        ("RS-RAT", "gives a rationale"),
    ]),
    ("Client reactions", "The client's reactions to the therapist's intervention (after Hill).", "#b07aa1", [
        ("R-UNDERSTOOD", "felt understood"),
        ("R-HOPEFUL", "felt hopeful"),
        ("R-NEWPERSP", "gained a new perspective"),
        ("R-MISUNDERSTOOD", "felt misunderstood"),
        ("R-STUCK", "felt stuck"),
        ("R-SCARED", "felt scared"),
    ]),
    ("Inductive (client)", "Codes grown from the client recalls.", "#76b7b2", [
        ("fear of being judged", "expects criticism or disapproval from the therapist"),
        ("shame about needing help", "needing therapy, sick leave or a setback felt as failure"),
        ("testing the therapist", "checks the therapist's reaction before risking more"),
        ("feeling remembered", "the therapist recalls details from earlier sessions"),
        ("therapist's humour", "shared laughter or a light remark by the therapist"),
        ("pressure to perform", "feels graded, like at school, by the tasks of therapy"),
        ("bodily tension", "freezing, tears held back, looking away"),
        ("relief", "a sense of a weight lifting"),
    ]),
    ("Inductive (therapist)", "Codes grown from the therapist recalls.", "#9c755f", [
        ("CT-urge-to-rescue", "countertransference: wish to rescue or soothe the client"),
        ("CT-irritation", "countertransference: irritation or defensiveness"),
        ("CT-protective", "countertransference: protectiveness towards the client"),
        ("monitoring alliance", "checks how the client is doing in the relationship"),
        ("uncertainty about method", "doubts about the intervention or its timing"),
        ("sensing withdrawal", "notices the client pulling back"),
        ("pleased with progress", "satisfied that the work moves forward"),
    ]),
]

# The outline's loose names -> code names of the codebook (None: not a code, skipped).
LOOSE_CODE_NAMES = {
    "shame": "shame about needing help",
    "uncertainty": "uncertainty about method",
    "testing therapist": "testing the therapist",
    "therapist genuineness": None,  # theme 2a, not a code
}

# ---------------------------------------------------------------------------- moments

# Each moment: (anchor, span or None, initiator P/I, comment, helpfulness, intensity, [codes], themes, time frame).
# Themes ("1a", "4a", "2", ...) are the outline's Theme column; they feed the theme exemplars below.
MOMENTS = {
    ("D01", 3, "client"): [
        ("02:40", ("01:55", "02:40"), "P", "I rehearsed what to say in the car and still froze when he asked how the week was.", 4, 4,
         ["fear of being judged", "bodily tension"], "1a", "then"),
        ("06:15", ("05:30", "06:15"), "P", "Saying I'd been on sick leave felt like admitting I'd failed.", 3, 5,
         ["shame about needing help"], "1b", "then"),
        ("08:50", None, "P", "He remembered my sister's name from last time. Small thing, but I relaxed.", 8, 4,
         ["feeling remembered", "BOND", "R-UNDERSTOOD"], "2b", "then"),
        ("13:05", ("12:20", "13:05"), "I", "I laughed there, but actually I wanted to cry.", 5, 3,
         ["WD-SPLIT", "bodily tension"], "1a", "then"),
        ("17:40", None, "P", "When he said we could go slower, it was like a weight came off.", 8.5, 5,
         ["relief", "TASK", "R-HOPEFUL"], "3b", "then"),
        ("22:10", ("21:00", "22:10"), "P", "I wasn't sure what the homework was for; I didn't ask.", 4, 2,
         ["TASK", "WD-DEF"], "3b 4a", "then"),
        ("27:30", None, "P", "He said something about himself, that he also finds mornings hard. It made him human.", 8, 4,
         ["therapist genuineness", "BOND"], "2a", "then"),
        ("33:00", ("32:10", "33:00"), "P", "Here we agreed that the goal is sleeping again, not 'fixing my whole life'.", 7.5, 3,
         ["GOAL", "R-NEWPERSP"], "3a", "then"),
        ("41:20", None, "I", "I looked away because I was ashamed of crying.", 5, 4,
         ["shame", "bodily tension"], "1b", "then"),
        ("47:45", None, "P", "Leaving, I thought: I can come back next week. That's new.", 8, 4,
         ["relief", "R-HOPEFUL"], "2", "now"),
    ],
    ("D01", 3, "therapist"): [
        ("02:55", None, "P", "I saw how tense she was and decided not to push the agenda.", 7, 3,
         ["monitoring alliance", "TASK"], "", "then"),
        ("06:30", None, "P", "Sick leave came with a lot of shame; I felt protective.", 6, 4,
         ["CT-protective"], "", "then"),
        ("11:30", None, "P", "I considered introducing the sleep diary here but held back.", 5, 2,
         ["uncertainty about method", "TASK"], "", "then"),
        ("17:50", None, "P", "Offering to slow down: I wasn't sure it was right, but it felt needed.", 7, 3,
         ["RS-RAT", "TASK"], "", "then"),
        ("22:30", None, "I", "I thought the homework was clear.", 6, 2,
         ["pleased with progress"], "", "then"),
        ("27:35", None, "P", "The self-disclosure slipped out; I checked afterwards whether it was too much.", 6, 4,
         ["monitoring alliance"], "", "then"),
        ("33:15", None, "P", "Narrowing the goal to sleep felt like a real agreement.", 8, 3,
         ["GOAL"], "", "then"),
        ("41:30", None, "P", "When she cried I wanted to rescue her; I stayed quiet instead.", 6, 5,
         ["CT-urge-to-rescue"], "", "then"),
        ("46:00", None, "P", "I worried the session was too light.", 4, 2,
         ["uncertainty"], "", "then"),
    ],
    ("D02", 3, "client"): [
        ("01:30", None, "P", "I was late and she said 'no problem', but I felt judged anyway.", 4, 3,
         ["fear of being judged"], "1a", "then"),
        ("07:10", ("06:00", "07:10"), "P", "Talking about my dad, I changed the subject to football on purpose.", 4, 4,
         ["WD-TOPIC", "shame"], "4a", "then"),
        ("11:45", None, "I", "I said 'fine' a lot. That's what I do when I don't want to go there.", 4, 4,
         ["WD-MIN"], "4a", "now"),
        ("16:20", None, "P", "The worksheet made me feel like a school kid.", 2.5, 4,
         ["CF-ACT", "pressure to perform", "TASK"], "3b 4a", "then"),
        ("19:05", None, "P", "She said my anger makes sense. That actually helped.", 7, 3,
         ["R-UNDERSTOOD", "BOND"], "2b", "then"),
        ("24:10", ("23:30", "24:10"), "P", "I just agreed with her plan so we could move on.", 3, 5,
         ["WD-DEF", "GOAL"], "4a", "then"),
        ("31:50", None, "P", "Here I wanted to say this isn't working, but I didn't.", 2, 5,
         ["R-STUCK", "WD-DEF"], "4a", "then"),
        ("38:30", None, "I", "She smiled at something I said; I thought maybe she likes me a bit.", 6, 2,
         ["BOND", "testing therapist"], "1a", "then"),
        ("46:40", None, "P", "She asked how today was and I said 'good'. It wasn't.", 3, 4,
         ["WD-DEF"], "4c", "then"),
    ],
    ("D02", 3, "therapist"): [
        ("01:40", None, "P", "I wanted him to feel welcome despite being late.", 7, 2,
         ["monitoring alliance"], "", "then"),
        ("07:20", None, "P", "Football: I let it go, didn't want to push too early.", 6, 3,
         ["sensing withdrawal"], "", "then"),
        ("12:00", None, "P", "Short answers. I felt a bit irritated, then guilty about it.", 4, 3,
         ["CT-irritation"], "", "then"),
        ("16:30", None, "P", "The worksheet gave us structure; I was pleased.", 7, 2,
         ["pleased with progress", "TASK"], "", "then"),
        ("19:10", None, "P", "Validating his anger: a good moment.", 8, 3,
         ["BOND"], "", "then"),
        ("24:20", None, "P", "He agreed to the plan. Good progress.", 8, 3,
         ["GOAL", "pleased with progress"], "", "then"),
        ("28:00", None, "P", "I talked too much here.", 4, 2,
         ["uncertainty about method"], "", "now"),
        ("35:15", None, "I", "Not sure what happened; he went quiet.", 5, 2,
         ["sensing withdrawal"], "", "then"),
        ("38:40", None, "P", "A lighter moment, nice.", 7, 2,
         ["BOND"], "", "then"),
        ("46:50", None, "P", "He said the session was good; relieved.", 7, 2,
         ["pleased with progress"], "", "then"),
    ],
    # Compact in the outline: quoted words are kept, the others are written out in the
    # participant's voice; initiators, intensities and the therapist's ratings are ours.
    ("D01", 5, "client"): [
        ("03:10", None, "P", "Came in less nervous.", 7, 3,
         [], "1a 2", "then"),
        ("08:40", None, "P", "Told him the diary felt like a test.", 6, 4,
         ["CF-ACT"], "4b", "then"),
        ("09:30", None, "P", "He said 'good that you tell me' and we changed it.", 8.5, 5,
         ["RS-INVITE", "RS-RAT"], "4b", "then"),
        ("15:00", None, "I", "I stayed in bed all Thursday and was so ashamed of the setback that I almost didn't tell him.", 4, 4,
         ["shame"], "1b", "then"),
        ("21:20", None, "P", "He remembered the sleep goal.", 8, 3,
         ["GOAL"], "3a", "then"),
        ("28:45", None, "P", "I told him about telling my sister, and I didn't cry. Strange, good strange.", 8, 4,
         ["R-NEWPERSP"], "", "then"),
        ("35:10", None, "P", "The coffee joke: we laughed together, like two normal people.", 7, 3,
         ["BOND"], "2a", "then"),
        ("42:00", None, "P", "I didn't want the session to end.", 8, 4,
         [], "2", "then"),
        ("48:30", None, "P", "We agreed on the next steps together; one good thing about each night, I can do that.", 7, 3,
         ["TASK"], "3b", "then"),
    ],
    ("D01", 5, "therapist"): [
        ("08:50", None, "P", "Her critique surprised me; I felt defensive for a second.", 5, 4,
         ["CT-irritation"], "", "then"),
        ("09:40", None, "P", "Adjusting the diary: repair.", 8, 4,
         ["RS-ACK"], "", "then"),
        ("15:20", None, "P", "She was ashamed of the bad day and I felt protective of her.", 6, 3,
         ["CT-protective"], "", "then"),
        ("21:30", None, "P", "She came back to the sleep goal herself; the goal holds.", 8, 3,
         ["GOAL"], "", "then"),
        ("29:00", None, "P", "She is moving.", 8, 4,
         [], "", "then"),
        ("35:20", None, "I", "The humour came easily; a relaxed moment between us.", 7, 2,
         [], "", "then"),
        ("40:00", None, "P", "Thinking about the length of therapy.", 5, 2,
         [], "", "then"),
        ("48:40", None, "P", "Next steps we both stand behind.", 7, 3,
         [], "", "then"),
    ],
    ("D02", 5, "client"): [
        ("02:00", None, "P", "Almost cancelled today.", 3, 4,
         [], "4a", "then"),
        ("09:15", None, "I", "She asked if the worksheets are OK for me; I said yes.", 4, 3,
         ["WD-DEF"], "4c", "then"),
        ("14:30", None, "P", "She said she noticed I go quiet when we talk about dad.", 6.5, 4,
         ["RS-INVITE"], "4b", "then"),
        ("15:40", None, "P", "I said it's because it's pointless; that felt risky.", 6, 5,
         ["CF-ACT"], "4b", "then"),
        ("22:00", None, "P", "She said sorry for pushing the plan last time.", 7.5, 4,
         ["RS-ACK"], "4b", "then"),
        ("30:10", None, "P", "Still not sure what we're doing.", 3, 3,
         ["GOAL", "R-STUCK"], "3a", "then"),
        ("39:50", None, "P", "Talking about my job felt easier.", 6, 2,
         [], "", "then"),
        ("47:20", None, "P", "I don't know if I'll keep coming.", 2.5, 5,
         [], "4a", "now"),
    ],
}

# Pairs: (dyad, session, client moment number, therapist moment number, class) - numbers are
# 1-based in anchor order, as in the outline. All found within the default window and confirmed.
AUTOMATIC_PAIRS = [
    ("D01", 3, 1, 1, "convergent"),
    ("D01", 3, 2, 2, "convergent"),
    ("D01", 3, 5, 4, "convergent"),
    ("D01", 3, 6, 5, "divergent-meaning"),
    ("D01", 3, 7, 6, "convergent"),
    ("D01", 3, 8, 7, "convergent"),
    ("D01", 3, 9, 8, "convergent"),
    ("D01", 5, 2, 1, "convergent"),   # 08:40 <-> 08:50
    ("D01", 5, 3, 2, "convergent"),   # 09:30 <-> 09:40
    ("D01", 5, 4, 3, "convergent"),   # 15:00 <-> 15:20
    ("D01", 5, 5, 4, "convergent"),   # 21:20 <-> 21:30
    ("D01", 5, 6, 5, "convergent"),   # 28:45 <-> 29:00
    ("D01", 5, 7, 6, "convergent"),   # 35:10 <-> 35:20
    ("D01", 5, 9, 8, "convergent"),   # 48:30 <-> 48:40
    ("D02", 3, 1, 1, "divergent-valence"),
    ("D02", 3, 2, 2, "convergent"),
    ("D02", 3, 3, 3, "convergent"),
    ("D02", 3, 4, 4, "divergent-valence"),
    ("D02", 3, 5, 5, "convergent"),
    ("D02", 3, 6, 6, "divergent-valence"),
    ("D02", 3, 8, 9, "convergent"),
    ("D02", 3, 9, 10, "divergent-valence"),
]
MANUAL_PAIR = ("D02", 3, 7, 8, "convergent",
               "Same unresolved withdrawal episode; outside the pairing window (205 s), linked by hand after the +60 s sensitivity check")

# ---------------------------------------------------------------------------- themes

# (key, name, definition, status, [codes], [exemplar moments as (dyad, session, perspective, number)])
# Sub-theme keys "1a" etc. have the main theme "1" as parent.
THEMES = [
    ("1", "Arriving with fear and shame",
     "Clients come to the early sessions braced for judgement and ashamed of needing help, and this shapes what they dare to say.",
     "reviewed", [], []),
    ("1a", "Testing whether it is safe to speak",
     "The client watches the therapist's reactions for signs of judgement before risking anything personal.",
     "reviewed", ["fear of being judged", "testing the therapist", "bodily tension", "WD-SPLIT"],
     [("D01", 3, "client", 1), ("D01", 3, "therapist", 1), ("D02", 3, "client", 8)]),
    ("1b", "Shame about needing help",
     "Needing therapy, being on sick leave or having a setback is felt as a personal failure that is hard to say aloud.",
     "reviewed", ["shame about needing help"],
     [("D01", 3, "client", 2), ("D01", 3, "therapist", 2), ("D01", 5, "client", 4)]),
    ("2", "Being met as a person",
     "Safety grows when the client experiences the therapist as a real person who sees, remembers and stays with them.",
     "reviewed", ["relief", "R-HOPEFUL"],
     [("D01", 3, "client", 10), ("D01", 5, "client", 8)]),
    ("2a", "The therapist's genuineness",
     "Small self-disclosures and shared humour make the therapist human and the relationship less formal.",
     "candidate", ["BOND", "therapist's humour"],
     [("D01", 3, "client", 7), ("D01", 3, "therapist", 6), ("D01", 5, "client", 7)]),
    ("2b", "Being remembered and understood",
     "Being remembered and having one's feelings validated is experienced as being taken seriously.",
     "reviewed", ["feeling remembered", "R-UNDERSTOOD", "BOND"],
     [("D01", 3, "client", 3), ("D02", 3, "client", 5), ("D02", 3, "therapist", 5)]),
    ("3", "Negotiating the work",
     "Client and therapist work out, openly or tacitly, what the therapy is for and how it is to be done.",
     "reviewed", [], []),
    ("3a", "What are we working towards (goals)",
     "Whether a concrete, limited goal is truly shared or only agreed to on the surface.",
     "reviewed", ["GOAL", "R-NEWPERSP", "R-STUCK"],
     [("D01", 3, "client", 8), ("D01", 3, "therapist", 7), ("D02", 5, "client", 6)]),
    ("3b", "Making sense of how we work (tasks)",
     "Whether tasks such as homework and worksheets make sense to the client and fit the client's pace.",
     "reviewed", ["TASK", "RS-RAT", "pressure to perform", "relief"],
     [("D01", 3, "client", 5), ("D01", 3, "therapist", 4), ("D02", 3, "client", 4)]),
    ("4", "Strain and repair",
     "Tensions in the relationship, how they are shown or hidden, and whether they are named and repaired.",
     "reviewed", [], []),
    ("4a", "Quiet withdrawal",
     "The client moves away (minimal answers, topic shifts, deferential agreement) instead of voicing disagreement.",
     "reviewed", ["WD-MIN", "WD-DEF", "WD-TOPIC", "WD-ABS", "WD-SPLIT", "R-STUCK"],
     [("D02", 3, "client", 6), ("D02", 3, "client", 7), ("D02", 3, "therapist", 8)]),
    ("4b", "Naming the tension",
     "A tension is put into words by the client or the therapist, which opens the way to repair.",
     "reviewed", ["CF-ACT", "RS-INVITE", "RS-ACK", "RS-RAT"],
     [("D01", 5, "client", 2), ("D01", 5, "therapist", 2), ("D02", 5, "client", 3)]),
    ("4c", "Missed moments (tension the therapist did not register)",
     "Moments the client experienced as hindering while the therapist, unaware of the strain, rated them as helpful.",
     "candidate", ["WD-DEF", "pleased with progress"],
     [("D02", 3, "client", 9), ("D02", 3, "therapist", 10), ("D01", 3, "client", 6)]),
    ("5", "The therapist's inner balancing act",
     "Therapists continually weigh their own reactions against what the client and the alliance need (therapist perspective).",
     "reviewed", [], []),
    ("5a", "Countertransference pulls",
     "Urges to rescue, to protect or to push back in irritation, which the therapist notices and holds.",
     "candidate", ["CT-urge-to-rescue", "CT-irritation", "CT-protective"],
     [("D01", 3, "therapist", 8), ("D02", 3, "therapist", 3), ("D01", 5, "therapist", 1)]),
    ("5b", "Monitoring the alliance",
     "The therapist's running check on how the client is doing in the relationship, including doubts about the method.",
     "reviewed", ["monitoring alliance", "sensing withdrawal", "uncertainty about method"],
     [("D01", 3, "therapist", 1), ("D01", 3, "therapist", 6), ("D02", 3, "therapist", 2)]),
]

# ---------------------------------------------------------------------------- memos

MEMOS = [
    {
        "key": "reflexive", "target": "study", "kind": "reflexive",
        "title": "Reflexive memo: my clinical lens on the divergent pairs",
        "created": utc(2025, 5, 5, 7, 45), "modified": utc(2025, 5, 5, 7, 45),
        "text": (
            "I read these recalls as a clinician who has spent years on the therapist's side of the room. When I first went "
            "through D02-S3 I caught myself explaining the therapist's ratings (\"she could not have known\") before I had "
            "taken in what the client said. The four divergent-valence pairs are exactly where my sympathy for the therapist "
            "could soften the finding.\n\n"
            "Agreed with the team: divergent pairs are first read from the client's side, my notes on them are checked by a "
            "co-coder without clinical training, and I write down here whenever I find myself defending a therapist."),
    },
    {
        "key": "methodological", "target": "pair", "target_pair": "manual", "kind": "methodological",
        "title": "Pairing window sensitivity check for D02-S3 and the manual link C7-T8",
        "created": utc(2025, 5, 7, 12, 10), "modified": utc(2025, 5, 7, 12, 10),
        "text": (
            "With the default window (10 s before, 30 s after) D02-S3 gave eight suggested pairs, all confirmed. As a "
            "sensitivity check the window was widened to +60 s for this session: it added no pairs.\n\n"
            "The client's moment 7 (31:50, \"Here I wanted to say this isn't working, but I didn't.\") and the therapist's "
            "moment 8 (35:15, \"Not sure what happened; he went quiet.\") lie 205 s apart, far outside any sensible window, "
            "yet the video shows one continuous episode: the therapist asks how the sessions are going (31:25), Jonas "
            "answers \"They are okay\", and his silence after the next question ends in the therapist's \"Jonas?\" "
            "(35:05). We linked them by hand as the same unresolved withdrawal episode. Classified "
            "as convergent: both perspectives register the same strained, unhelpful stretch; the therapist lacks its "
            "content, not its sense. The delay itself (the therapist notices the withdrawal minutes after it began) is "
            "material for theme 4."),
    },
    {
        "key": "analytic-theme-4", "target": "theme", "target_theme": "4", "kind": "analytic",
        "title": "Theme 4 (Strain and repair): the plan that was agreed to",
        "created": utc(2025, 5, 14, 9, 30), "modified": utc(2025, 5, 20, 13, 5),
        "text": (
            "Three moments carry the arc of D02 across the two sessions.\n\n"
            "C02-S3 #6 (24:10): \"I just agreed with her plan so we could move on.\" Helpfulness 3: deferential agreement "
            "(WD-DEF), the client's way of leaving the conversation while appearing to stay in it.\n"
            "T02-S3 #6 (24:20): \"He agreed to the plan. Good progress.\" Helpfulness 8: the same exchange read as goal "
            "agreement. The pair is divergent in valence; nothing on the surface of the session marks the rupture.\n"
            "C02-S5 #5 (22:00): \"She said sorry for pushing the plan last time.\" Helpfulness 7.5: the therapist names her "
            "own part (RS-ACK) and the client rates it as helpful.\n\n"
            "Repair came two weeks late and only partly: in the same session the client is \"still not sure what we're "
            "doing\" (30:10). Working idea for 4a/4c: quiet withdrawal is invisible to the therapist in the moment and "
            "becomes repairable only once it is named, by either party."),
    },
    {
        "key": "trajectory-D01", "target": "dyad", "target_dyad": "D01", "kind": "trajectory",
        "title": "D01 trajectory: positive",
        "created": utc(2025, 5, 21, 10, 0), "modified": utc(2025, 5, 21, 10, 0),
        "text": (
            "Classified POSITIVE. C01 (age band 30-39) and T01 (psychologist, 10-15 years of experience) at S1. In session 3 "
            "the client arrives with fear and shame (froze at the start, sick leave felt like failure) and is met: being "
            "remembered, the offer to go slower and a narrow shared goal (sleep) are rated helpful by both. Seven of ten "
            "client moments are paired, six convergent; the one divergence (homework, C6-T5) is about meaning, not valence.\n\n"
            "Session 5 brings a confrontation-style rupture (the diary felt like a test) that the therapist welcomes and "
            "repairs within a minute (08:40-09:40), then humour and an easier mood; seven of nine client moments are paired, "
            "all convergent. Measures (stored here, not in the file format): WAI-SR client 41 after S3 and 50 after S5, "
            "therapist 44 and 49; OQ-45.2 88 at intake, 79 after S5."),
    },
    {
        "key": "trajectory-D02", "target": "dyad", "target_dyad": "D02", "kind": "trajectory",
        "title": "D02 trajectory: troubled/frail",
        "created": utc(2025, 5, 21, 10, 40), "modified": utc(2025, 5, 21, 10, 40),
        "text": (
            "Classified TROUBLED-FRAIL. C02 (age band 20-29) and T02 (psychologist, 3-5 years of experience) at S2. In session "
            "3 the client withdraws quietly (topic shift, \"fine\", deferential agreement to the plan) and the therapist rates "
            "four of those moments as helpful that the client rates as hindering (divergent valence: C1-T1, C4-T4, C6-T6, "
            "C9-T10). The withdrawal at 31:50 reaches the therapist only at 35:15 (manual pair).\n\n"
            "Session 5 shows a partial repair: the therapist names the pattern and apologises for pushing the plan, the client "
            "risks a complaint; but the goals remain unclear and he is unsure he will keep coming. The therapist's recall of "
            "session 5 is missing (illness), so this session is seen from one side only (perspective missing: S5-T). "
            "Measures (stored here, not in the file format): WAI-SR client 38 after S3 and 36 after S5, therapist 47 and 45; "
            "OQ-45.2 95 at intake, 97 after S5. The widening gap between the two alliance ratings fits the picture."),
    },
]


# ---------------------------------------------------------------------------- building

def sha256_of(path):
    if not os.path.isfile(path):
        return None
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def scale(name, lo, hi, step, labels):
    return {"name": name, "min": float(lo), "max": float(hi), "step": float(step),
            "labels": [{"value": float(v), "label": text} for v, text in labels]}


def moment_name(dyad, session, perspective, number):
    return "moment/%s/%d/%s/%d" % (dyad, session, perspective, number)


def code_name(loose):
    return LOOSE_CODE_NAMES.get(loose, loose)


def build():
    code_ids = {}
    codes = []
    for group, description, colour, members in CODEBOOK:
        group_id = uid("code-group/" + group)
        codes.append({"id": group_id, "name": group, "description": description, "colour": colour})
        for name, member_description in members:
            assert name not in code_ids, name
            code_ids[name] = uid("code/" + name)
            codes.append({"id": code_ids[name], "parent": group_id, "name": name, "description": member_description, "colour": colour})

    participant_ids = {code: uid("participant/" + code) for code, _, _ in PARTICIPANTS}
    moment_ids = {}
    moment_anchor = {}
    codings = []
    dyads = []
    for dyad in DYADS:
        d = dyad["code"]
        sessions = []
        for number in (3, 5):
            start = SESSIONS[(d, number)]
            video = "%s-S%d.mp4" % (d, number)
            media = {"path": "media/" + video, "sha256": sha256_of(os.path.join(HERE, "media", video)),
                     "duration": to_clock(VIDEO_MS)}
            passes = []
            for perspective in ("client", "therapist"):  # the Java writer lists client passes first
                spec = PASSES[(d, number, perspective)]
                key = "%s/%d/%s" % (d, number, perspective)
                pass_dto = {
                    "id": uid("pass/" + key),
                    "perspective": perspective,
                    "participant": participant_ids[dyad[perspective]],
                    "interviewer": participant_ids[INTERVIEWER[perspective]],
                }
                moments = []
                if "missing" in spec:
                    pass_dto["status"] = "missing"
                    pass_dto["missingReason"] = spec["missing"]
                else:
                    recall_start = start + datetime.timedelta(hours=spec["lag"])
                    pass_dto["date"] = recall_start.date().isoformat()
                    pass_dto["status"] = "done"
                    rows = MOMENTS[(d, number, perspective)]
                    anchors = [ms(row[0]) for row in rows]
                    assert anchors == sorted(anchors), key
                    for i, (anchor, span, init, comment, helpfulness, intensity, loose_codes, _themes, frame) in enumerate(rows):
                        name = moment_name(d, number, perspective, i + 1)
                        moment_ids[(d, number, perspective, i + 1)] = uid(name)
                        moment_anchor[(d, number, perspective, i + 1)] = ms(anchor)
                        assert ms(anchor) <= VIDEO_MS
                        # Created while the interview runs: 5 min to settle in, the video up to the stop,
                        # and about 3 min of talk per earlier stop.
                        created = recall_start + datetime.timedelta(minutes=5 + 3 * i, milliseconds=ms(anchor))
                        moment = {"id": uid(name), "anchor": to_clock(ms(anchor))}
                        if span is not None:
                            assert ms(span[0]) <= ms(span[1]) <= VIDEO_MS
                            moment["span"] = {"start": to_clock(ms(span[0])), "end": to_clock(ms(span[1]))}
                        moment.update({
                            "initiator": {"P": "participant", "I": "interviewer"}[init],
                            "comment": comment,
                            "timeFrame": frame,
                            "helpfulness": float(helpfulness),
                            "intensity": int(intensity),
                            "createdAt": instant(created),
                        })
                        moments.append(moment)
                        seen = set()
                        for loose in loose_codes:
                            code = code_name(loose)
                            if code is None:
                                continue
                            assert code in code_ids, "unknown code %r in %s" % (code, name)
                            assert code not in seen, (code, name)
                            seen.add(code)
                            codings.append({"id": uid("coding/%s/%s" % (name, code)), "code": code_ids[code], "moment": uid(name)})
                pass_dto["moments"] = moments
                passes.append(pass_dto)
            sessions.append({
                "id": uid("session/%s/%d" % (d, number)),
                "number": number,
                "date": start.date().isoformat(),
                "media": media,
                "recallPasses": passes,
            })
        dyads.append({
            "id": uid("dyad/" + d),
            "code": d,
            "site": uid("site/" + dyad["site"]),
            "therapist": participant_ids[dyad["therapist"]],
            "client": participant_ids[dyad["client"]],
            "trajectory": dyad["trajectory"],
            "sessions": sessions,
        })

    window_before, window_after = 10_000, 30_000
    pairs = []
    for d, number, c, t, pair_class in AUTOMATIC_PAIRS:
        delta = moment_anchor[(d, number, "therapist", t)] - moment_anchor[(d, number, "client", c)]
        assert -window_before <= delta <= window_after, (d, number, c, t, delta)
        pairs.append({
            "id": uid("pair/%s/%d/C%d-T%d" % (d, number, c, t)),
            "first": moment_ids[(d, number, "client", c)],
            "second": moment_ids[(d, number, "therapist", t)],
            "method": "automatic",
            "pairClass": pair_class,
            "decision": "confirmed",
        })
    d, number, c, t, pair_class, reason = MANUAL_PAIR
    delta = moment_anchor[(d, number, "therapist", t)] - moment_anchor[(d, number, "client", c)]
    assert delta == 205_000, delta
    manual_pair_id = uid("pair/%s/%d/C%d-T%d" % (d, number, c, t))
    pairs.append({
        "id": manual_pair_id,
        "first": moment_ids[(d, number, "client", c)],
        "second": moment_ids[(d, number, "therapist", t)],
        "method": "manual",
        "pairClass": pair_class,
        "decision": "confirmed",
        "reason": reason,
    })
    paired = [p["first"] for p in pairs] + [p["second"] for p in pairs]
    assert len(paired) == len(set(paired)), "a moment is in two pairs"

    theme_ids = {}
    themes = []
    for position, (key, name, definition, status, theme_codes, exemplars) in enumerate(THEMES):
        theme_ids[key] = uid("theme/" + key)
        assert len(theme_codes) == len(set(theme_codes)) and len(exemplars) == len(set(exemplars)), key
        theme = {"id": theme_ids[key]}
        if len(key) > 1:
            theme["parent"] = theme_ids[key[0]]
        theme.update({
            "name": name,
            "definition": definition,
            "status": status,
            # One running order over the whole tree (main theme, then its sub-themes), so that
            # sorting by position gives the reading order and siblings keep theirs.
            "position": position,
            "codes": [code_ids[c] for c in theme_codes],
            "exemplars": [moment_ids[e] for e in exemplars],
        })
        themes.append(theme)

    memos = []
    for memo in MEMOS:
        dto = {"id": uid("memo/" + memo["key"]), "target": memo["target"]}
        if memo["target"] == "pair":
            dto["targetId"] = manual_pair_id
        elif memo["target"] == "theme":
            dto["targetId"] = theme_ids[memo["target_theme"]]
        elif memo["target"] == "dyad":
            dto["targetId"] = uid("dyad/" + memo["target_dyad"])
        dto.update({
            "kind": memo["kind"],
            "title": memo["title"],
            "text": memo["text"],
            "createdAt": instant(memo["created"]),
            "modifiedAt": instant(memo["modified"]),
        })
        memos.append(dto)

    study = {"id": uid("study")}
    study.update(STUDY)
    study["protocol"] = {
        "sessions": [3, 5],
        "prompts": PROMPTS,
        "helpfulness": scale("Helpfulness (HAT)", 1, 9, 0.5, HELPFULNESS_LABELS),
        "intensity": scale("Intensity", 1, 5, 1, INTENSITY_LABELS),
        "pairingWindow": {"before": to_clock(window_before), "after": to_clock(window_after)},
        "quickTags": QUICK_TAGS,
    }
    return {
        "format": "ipr-studio-study",
        "formatVersion": 3,
        "study": study,
        "sites": [{"id": uid("site/" + code), "code": code, "name": name} for code, name in sorted(SITES)],
        "participants": [{"id": participant_ids[code], "code": code, "role": role, "pseudonym": pseudonym}
                         for code, role, pseudonym in sorted(PARTICIPANTS)],
        "dyads": dyads,
        "codes": codes,
        "pairs": pairs,
        "codings": codings,
        "themes": themes,
        "memos": memos,
        "supervision": supervision(participant_ids),
    }


# ---------------------------------------------------------------------------- supervision

# One supervision example (formatVersion 3): T02 "Marte" reviews her recorded session 3 with D02
# together with the supervisor SV1, a week after the session. Either of them stops the video; at
# each stop the trainee recalls, the supervisor gives feedback, and some stops give a learning
# point. Afterwards the supervisor opened the client's view (recorded below). These stops are not
# research moments: the demo's 63 moments are unchanged.
SUPERVISION_QUESTIONS = [
    "What were you feeling then?",
    "What did you want to say?",
    "What would you have liked to do?",
    "How did you think the client saw you?",
]

SUPERVISION_MEETING = {
    "key": "D02/3/SV1/2025-04-15",
    "dyad": "D02", "session": 3, "trainee": "T02", "supervisor": "SV1",
    "date": "2025-04-15",
    "start": utc(2025, 4, 15, 12, 0),
    "summary": "Marte reviewed session 3 with Jonas. What looked like agreement was often quiet withdrawal: the change to"
               " football, the short answers, the quick yes to the plan. She will check agreement with an open question and"
               " name topic changes gently. We compared with the client's view afterwards.",
    "clientViewOpened": utc(2025, 4, 15, 13, 10),
}

# (anchor, stopped by, question, what the trainee recalls, then/now, helpfulness, feedback, learning points (text, status))
SUPERVISION_STOPS = [
    ("07:20", "trainee", "What were you feeling then?",
     "He went to football as soon as his father came up. I felt relieved that we could talk about something easy.", "then", 6.0,
     "Notice the relief: it was yours as much as his. The change of topic may have been a way out for both of you.",
     [("Notice when a change of topic relieves me too, and name it gently instead of following it.", "working-on")]),
    ("12:00", "supervisor", "What did you want to say?",
     "I wanted to ask what 'fine' meant, but I was irritated and went on with the agenda.", "then", 4.0,
     "The irritation is information. Short answers after a sensitive topic often mean withdrawal, not agreement.",
     [("Treat short answers after a sensitive topic as a possible withdrawal, and ask about them.", "achieved")]),
    ("24:20", "supervisor", "How did you think the client saw you?",
     "I thought he saw me as helpful: he agreed to the plan at once. Watching it now, he hardly looks at me.", "now", 7.0,
     "Quick agreement can be deference. Before moving on, ask: how does this plan sound to you, honestly?",
     [("Check quick agreement with an open question before moving on.", "working-on")]),
    ("35:15", "trainee", "What would you have liked to do?",
     "He went quiet and I filled the silence. I would have liked to wait.", "then", 4.0,
     "Stay with the silence for a few breaths, then ask what is happening for him right now.", []),
]


def supervision(participant_ids):
    m = SUPERVISION_MEETING
    stops = []
    for i, (anchor, who, question, recall, frame, helpfulness, feedback, points) in enumerate(SUPERVISION_STOPS):
        name = "supervision/%s/stop/%d" % (m["key"], i + 1)
        stop = {"id": uid(name), "anchor": to_clock(ms(anchor)), "stoppedBy": who, "question": question, "recall": recall,
                "timeFrame": frame, "helpfulness": helpfulness, "feedback": feedback,
                "createdAt": instant(m["start"] + datetime.timedelta(minutes=5 + 12 * i))}
        point_dtos = [{"id": uid("%s/point/%d" % (name, j + 1)), "text": text, "status": status, "noted": m["date"]}
                      for j, (text, status) in enumerate(points)]
        if point_dtos:
            # the Java writer lists a stop's points by date noted, then id
            stop["learningPoints"] = sorted(point_dtos, key=lambda p: (p["noted"], p["id"]))
        stops.append(stop)
    assert [s["anchor"] for s in stops] == sorted(s["anchor"] for s in stops)
    meeting = {"id": uid("supervision/" + m["key"]), "session": uid("session/%s/%d" % (m["dyad"], m["session"])),
               "trainee": participant_ids[m["trainee"]], "supervisor": participant_ids[m["supervisor"]], "date": m["date"],
               "summary": m["summary"], "clientViewOpenedAt": instant(m["clientViewOpened"]), "stops": stops}
    return {"questions": SUPERVISION_QUESTIONS, "meetings": [meeting]}


# ---------------------------------------------------------------------------- writing

def jackson(value, level=0):
    """JSON text as Jackson's DefaultPrettyPrinter writes it with a 2-space, '\\n' object indenter:
    objects one field a line with " : ", arrays inline ("[ 3, 5 ]", "[ {" ... "}, {" ... "} ]", "[ ]"),
    None fields left out, doubles as Java prints them (4.0, 7.5)."""
    if isinstance(value, dict):
        fields = [(k, v) for k, v in value.items() if v is not None]
        if not fields:
            return "{ }"
        inner = "  " * (level + 1)
        body = ",".join("\n%s%s : %s" % (inner, json.dumps(k, ensure_ascii=False), jackson(v, level + 1)) for k, v in fields)
        return "{" + body + "\n" + "  " * level + "}"
    if isinstance(value, list):
        if not value:
            return "[ ]"
        return "[ " + ", ".join(jackson(v, level) for v in value) + " ]"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        assert value == value and abs(value) < 1e7, value  # Java switches to exponents from 10^7
        return repr(value)
    if isinstance(value, str):
        assert all(ord(ch) >= 0x20 or ch == "\n" for ch in value), value
        return json.dumps(value, ensure_ascii=False)
    raise TypeError(type(value))


def main():
    document = build()
    text = jackson(document) + "\n"
    temporary = OUTPUT + ".writing"
    with open(temporary, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    os.replace(temporary, OUTPUT)
    missing = [s["media"]["path"] for d in document["dyads"] for s in d["sessions"] if "sha256" not in s["media"]]
    moments = sum(len(p["moments"]) for d in document["dyads"] for s in d["sessions"] for p in s["recallPasses"])
    print("wrote %s: %d moments, %d codes, %d codings, %d pairs, %d themes, %d memos"
          % (os.path.relpath(OUTPUT), moments, len(document["codes"]), len(document["codings"]),
             len(document["pairs"]), len(document["themes"]), len(document["memos"])))
    if missing:
        print("no video yet (sha256 left out): " + ", ".join(missing), file=sys.stderr)


if __name__ == "__main__":
    main()
