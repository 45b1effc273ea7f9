#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the source and compiles them to .qm.
#
#   scripts/translations.sh                  update every crmdesk_*.ts in place, then compile .qm
#   scripts/translations.sh --extract OUT.ts write a fresh catalogue of the source to OUT.ts only
#
# pyside6-lupdate only sees the literal forms tr("..."), self.tr("..."),
# QCoreApplication.translate("Context", "...") and translate("Context", "..."). Many modules
# call a small helper instead, e.g. ``def _t(text): return translate("Analytics", text)``.
# So lupdate runs on a copy of the source in which every call of such a helper with a
# literal string is spelled out as ``QCoreApplication.translate("Context", "...")``, on the
# same line, so the locations in the .ts still point at the real files.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

extract_to=""
if [[ "${1:-}" == "--extract" ]]; then
    extract_to="$(realpath -m "${2:?--extract needs an output .ts path}")"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mapfile -t sources < <(find crmdesk -name '*.py' -not -path '*/migrations/*' | sort)

.venv/bin/python - "$work" "${sources[@]}" <<'PY'
"""Copy the sources to argv[1], spelling out calls of translation helpers for lupdate."""

import ast
import json
import sys
from pathlib import Path

out = Path(sys.argv[1])
files = sys.argv[2:]

# Calls whose context lupdate cannot know: (file, enclosing class or None, callee) -> context.
# A table model that is handed its owner's ``self.tr`` translates in the owner's context.
EXPLICIT = {
    ("crmdesk/ui/card_models.py", "OrderTableModel", "tr"): "PurchasesTab",
    ("crmdesk/ui/card_models.py", "ContactTableModel", "tr"): "ContactsTab",
    ("crmdesk/ui/register_filters.py", None, "view.tr"): "RegisterView",
}


def is_translate(func: ast.expr) -> bool:
    return (isinstance(func, ast.Name) and func.id == "translate") or (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id == "QCoreApplication"
    )


def callee(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return f"{func.value.id}.{func.attr}"
    return None


def helpers(body: list[ast.stmt]) -> dict[str, tuple[str | None, int]]:
    """Helpers defined in ``body``: name -> (fixed context or None, index of the text argument).

    A helper passes one of its parameters as the text of a translate call; the context is
    either a literal (``_t(text)``) or another parameter (``_tr(context, text)``).
    """
    found: dict[str, tuple[str | None, int]] = {}
    for node in body:
        if not isinstance(node, ast.FunctionDef):
            continue
        params = [a.arg for a in node.args.args]
        for call in ast.walk(node):
            if not (isinstance(call, ast.Call) and is_translate(call.func)):
                continue
            if len(call.args) < 2 or not isinstance(call.args[1], ast.Name):
                continue
            if call.args[1].id not in params:
                continue
            ctx = call.args[0]
            text_index = params.index(call.args[1].id)
            if isinstance(ctx, ast.Constant) and isinstance(ctx.value, str):
                found[node.name] = (ctx.value, text_index)
            elif isinstance(ctx, ast.Name) and ctx.id in params:
                found[node.name] = (None, text_index)
    return found


def literal(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def rewrite(path: str) -> str:
    source = Path(path).read_text(encoding="utf-8")
    tree = ast.parse(source)
    own = helpers(tree.body)
    lines = source.encode("utf-8").splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    data = source.encode("utf-8")
    edits: list[tuple[int, int, str]] = []

    def offset(lineno: int, col: int) -> int:
        return starts[lineno - 1] + col

    def visit(node: ast.AST, klass: str | None, aliases: set[str], own: dict) -> None:
        if isinstance(node, ast.ClassDef):
            klass = node.name
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            own = {**own, **helpers(node.body)}  # helpers nested in this function
            aliases = set(aliases)
            for sub in ast.walk(node):
                if (
                    isinstance(sub, ast.Assign)
                    and len(sub.targets) == 1
                    and isinstance(sub.targets[0], ast.Name)
                    and is_translate(sub.value)
                ):
                    aliases.add(sub.targets[0].id)
        if isinstance(node, ast.Call):
            name = callee(node.func)
            spelled = None
            if name in aliases and len(node.args) >= 2:
                ctx, text = literal(node.args[0]), literal(node.args[1])
                if ctx is not None and text is not None:
                    spelled = (ctx, text)
            elif name in own and not isinstance(node.func, ast.Attribute):
                ctx, index = own[name]
                if ctx is None and node.args:
                    ctx = literal(node.args[0])
                if ctx is not None and len(node.args) > index:
                    text = literal(node.args[index])
                    if text is not None:
                        spelled = (ctx, text)
            elif name is not None and (path, klass, name) in EXPLICIT and node.args:
                text = literal(node.args[0])
                if text is not None:
                    spelled = (EXPLICIT[(path, klass, name)], text)
            elif name is not None and (path, None, name) in EXPLICIT and node.args:
                text = literal(node.args[0])
                if text is not None:
                    spelled = (EXPLICIT[(path, None, name)], text)
            if spelled is not None:
                start = offset(node.lineno, node.col_offset)
                end = offset(node.end_lineno, node.end_col_offset)
                new = "QCoreApplication.translate({}, {})".format(
                    json.dumps(spelled[0], ensure_ascii=False),
                    json.dumps(spelled[1], ensure_ascii=False),
                )
                new += "\n" * (node.end_lineno - node.lineno)
                edits.append((start, end, new))
                return
        for child in ast.iter_child_nodes(node):
            visit(child, klass, aliases, own)

    visit(tree, None, set(), own)
    for start, end, new in sorted(edits, reverse=True):
        data = data[:start] + new.encode("utf-8") + data[end:]
    return data.decode("utf-8")


for name in files:
    target = out / name
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(rewrite(name), encoding="utf-8")
PY

mkdir -p "$work/resources/translations"
if [[ -n "$extract_to" ]]; then
    ts="$work/resources/translations/crmdesk_extract.ts"
    (cd "$work" && "$here/.venv/bin/pyside6-lupdate" -silent -no-obsolete "${sources[@]}" \
        -source-language en -target-language zh_CN -ts "$ts")
    cp "$ts" "$extract_to"
    exit 0
fi

for ts in resources/translations/crmdesk_*.ts; do
    name="$(basename "$ts")"
    lang="${name#crmdesk_}"
    lang="${lang%.ts}"
    cp "$ts" "$work/resources/translations/$name"
    (cd "$work" && "$here/.venv/bin/pyside6-lupdate" -no-obsolete "${sources[@]}" \
        -source-language en -target-language "$lang" -ts "resources/translations/$name")
    cp "$work/resources/translations/$name" "$ts"
    .venv/bin/pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
