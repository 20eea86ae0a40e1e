"""Copies ROOT/merged to eval/heldoutN with a README: INTRO (a Markdown file; {TOTALS} is replaced by the set's
counts), then each writer's NOTES.md under its own heading.

    python3 eval/writers/mkreadme.py /work/heldout39 39 intro.md
"""
import json, os, re, shutil, sys, collections
root, n, intro = sys.argv[1], sys.argv[2], open(sys.argv[3]).read()
dest = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", f"heldout{n}")
shutil.rmtree(dest, ignore_errors=True); shutil.copytree(f"{root}/merged", dest)
g = json.load(open(f"{dest}/gold.json"))["documents"]
kinds = collections.Counter(f["kind"] for d in g for f in d["facts"])
totals = f"{len(g)} documents, {sum(len(d['mentions']) for d in g)} mentions, {sum(kinds.values())} facts (" + ", ".join(f"{k} {v}" for k, v in kinds.most_common()) + ")"
text = intro.replace("{TOTALS}", totals).rstrip() + "\n\nThe writers' notes follow: the document list and the judgement calls each made beyond the guideline. Their scripts are\nnot kept here.\n"
for i, letter in enumerate("abcd"):
    notes = open(f"{root}/{letter}/NOTES.md").read().strip().splitlines()
    if notes and notes[0].startswith("# "): notes = notes[1:]
    notes = ["#" + l if l.startswith("#") else l for l in notes]
    text += f"\n\n## heldout{n}/{letter}: writer {letter}, documents {10*i+1:02d}–{10*i+10:02d} (numbered 01–10 in the writer's notes)\n\n" + "\n".join(notes).strip() + "\n"
open(f"{dest}/README.md", "w").write(text)
print(totals)
