import json, glob, hashlib, random, collections, importlib.util, sys
spec = importlib.util.spec_from_file_location("mc", "flutr/must_contain.py"); mc = importlib.util.module_from_spec(spec); spec.loader.exec_module(mc)
rows = {}
for s in ("test", "qual", "train"):
    for l in open(f"data/{s}.jsonl"):
        r = json.loads(l); rows[r["id"]] = r
def source(f, r):
    d = f.split("/")[2]
    m = r["model"]
    if "1.5b" in m: fam = "qwen1.5b"
    elif "gemma" in m: fam = "gemma270m"
    elif "iq4_nl" in m or "fast" in m: fam = "qwen0.5b-fast"
    else: fam = "qwen0.5b"
    lora = "+lora" if (r.get("lora") or "iq4_nl" in m) else ""
    return f"{fam}{lora}:{r['variant']}"
cands = {}
for f in sorted(glob.glob("benchmarks/results/**/generations.jsonl", recursive=True)):
    for l in open(f):
        r = json.loads(l)
        code = r.get("scored_code") or ""
        if not code.strip(): continue
        h = hashlib.sha256(code.encode()).hexdigest()[:16]
        if h in cands: continue
        row = rows[r["row_id"]]
        old = bool(r.get("parses")) and all(mc.contains_item(code, i) for i in row["must_contain"])
        cands[h] = dict(hash=h, row_id=r["row_id"], split=r["split"], topic=row["topic"], kind=row["kind"], source=source(f, r), old_verdict="correct" if old else "incorrect", question=row["question"], must_contain=row["must_contain"], reference=row["answer"], answer=code)
rng = random.Random(20261206)
groups = collections.defaultdict(list)
for c in cands.values(): groups[(c["source"], c["old_verdict"])].append(c)
print({k: len(v) for k, v in sorted(groups.items())})
# target per group: correct answers over-sampled (the question is how many of those are really right)
picked = []
for key, items in sorted(groups.items()):
    rng.shuffle(items)
    # spread over topics: round-robin by topic
    bytopic = collections.defaultdict(list)
    for c in items: bytopic[c["topic"]].append(c)
    order = []
    while any(bytopic.values()):
        ts = sorted(bytopic); rng.shuffle(ts)
        for t in ts:
            if bytopic[t]: order.append(bytopic[t].pop())
    n = 28 if key[1] == "correct" else 16
    picked += order[:n]
rng.shuffle(picked)
print(len(picked), collections.Counter(c["source"] for c in picked), collections.Counter(c["old_verdict"] for c in picked), collections.Counter(c["topic"] for c in picked))
parts = [picked[i::3] for i in range(3)]
for i, p in enumerate(parts):
    with open(f"benchmarks/judge/labelling/queue-{'abc'[i]}.jsonl", "w") as fh:
        for c in p:
            c = dict(c); c.pop("old_verdict")  # labellers do not see the old verdict
            fh.write(json.dumps(c, ensure_ascii=False) + "\n")
with open("benchmarks/judge/labelling/sample.jsonl", "w") as fh:
    for c in picked: fh.write(json.dumps({"hash": c["hash"], "source": c["source"], "old_verdict": c["old_verdict"], "row_id": c["row_id"]}) + "\n")
