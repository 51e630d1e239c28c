"""The shape of what there is to learn: skills, their prerequisites, lessons and items.

Guarantees: Curriculum() checks its input and raises CurriculumError naming the problem (a skill
listed twice, an unknown prerequisite, a cycle of prerequisites, spelled out, an item of an
unknown skill); once built it is immutable. `order` lists every skill after its prerequisites,
keeping the authors' order where the graph allows. A skill with no items cannot be practised:
it counts as done for unlocking once its lessons are seen, so it never locks others forever.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from tutor.engine.model import ItemInfo

DEFAULT_TARGET = 0.7  # the predicted success practice aims at: stretching, not breaking


class CurriculumError(ValueError):
    """The skills or items do not form a curriculum; the message says why."""


@dataclass(frozen=True)
class SkillPlan:
    """A skill as the policy needs it: prerequisites, lessons (in order) and the pack's target
    predicted success for practice."""

    skill_id: str
    prerequisites: tuple[str, ...] = ()
    lessons: tuple[str, ...] = ()
    target: float = DEFAULT_TARGET


class Curriculum:
    def __init__(self, skills: Sequence[SkillPlan], items: Sequence[ItemInfo]) -> None:
        self.skills = {plan.skill_id: plan for plan in skills}
        if len(self.skills) != len(skills):
            ids = [plan.skill_id for plan in skills]
            twice = next(skill for n, skill in enumerate(ids) if skill in ids[:n])
            raise CurriculumError(f"skill {twice} is listed twice")
        for plan in skills:
            for prerequisite in plan.prerequisites:
                if prerequisite not in self.skills:
                    raise CurriculumError(
                        f"skill {plan.skill_id} needs {prerequisite}, which is not a skill here"
                    )
            if not 0.0 < plan.target < 1.0:
                raise CurriculumError(f"skill {plan.skill_id}: target {plan.target} is not 0..1")
        self.order = _topological(skills)
        self.items = tuple(items)
        rows: dict[str, list[int]] = {skill: [] for skill in self.skills}
        for row, item in enumerate(self.items):
            if item.skill_id not in rows:
                raise CurriculumError(f"item {item.item_id} is for skill {item.skill_id}, not here")
            rows[item.skill_id].append(row)
        self.rows: dict[str, npt.NDArray[np.int64]] = {
            skill: np.array(found, dtype=np.int64) for skill, found in rows.items()
        }
        self.dependents: dict[str, tuple[str, ...]] = {
            skill: tuple(p.skill_id for p in skills if skill in p.prerequisites)
            for skill in self.skills
        }
        self.ancestors = {
            skill: self._closure(skill, lambda s: self.skills[s].prerequisites)
            for skill in self.skills
        }
        self.descendants = {
            skill: self._closure(skill, self.dependents.__getitem__) for skill in self.skills
        }

    def _closure(self, skill: str, step: Callable[[str], Iterable[str]]) -> frozenset[str]:
        """Every skill reached from skill by repeating step (skill itself excluded)."""
        found: set[str] = set()
        stack = list(step(skill))
        while stack:
            other = stack.pop()
            if other not in found:
                found.add(other)
                stack.extend(step(other))
        return frozenset(found)


def _topological(skills: Sequence[SkillPlan]) -> tuple[str, ...]:
    """Kahn's algorithm, taking the earliest-listed ready skill first; a cycle is spelled out."""
    position = {plan.skill_id: n for n, plan in enumerate(skills)}
    waiting = {plan.skill_id: set(plan.prerequisites) for plan in skills}
    order: list[str] = []
    while waiting:
        ready = [skill for skill, needs in waiting.items() if not needs]
        if not ready:
            raise CurriculumError(f"prerequisites form a cycle: {' -> '.join(_cycle(waiting))}")
        skill = min(ready, key=position.__getitem__)
        order.append(skill)
        del waiting[skill]
        for needs in waiting.values():
            needs.discard(skill)
    return tuple(order)


def _cycle(waiting: dict[str, set[str]]) -> list[str]:
    """One cycle among skills that all still wait (each has a waiting prerequisite)."""
    skill = min(waiting)
    seen: list[str] = []
    while skill not in seen:
        seen.append(skill)
        skill = min(waiting[skill])
    return [*seen[seen.index(skill) :], skill]
