#!/usr/bin/env python3
"""Prints the trusted-base table of docs/architecture.md: every class of deriv.kernel, grouped by what it is, with
its line count. TrustedBaseTest compares the table in the doc with the files, so the doc cannot drift."""
import pathlib
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent / "src/main/java/deriv/kernel"
GROUPS = [
    ("terms — data, substitution, printing",
     "Term Num Var Op Apply Index BigOp Integral DefiniteIntegral Head Sort Family Condition Definition AssumedEquation Context Prefix Terms "
     "Expansion TermPrinter Matching Hyperbolic"),
    ("logic — algebra, signs, domains, instances, evidence",
     "Algebra Signs PiIntervals Derivatives Definedness PositivityRewrites BinderCongruence Binders Admissible Instances Transport Refutation Contradictions Integrality "
     "RandomPoints Evidence Fact Verdict Status SealedVerdict GoalCheck LinkCheck Kernel Prover Deadline Limits"),
    ("rules — theorem schemas with side conditions",
     "Rule IntervalRule Rewrite Rewriting RuleBook FactRule EquationRule rules/*"),
    ("Symja bridge — the only code that touches Symja", "symja/*"),
]


def lines(path):
    return sum(1 for _ in path.open(encoding="utf-8"))


def files(spec):
    out = []
    for name in spec.split():
        if name.endswith("/*"):
            out += sorted(p for p in (ROOT / name[:-2]).glob("*.java") if p.name != "package-info.java")
        else:
            out.append(ROOT / (name + ".java"))
    return out


def main():
    seen = set()
    rows = []
    for title, spec in GROUPS:
        group = files(spec)
        seen.update(group)
        total = sum(lines(p) for p in group)
        rows.append(f"| **{title}** | **{total}** |")
        rows += [f"| `{p.relative_to(ROOT.parent.parent.parent.parent.parent).as_posix()}` | {lines(p)} |" for p in group]
    missing = [p for p in ROOT.rglob("*.java") if p.name != "package-info.java" and p not in seen]
    if missing:
        sys.exit("not in any group: " + ", ".join(str(p) for p in missing))
    total = sum(lines(p) for p in seen)
    table = "| class | lines |\n|---|---|\n" + "\n".join(rows) + f"\n| **all of the trusted base** | **{total}** |"
    if "--write" in sys.argv:  # replace the table in docs/architecture.md between its markers
        doc = ROOT.parent.parent.parent.parent.parent / "docs" / "architecture.md"
        text = doc.read_text(encoding="utf-8")
        start = text.index("<!-- trusted-base:start -->") + len("<!-- trusted-base:start -->")
        end = text.index("<!-- trusted-base:end -->")
        doc.write_text(text[:start] + "\n" + table + "\n" + text[end:], encoding="utf-8")
    else:
        print(table)


main()
