#!/usr/bin/env python3
"""Writes data/rules/meeting_story.toml from data/rules/meeting.toml.

    scripts/meeting-story-rules.py

Each rule of meeting.toml that wants two parties (`requires = ["parties"]`)
and is named in EXAMPLES below is copied under its id with the suffix
"-story", wanting one party and an earlier meeting in the article instead
(`party`, `earlier`), with an example of its own that fires (after a
sentence reporting a meeting) and one that does not (the same sentence
alone). Run it again after editing those rules in meeting.toml, then
`newsevents rules test`.
"""
import os
import re

os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
CONTEXT = "Lula met Chinese Premier Li Qiang in Brasilia on Monday. "
EXAMPLES = {
 'meeting/conference':"Brazilian officials said the next session would be held in Rio de Janeiro in March.",
 'meeting/host':"Lula hosted visiting envoys at the Alvorada palace on Tuesday.",
 'meeting/welcome':"Lula welcomed the visiting minister at the airport on Tuesday.",
 'meeting/joint-act-in-place':"Lula and his guest signed the accord in Brasilia on Tuesday.",
 'meeting/joint-declaration':"Lula and his guest issued a joint statement on climate finance.",
 'meeting/sit-down':"Lula sat down with the visiting delegation for two hours on Tuesday.",
 'meeting/time-with':"Lula spent three hours with the visiting delegation on Tuesday.",
 'meeting/receive':"Lula received the visiting foreign minister at the Planalto palace on Tuesday.",
 'meeting/host-future':"Lula will host the visiting premier at a state dinner on Tuesday.",
 'meeting/encounter':"Lula had a brief one-on-one with the visiting minister on Tuesday.",
 'meeting/host-title':"Lula will greet the visiting premier at the airport on Tuesday.",
 'meeting/call-on':"The envoy called on President Lula at the Planalto on Tuesday.",
 'meeting/confer':"Lula conferred privately with the visiting envoy on Tuesday.",
 'meeting/meal-with':"Lula had lunch with the visiting delegation on Tuesday.",
 'meeting/joined-at-venue':"Lula joined the visiting delegation at the presidential palace in Brasilia on Tuesday.",
}
HEADER = '''# Meetings told with one named party in a story that has reported a meeting
# ("Brazilian officials said the next session would be held in Rio", "Lula
# had lunch with the visiting delegation"): the rules of meeting.toml that
# want two parties, each again under its own id with the suffix "-story",
# wanting one party and an earlier meeting in the article (`party`,
# `earlier`). They come after meeting.toml (files are read in name order),
# so a site whose own rule holds keeps that rule's id; the sense model
# scores these candidates apart by their ids. Calls and captions are left
# out: "call" in its other senses and a caption's words are told apart only
# by their two parties. Written by scripts/meeting-story-rules.py from
# meeting.toml: edit those rules there and run the script again.
'''


def main():
    text = open("data/rules/meeting.toml", encoding="utf-8").read()
    out = [HEADER]
    for block in re.split(r"(?=^\[\[rule\]\])", text, flags=re.M):
        m = re.search(r'^id = "([^"]+)"', block, re.M)
        if not m or m.group(1) not in EXAMPLES:
            continue
        rid, example = m.group(1), EXAMPLES[m.group(1)]
        assert re.search(r'^requires = \["parties"\]', block, re.M), rid
        d = re.sub(r'^id = "([^"]+)"', f'id = "{rid}-story"', block, count=1, flags=re.M)
        d = re.sub(r'^requires = \["parties"\]', 'requires = ["party", "earlier"]', d, count=1, flags=re.M)
        d = re.sub(
            r'^description = "(.*)"$',
            lambda mm: f'description = "{mm.group(1)} In a story that has reported a meeting, one named party is enough."',
            d, count=1, flags=re.M,
        )
        d = re.sub(
            r"^examples = \[.*?^\]\n",
            lambda _: "examples = [\n"
            f'  {{ text = "{CONTEXT}{example}", fires = true }},\n'
            f'  {{ text = "{example}", fires = false }},\n]\n',
            d, count=1, flags=re.M | re.S,
        )
        # (the next rule's comment lines end the block)
        lines = d.rstrip("\n").split("\n")
        while lines and lines[-1].startswith("#"):
            lines.pop()
        out.append("\n".join(lines).rstrip() + "\n\n")
    with open("data/rules/meeting_story.toml", "w", encoding="utf-8") as f:
        f.write("".join(out).rstrip() + "\n")


if __name__ == "__main__":
    main()
