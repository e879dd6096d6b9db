"""The slot machinery of the composed training generators (train-3.py, train-4.py): host files whose slots are
``%%name%%`` lines, tasks that fill one slot with a Turkish request comment, and the rows they make."""

from __future__ import annotations

import re

from flutr.comments import find_request_comments
from flutr.position import position_of

SLOT = re.compile(r"^(?P<indent>[ \t]*)%%(?P<name>\w+)%%[ \t]*$", re.M)


def slot_names(text: str) -> list[str]:
    return [m["name"] for m in SLOT.finditer(text)]


def _indent(text: str, indent: str) -> str:
    return "\n".join((indent + line) if line.strip() else "" for line in text.split("\n"))


class Authoring:
    """Hosts and tasks of one generator; ``build`` numbers the rows from ``first_id``."""

    def __init__(self, first_id: int) -> None:
        self.first_id = first_id
        self.hosts: dict[str, tuple[str, dict[str, str]]] = {}
        self.tasks: list[dict] = []

    def host(self, name: str, text: str, **neutral: str) -> str:
        """Register a host file; ``neutral`` gives each slot's text when no task fills it (default: nothing)."""
        unknown = set(neutral) - set(slot_names(text))
        assert not unknown, (name, unknown)
        self.hosts[name] = (text.strip("\n") + "\n", neutral)
        return name

    def task(
        self,
        h: str,
        slot: str,
        topic: str,
        comment: str,
        answer: str,
        must: list[str],
        checks: list[str] | None = None,
        must_not: list[str] | None = None,
    ) -> None:
        self.tasks.append(
            dict(
                host=h,
                slot=slot,
                topic=topic,
                comment=comment,
                answer=answer.strip("\n"),
                must=must,
                checks=checks or [],
                must_not=must_not or [],
            )
        )

    def render(self, h: str, slot: str, comment: str) -> str:
        text, neutral = self.hosts[h]
        assert slot in slot_names(text), (h, slot)

        def fill(match: re.Match[str]) -> str:
            indent = match["indent"]
            if match["name"] == slot:
                return "\n".join(f"{indent}// {line}" for line in comment.split("\n"))
            value = neutral.get(match["name"], "")
            return _indent(value.strip("\n"), indent) if value else "\x00"

        out = SLOT.sub(fill, text)
        return "\n".join(line for line in out.split("\n") if line != "\x00")

    def build(self) -> list[dict]:
        rows = []
        for number, task in enumerate(self.tasks, self.first_id):
            file = self.render(task["host"], task["slot"], task["comment"])
            blocks = find_request_comments(file)
            kind = position_of(file, blocks[0]).kind if len(blocks) == 1 else "unknown"
            if kind == "unknown":
                print("NOT DETECTED / BAD POSITION:", task["host"], task["slot"], repr(task["comment"]))
            row = {
                "id": f"ctx-{task['topic']}-{number}",
                "topic": task["topic"],
                "position": kind,
                "file": file,
                "answer": task["answer"],
                "must_contain": task["must"],
            }
            if task["must_not"]:
                row["must_not"] = task["must_not"]
            if task["checks"]:
                row["checks"] = task["checks"]
            rows.append(row)
        return rows
