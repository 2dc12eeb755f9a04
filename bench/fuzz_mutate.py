#!/usr/bin/env python3
"""Seeded mutator for bench/fuzz.sh (issue 16): writes N mutated copies of the library's .deriv files.

Each file gets 1 to 4 mutations: delete, duplicate or swap tokens and lines; insert random characters (ASCII,
Unicode, control characters, invalid UTF-8); insert huge numbers and deep brackets. The same seed gives the same files.

usage: fuzz_mutate.py SEED N OUT_DIR BATCH_SIZE SOURCE.deriv...
"""
import os
import random
import re
import sys

TOKEN = re.compile(r"\s+|[A-Za-z_\u0370-\u03ff][A-Za-z0-9_\u0370-\u03ff]*|\d+(?:\.\d+)?|\S")
HUGE = ["99999999999999999999999999", "1" + "0" * 400, "10^400", "2^(10^8)", "1e308", "1e-400",
        "0.000000000000000000000000000001", "-9223372036854775809", "999999999999999", "(10^10)!"]
CHARS = (list("()[]{},:;=+-*/^_.|<>!'\"#\\@$%&?~`") + ["\t", "\r", "\x00", "\x07", "\u00a0", "\u2028", "\ufeff",
         "π", "∑", "∫", "≤", "→", "é", "\U0001F600", "\ud7ff"] + [chr(c) for c in range(0x41, 0x7b)])


def tokens(text):
    return TOKEN.findall(text)


def mutate_tokens(r, text):
    ts = tokens(text)
    if len(ts) < 2:
        return text
    i, j = r.randrange(len(ts)), r.randrange(len(ts))
    kind = r.randrange(6)
    if kind == 0:
        del ts[i]
    elif kind == 1:
        ts.insert(i, ts[i])
    elif kind == 2:
        ts[i], ts[j] = ts[j], ts[i]
    elif kind == 3:
        ts.insert(i, r.choice(CHARS) * r.choice([1, 1, 1, 2, 50]))
    elif kind == 4:
        ts.insert(i, r.choice(HUGE))
    else:
        depth = r.choice([10, 150, 199, 200, 201, 1000, 10000])
        ts.insert(i, "(" * depth + (ts[j] if ts[j].strip() else "x") + ")" * depth)
    return "".join(ts)


def mutate_lines(r, text):
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    i, j = r.randrange(len(lines)), r.randrange(len(lines))
    kind = r.randrange(4)
    if kind == 0:
        del lines[i]
    elif kind == 1:
        lines.insert(i, lines[j])
    elif kind == 2:
        lines[i], lines[j] = lines[j], lines[i]
    else:
        lines[i:i] = [lines[j]] * r.choice([2, 10, 200])
    return "\n".join(lines)


def main():
    seed, n, out, batch = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
    sources = {os.path.basename(p): open(p, encoding="utf-8").read() for p in sys.argv[5:]}
    names = sorted(sources)
    r = random.Random(seed)
    for k in range(n):
        folder = os.path.join(out, "b%04d" % (k // batch))
        if k % batch == 0:
            os.makedirs(folder, exist_ok=True)
            # unmutated copies, so that imports in the mutated files may resolve
            for name in names:
                with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
                    f.write(sources[name])
        name = r.choice(names)
        text = sources[name]
        for _ in range(r.randint(1, 4)):
            text = mutate_tokens(r, text) if r.random() < 0.7 else mutate_lines(r, text)
        data = text.encode("utf-8", "surrogatepass")
        if r.random() < 0.02:  # invalid UTF-8
            at = r.randrange(len(data) + 1)
            data = data[:at] + bytes([r.choice([0x80, 0xC0, 0xFF, 0xFE])]) + data[at:]
        with open(os.path.join(folder, "m%05d_%s" % (k, name)), "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
