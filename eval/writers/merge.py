"""Merges four writers' folders ROOT/a..d (docs/NN_*.txt, gold.json) into ROOT/merged: documents renumbered 01-40
(writer a 01-10, b 11-20, ...), one gold file; checks every file is annotated and every state with a fact is a mention.

    python3 eval/writers/merge.py /work/heldout39
"""
import json, os, re, shutil, sys, collections
root = sys.argv[1]; out = f"{root}/merged"
shutil.rmtree(out, ignore_errors=True); os.makedirs(f"{out}/docs")
docs = []
for i, letter in enumerate("abcd"):
    g = json.load(open(f"{root}/{letter}/gold.json"))
    names = {d["doc"] for d in g["documents"]}
    files = sorted(os.listdir(f"{root}/{letter}/docs"))
    assert set(files) == names, (letter, set(files) ^ names)
    for d in g["documents"]:
        m = re.match(r"(\d+)_(.*)", d["doc"]); new = f"{int(m.group(1)) + 10 * i:02d}_{m.group(2)}"
        shutil.copy(f"{root}/{letter}/docs/{d['doc']}", f"{out}/docs/{new}")
        facts = d["facts"]
        assert all(f["state"] in d["mentions"] for f in facts), (letter, d["doc"])
        docs.append({"doc": new, "mentions": sorted(set(d["mentions"])), "facts": facts, "figures": []})
docs.sort(key=lambda d: d["doc"])
json.dump({"documents": docs}, open(f"{out}/gold.json", "w"), indent=1, ensure_ascii=False)
kinds = collections.Counter(f["kind"] for d in docs for f in d["facts"])
print(len(docs), "documents,", sum(len(d["mentions"]) for d in docs), "mentions,", sum(kinds.values()), "facts (" + ", ".join(f"{k} {v}" for k, v in kinds.most_common()) + ")")
