#!/usr/bin/env python3
"""Quick check of one translated locale against the reference (nl), for
translators: every file parses, same message ids, same variables, meta.json
present. The authoritative check is tests/tests/locales.rs (cargo test).

usage: python3 tests/l10n/check_locale.py <lang>   (needs: pip install fluent.syntax)
"""
import json
import sys
from pathlib import Path

from fluent.syntax import parse
from fluent.syntax import ast

ROOT = Path(__file__).resolve().parents[2] / "locales"


def variables(node, out):
    if isinstance(node, ast.VariableReference):
        out.add(node.id.name)
    if isinstance(node, ast.BaseNode):
        for value in vars(node).values():
            if isinstance(value, list):
                for v in value:
                    variables(v, out)
            else:
                variables(value, out)
    return out


def messages(lang):
    out, problems = {}, []
    for f in sorted((ROOT / lang).glob("*.ftl")):
        res = parse(f.read_text(encoding="utf-8"))
        for e in res.body:
            if isinstance(e, ast.Junk):
                problems.append(f"{lang}/{f.name}: syntax error near: {e.content[:60]!r}")
            elif isinstance(e, ast.Message):
                out[e.id.name] = (f.name, variables(e.value, set()))
    return out, problems


def main(lang):
    ref, problems = messages("nl")
    own, p2 = messages(lang)
    problems += p2
    for mid, (file, vs) in ref.items():
        if mid not in own:
            problems.append(f"missing {mid} (nl/{file})")
        elif own[mid][1] != vs:
            problems.append(f"{mid}: variables {sorted(own[mid][1])}, nl has {sorted(vs)}")
        elif own[mid][0] != file:
            problems.append(f"{mid}: in {own[mid][0]}, nl has it in {file}")
    problems += [f"stale {m} (not in nl)" for m in own if m not in ref]
    meta = ROOT / lang / "meta.json"
    if not meta.exists() or "reviewed" not in json.loads(meta.read_text()):
        problems.append("meta.json missing or without 'reviewed'")
    for p in problems:
        print(p)
    print(f"{lang}: {len(own)} messages, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
