"""Who is in a project, loaded once per message (or once per import batch) instead of one
query per address: the pipeline asks many role questions about the same few people."""
from __future__ import annotations

from dataclasses import dataclass, field

from store import directory
from store.db import columns_of, fetch_models, prepared, quoted
from store.models import Membership, Person, Project, ProjectDomain


@dataclass
class ProjectRoster:
    people: dict[str, tuple[Person, str]]
    domains: frozenset[str]

    def role(self, email: str) -> str | None:
        """A membership's role, else ``client`` for a client-domain address (as store.directory)."""
        email = email.lower()
        found = self.people.get(email)
        if found is not None:
            return found[1]
        if email.rsplit("@", 1)[-1] in self.domains:
            return "client"
        return None

    def members(self) -> list[tuple[Person, str]]:
        return list(self.people.values())


@dataclass
class RosterCache:
    _by_project: dict[int, ProjectRoster] = field(default_factory=dict)

    def get(self, project: Project) -> ProjectRoster:
        roster = self._by_project.get(project.id)
        if roster is None:
            rows = (
                Membership.select(Membership, Person).join(Person)
                .where(Membership.project == project).order_by(Membership.role.desc(), Person.email)
            )
            people = {m.person.email: (m.person, m.role) for m in rows}
            domains = frozenset(
                row.domain for row in ProjectDomain.select(ProjectDomain.domain)
                .where(ProjectDomain.project == project)
            )
            roster = self._by_project[project.id] = ProjectRoster(people, domains)
        return roster

    def add_member(self, project: Project, email: str, role: str, name: str | None) -> Person:
        membership = directory.add_member(project, email, role, name)
        self._by_project.pop(project.id, None)
        return membership.person

    def clear(self) -> None:
        self._by_project.clear()


@dataclass
class ProjectCache:
    """Project rows by slug and by id, read once per message (or once per import batch):
    routing asks for the same few slugs for every message of an import."""

    _by_slug: dict[str, Project | None] = field(default_factory=dict)
    _by_id: dict[int, Project] = field(default_factory=dict)

    def by_slug(self, slug: str) -> Project | None:
        if slug not in self._by_slug:
            sql = prepared(("project_by_slug",), lambda mark: (
                f"SELECT {columns_of(Project)} FROM {quoted(Project._meta.table_name)} "
                f"WHERE {quoted(Project.slug.column_name)} = {mark}"
            ))
            rows = fetch_models(Project, sql, [Project.slug.db_value(slug)])
            project = self._by_slug[slug] = rows[0] if rows else None
            if project is not None:
                self._by_id.setdefault(project.id, project)
        return self._by_slug[slug]

    def by_id(self, project_id: int) -> Project:
        """The project with this id (it must exist, as when following a foreign key)."""
        project = self._by_id.get(project_id)
        if project is None:
            project = self._by_id[project_id] = Project.get_by_id(project_id)
            self._by_slug.setdefault(project.slug, project)
        return project

    def clear(self) -> None:
        self._by_slug.clear()
        self._by_id.clear()
