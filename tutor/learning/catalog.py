"""What the installed packs offer, in the engine's terms: the curriculum and the items.

Guarantees: load_catalog() reads one consistent snapshot; retired skills and items are left out
(their attempts still count for the learner: see tutor.learning.progress); a prerequisite on a
retired skill is dropped, so nothing stays locked behind content that is gone. Packs whose
skills would form a cycle together cannot be installed (the installer checks each pack), and a
cycle here raises CurriculumError. `fingerprint` changes whenever the installed content does.

Content in the learner's language: scope_for(language) is the skills of the packs written in that
language (by the primary subtag: "fr-CA" finds "fr" packs), or None (every skill) when the
language is unset or no pack is written in it; curriculum_for(language) is the curriculum of
just those skills, for the placement check. A pack's prerequisites are its own skills, so a
scope never leaves a prerequisite outside.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tutor.engine.curriculum import DEFAULT_TARGET, Curriculum, SkillPlan
from tutor.engine.model import ItemInfo
from tutor.storage.models import InstalledPack, Item, Lesson, Skill, SkillPrerequisite


@dataclass(frozen=True)
class LessonInfo:
    lesson_id: str
    pack_id: str
    skill_id: str | None
    title: str
    body_sha256: str


@dataclass(frozen=True)
class Catalog:
    curriculum: Curriculum
    definitions: dict[str, dict[str, Any]]  # item id -> canonical item (docs/pack-format.md)
    item_skills: dict[str, str]  # item id -> skill id
    skill_titles: dict[str, str]
    skill_packs: dict[str, str]  # skill id -> pack id
    lessons: dict[str, LessonInfo]
    fingerprint: tuple[tuple[str, str], ...]  # (pack id, manifest sha256) of every pack
    pack_languages: dict[str, str] = field(default_factory=dict)  # pack id -> "fr" (primary)
    _scoped: dict[frozenset[str], Curriculum] = field(
        default_factory=dict, compare=False, repr=False
    )

    @property
    def items(self) -> tuple[ItemInfo, ...]:
        return self.curriculum.items

    def scope_for(self, language: str | None) -> frozenset[str] | None:
        """The skills of the packs written in `language`; None (every skill) when `language` is
        None or no installed pack is written in it."""
        if not language:
            return None
        wanted = primary_language(language)
        skills = frozenset(
            skill
            for skill, pack in self.skill_packs.items()
            if self.pack_languages.get(pack) == wanted and skill in self.curriculum.skills
        )
        return skills or None

    def curriculum_for(self, language: str | None) -> Curriculum:
        """The curriculum of scope_for(language)'s skills (the whole one for None); cached."""
        scope = self.scope_for(language)
        if scope is None:
            return self.curriculum
        found = self._scoped.get(scope)
        if found is None:
            whole = self.curriculum
            found = Curriculum(
                [whole.skills[skill] for skill in whole.order if skill in scope],
                [item for item in whole.items if item.skill_id in scope],
            )
            self._scoped[scope] = found
        return found


def primary_language(tag: str) -> str:
    """ "fr" for "fr", "fr-CA", "fr_FR" or "FR"."""
    return tag.replace("_", "-").split("-", 1)[0].strip().lower()


def fingerprint(session: Session) -> tuple[tuple[str, str], ...]:
    rows = session.execute(
        select(InstalledPack.id, InstalledPack.manifest_sha256).order_by(InstalledPack.id)
    ).all()
    return tuple((pack_id, digest) for pack_id, digest in rows)


def load_catalog(session: Session) -> Catalog:
    packs = {pack.id: pack for pack in session.scalars(select(InstalledPack))}
    skills = session.scalars(
        select(Skill).where(Skill.retired_at.is_(None)).order_by(Skill.pack_id, Skill.position)
    ).all()
    active = {skill.id for skill in skills}
    prerequisites: dict[str, list[str]] = {skill.id: [] for skill in skills}
    for edge in session.scalars(select(SkillPrerequisite)):
        if edge.skill_id in active and edge.prerequisite_id in active:
            prerequisites[edge.skill_id].append(edge.prerequisite_id)
    lessons = {
        lesson.id: LessonInfo(
            lesson.id, lesson.pack_id, lesson.skill_id, lesson.title, lesson.body_sha256
        )
        for lesson in session.scalars(select(Lesson).order_by(Lesson.pack_id, Lesson.position))
    }
    by_skill: dict[str, list[str]] = {}
    for lesson in lessons.values():
        if lesson.skill_id in active:
            by_skill.setdefault(lesson.skill_id, []).append(lesson.lesson_id)
    plans = [
        SkillPlan(
            skill.id,
            tuple(sorted(prerequisites[skill.id])),
            tuple(by_skill.get(skill.id, ())),
            _target(packs.get(skill.pack_id)),
        )
        for skill in skills
    ]
    items = session.scalars(
        select(Item)
        .where(Item.retired_at.is_(None), Item.skill_id.in_(active))
        .order_by(Item.pack_id, Item.position)
    ).all()
    infos = [ItemInfo(item.id, item.skill_id, item.difficulty_prior) for item in items]
    return Catalog(
        curriculum=Curriculum(plans, infos),
        definitions={item.id: item.definition for item in items},
        item_skills={item.id: item.skill_id for item in items},
        skill_titles={skill.id: skill.title for skill in skills},
        skill_packs={skill.id: skill.pack_id for skill in skills},
        lessons=lessons,
        fingerprint=fingerprint(session),
        pack_languages={
            pack_id: primary_language(pack.language) for pack_id, pack in packs.items()
        },
    )


def _target(pack: InstalledPack | None) -> float:
    target = None if pack is None else pack.practice_target
    return DEFAULT_TARGET if target is None else float(target)
