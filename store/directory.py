"""Projects, people and memberships: who may write to which project, in which role."""
from __future__ import annotations

import re
import secrets
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import peewee as pw

from store.db import database
from store.errors import NotFound, StoreError
from store.models import Membership, Person, Project, ProjectDomain, Setting

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,38}[a-z0-9]$|^[a-z0-9]$")
DOMAIN_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$|^localhost$")
EMAIL_RE = re.compile(r"^[^@\s<>(),;:\"\[\]\\]{1,64}@[A-Za-z0-9.-]{1,253}$")


class InvalidInput(StoreError):
    """A value given by a user does not have the expected form."""


def normalize_email(email: str) -> str:
    email = email.strip().strip("<>").strip().lower()
    if not EMAIL_RE.match(email) or email.endswith(".") or ".." in email.split("@")[1]:
        raise InvalidInput(f"not an e-mail address: {email!r}")
    return email


def check_slug(slug: str) -> str:
    if not SLUG_RE.match(slug):
        raise InvalidInput(
            f"invalid project slug {slug!r}: use 1-40 lower-case letters, digits and dashes"
        )
    return slug


def check_tz(tz: str) -> str:
    try:
        ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise InvalidInput(f"unknown time zone {tz!r} (use an IANA name like Europe/Paris)") from exc
    return tz


def add_project(slug: str, name: str, client_domains: list[str] | tuple[str, ...] = ()) -> Project:
    check_slug(slug)
    domains = []
    for d in client_domains:
        d = d.strip().lower().lstrip("@")
        if not DOMAIN_RE.match(d):
            raise InvalidInput(f"invalid client domain {d!r}")
        domains.append(d)
    with database.atomic():
        if Project.select().where(Project.slug == slug).exists():
            raise InvalidInput(f"project {slug!r} already exists")
        project = Project.create(slug=slug, name=name.strip() or slug)
        for d in dict.fromkeys(domains):
            ProjectDomain.create(project=project, domain=d)
    return project


def get_project(slug: str) -> Project:
    project = Project.get_or_none(Project.slug == slug)
    if project is None:
        raise NotFound(f"unknown project {slug!r} (see: trackfront project list)")
    return project


def list_projects() -> list[Project]:
    return list(Project.select().order_by(Project.slug))


def client_domains(project: Project) -> list[str]:
    return [d.domain for d in ProjectDomain.select().where(ProjectDomain.project == project)]


# Zones whose people write month-first ("3/12" is March 12): the United States and its
# territories, the Pacific states in free association with it (Marshall Islands, Micronesia,
# Palau), Liberia, English Canada, the Philippines, and mainland China, Taiwan, Japan and Korea
# (year-month-day, so "12/4" is December 4).  Everywhere else reads day-first ("3/12" is 3 December).
_MONTH_FIRST_ZONES = frozenset({
    "America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
    "America/Anchorage", "America/Boise", "America/Detroit", "America/Indiana/Indianapolis", "America/Juneau",
    "America/Kentucky/Louisville", "America/Adak", "America/Nome", "America/Sitka", "Pacific/Honolulu",
    "America/Toronto", "America/Vancouver", "America/Edmonton", "America/Winnipeg", "America/Halifax",
    "America/St_Johns", "America/Regina", "America/Whitehorse", "America/Yellowknife", "Asia/Manila",
    "US/Eastern", "US/Central", "US/Mountain", "US/Pacific", "US/Alaska", "US/Hawaii",
    "Asia/Shanghai", "Asia/Chongqing", "Asia/Urumqi", "Asia/Taipei", "Asia/Tokyo", "Asia/Seoul",
    "America/Puerto_Rico", "America/St_Thomas", "Pacific/Guam", "Pacific/Saipan", "Pacific/Pago_Pago",
    "Pacific/Majuro", "Pacific/Kwajalein", "Pacific/Chuuk", "Pacific/Pohnpei", "Pacific/Kosrae", "Pacific/Palau",
    "Africa/Monrovia",
})


def date_order_for(tz: str | None) -> str:
    """How a person in ``tz`` writes numeric dates: "MDY" or "DMY" (MDY when unknown)."""
    if not tz or tz == "UTC":
        return "MDY"
    return "MDY" if tz in _MONTH_FIRST_ZONES else "DMY"


def get_or_create_person(email: str, name: str | None = None, tz: str | None = None) -> Person:
    email = normalize_email(email)
    person = Person.get_or_none(Person.email == email)
    if person is None:
        try:
            with database.atomic():
                person = Person.create(email=email, name=name or None, tz=tz or "UTC", date_order=date_order_for(tz))
        except pw.IntegrityError:
            person = Person.get(Person.email == email)
    else:
        changed = False
        if name and name != person.name:
            person.name, changed = name, True
        if tz and tz != person.tz:
            person.tz, person.date_order, changed = tz, date_order_for(tz), True
        if changed:
            person.save()
    return person


def add_member(
    project: Project, email: str, role: str, name: str | None = None, tz: str | None = None
) -> Membership:
    if role not in ("client", "team", "guest"):
        raise InvalidInput(f"role must be client or team, not {role!r}")
    if tz:
        check_tz(tz)
    with database.atomic():
        person = get_or_create_person(email, name, tz)
        membership = Membership.get_or_none(
            (Membership.project == project) & (Membership.person == person)
        )
        if membership is None:
            membership = Membership.create(project=project, person=person, role=role)
        elif membership.role != role:
            membership.role = role
            membership.save()
    return membership


def members(project: Project) -> list[tuple[Person, str]]:
    rows = (
        Membership.select(Membership, Person)
        .join(Person)
        .where(Membership.project == project)
        .order_by(Membership.role.desc(), Person.email)
    )
    return [(m.person, m.role) for m in rows]


def role_in(project: Project, email: str) -> str | None:
    """The sender's role: a membership, else ``client`` when the domain is a client domain."""
    row = (
        Membership.select(Membership.role)
        .join(Person)
        .where((Membership.project == project) & (Person.email == email.lower()))
        .first()
    )
    if row is not None:
        return str(row.role)
    domain = email.rsplit("@", 1)[-1].lower()
    if ProjectDomain.select().where(
        (ProjectDomain.project == project) & (ProjectDomain.domain == domain)
    ).exists():
        return "client"
    return None


def projects_of(email: str) -> list[Project]:
    """Projects where ``email`` is a member or belongs to a client domain."""
    email = email.lower()
    domain = email.rsplit("@", 1)[-1]
    by_member = (
        Project.select().join(Membership).join(Person).where(
            (Person.email == email) & (Membership.role != "guest")
        )
    )
    by_domain = Project.select().join(ProjectDomain).where(ProjectDomain.domain == domain)
    seen: dict[int, Project] = {}
    for p in list(by_member) + list(by_domain):
        seen.setdefault(p.id, p)
    return list(seen.values())


def installation_secret() -> bytes:
    """The reply-token secret kept in the database when the config names none."""
    row = Setting.get_or_none(Setting.key == "reply_secret")
    if row is None:
        try:
            with database.atomic():
                row = Setting.create(key="reply_secret", value=secrets.token_hex(32))
        except pw.IntegrityError:
            row = Setting.get(Setting.key == "reply_secret")
    return bytes.fromhex(row.value)
