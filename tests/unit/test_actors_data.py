"""The packaged actor dictionaries are well-formed: codes, sectors, dates, genders."""

from __future__ import annotations

import re
from importlib import resources

import pycountry
import pytest
import yaml

from dyadwatch.resolve.tables import load_tables, tokenize
from dyadwatch.types import SECTORS

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# XKX: the user-assigned code for Kosovo used by the EU, IMF and news coders.
_CODES = {c.alpha_3 for c in pycountry.countries} | {"IGO", "XKX"}
_DATA = resources.files("dyadwatch") / "data" / "actors"


@pytest.mark.parametrize("name", ["countries.yaml", "organisations.yaml", "people.yaml"])
def test_data_files_carry_a_provenance_header(name: str) -> None:
    head = (_DATA / name).read_text(encoding="utf-8")[:400]
    assert "version:" in head and "author: dyadwatch project" in head


def test_people_have_valid_codes_sectors_and_dated_roles() -> None:
    tables = load_tables()
    assert len(tables.people) > 150
    for person in tables.people:
        assert person.country in _CODES, person.name
        assert person.gender in {"f", "m"}, person.name
        assert person.roles, person.name
        for role in person.roles:
            assert role.sector is None or role.sector in SECTORS, person.name
            assert role.country is None or role.country in _CODES, person.name
            assert role.start is not None and _DATE.match(role.start), person.name
            assert role.end is None or _DATE.match(role.end), person.name
            assert role.end is None or role.start[:len(role.end)] <= role.end, person.name


def test_no_two_people_share_a_name_variant() -> None:
    seen: dict[str, str] = {}
    for person in load_tables().people:
        for variant in person.variants:
            key = variant.casefold().replace("-", " ")
            assert seen.setdefault(key, person.name) == person.name, variant


def test_countries_and_organisations_use_known_codes_and_sectors() -> None:
    countries = yaml.safe_load((_DATA / "countries.yaml").read_text(encoding="utf-8"))
    assert set(countries["countries"]) <= _CODES
    assert set(countries["capitals"]) <= _CODES
    assert not set(countries["countries"]) & set(countries["capitals"])
    for section in ("names", "adjectives", "demonyms", "regions", "cities"):
        assert set(countries[section]) <= _CODES, section
    orgs = yaml.safe_load((_DATA / "organisations.yaml").read_text(encoding="utf-8"))
    for section in ("organisations", "organs", "roles"):
        for item in orgs[section]:
            assert item.get("sector") is None or item["sector"] in SECTORS, item
            assert item.get("country") is None or item["country"] in _CODES, item


class _UniqueKeyLoader(yaml.SafeLoader):
    """A loader that refuses a mapping with a key twice (YAML keeps the last silently)."""


def _unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[object, object]:
    keys = [loader.construct_object(key) for key, _ in node.value]
    duplicates = sorted({str(k) for k in keys if keys.count(k) > 1})
    assert not duplicates, f"line {node.start_mark.line + 1}: duplicate keys {duplicates}"
    return yaml.SafeLoader.construct_mapping(loader, node)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


@pytest.mark.parametrize("name", ["countries.yaml", "organisations.yaml", "people.yaml"])
def test_data_files_have_no_duplicate_keys(name: str) -> None:
    yaml.load((_DATA / name).read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)  # noqa: S506


def test_no_city_or_region_is_listed_under_two_countries() -> None:
    countries = yaml.safe_load((_DATA / "countries.yaml").read_text(encoding="utf-8"))
    seen: dict[str, str] = {}
    for section in ("regions", "cities"):
        for code, names in countries[section].items():
            for name in names:
                key = str(name).casefold()
                assert seen.setdefault(key, code) == code, (section, name)


def test_no_person_variant_is_also_a_place_or_an_organisation() -> None:
    """"Muscat" (Oman's capital) or "Medina" must not be a person's name variant."""
    tables = load_tables()
    place_kinds = {"country", "capital", "seat", "demonym", "org"}
    for person in tables.people:
        for variant in person.variants:
            key = tuple(t.key for t in tokenize(variant))
            kinds = {e.kind for e in tables.phrases.get(key, [])}
            assert not kinds & place_kinds, (person.name, variant, kinds)


def test_people_roles_do_not_overlap_in_the_same_office() -> None:
    """Two periods of one office for one person never overlap (a typo in a date)."""
    for person in load_tables().people:
        by_role: dict[str, list[tuple[str, str]]] = {}
        for role in person.roles:
            if role.start is None:
                continue
            end = role.end or "9999"
            for start, other_end in by_role.get(role.role, []):
                assert end[:4] < start[:4] or other_end[:4] < role.start[:4] or (
                    end[:7] <= start[:7] or other_end[:7] <= role.start[:7]), person.name
            by_role.setdefault(role.role, []).append((role.start, end))


def test_no_organisation_name_belongs_to_two_countries() -> None:
    """The first entry wins silently, so a name under two countries is a data error."""
    orgs = yaml.safe_load((_DATA / "organisations.yaml").read_text(encoding="utf-8"))
    seen: dict[tuple[str, ...], object] = {}
    for item in orgs["organisations"]:
        for name in item["names"]:
            key = tuple(t.key for t in tokenize(str(name)))
            owner = item.get("country") or tuple(item.get("candidates") or ())
            assert seen.setdefault(key, owner) == owner, (name, seen[key], owner)
