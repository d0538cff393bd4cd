"""Region and administrative level of an agency, resolved with cpca's administrative-division data.

`region` is the chain of divisions named by (or implied above) the agency, e.g. 云南省楚雄彝族自治州牟定县.
`admin_level` is the level of the agency itself: the deepest division its name reaches. Municipalities
directly under the central government (北京, 天津, 上海, 重庆) are province level; 镇/乡/街道 bodies are
township level; bodies named without any place (国务院办公厅, 民政部) are central.
"""

from __future__ import annotations

import re
from functools import lru_cache

from gongkai.tasks.rules.agencies import CENTRAL_BODY_STARTS, INSTITUTION_KINDS, TOWNSHIP_BODIES, TOWNSHIP_SUFFIXES

PLACEHOLDER_DIVISIONS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "直辖县级行政区划"}
TOWNSHIP = re.compile(rf"([\u4e00-\u9fff]{{1,8}}?(?:{'|'.join(TOWNSHIP_SUFFIXES)}))(?:{'|'.join(TOWNSHIP_BODIES)})")
INSTITUTION = re.compile(f"(?:{'|'.join(INSTITUTION_KINDS)})$")
CENTRAL = re.compile(f"^(?:{'|'.join(CENTRAL_BODY_STARTS)})")


@lru_cache(maxsize=1)
def _cpca():
    import cpca  # loads its division tables (~0.2 s); only when a region is actually resolved

    return cpca


@lru_cache(maxsize=65536)
def divisions(name: str) -> tuple[tuple[str | None, str | None, str | None], int | None]:
    """((province, city, county), offset where the first division named in `name` starts).

    cpca's per-string matcher is used directly: its `transform` builds a DataFrame per call, ~200× slower."""
    found = _cpca()._get_one_addr(name, True, {})
    province, city, county = (_clean(found.get(k)) for k in ("省", "市", "区"))
    offsets = [found.get(k) for k in ("省_pos", "市_pos", "区_pos")]
    offsets = [o for o in offsets if isinstance(o, int) and o >= 0]
    return (province, city, county), (min(offsets) if offsets else None)


@lru_cache(maxsize=65536)
def resolve_region(agency: str | None) -> tuple[str | None, str | None]:
    """(region, admin_level) for an agency name; (None, None) when it names no place."""
    if not agency:
        return None, None
    if CENTRAL.match(agency):
        return None, "central"
    (province, city, county), _ = divisions(agency)
    if INSTITUTION.search(agency):  # a university or a company is somewhere, but holds no administrative rank
        return ("".join(p for p in (province, city, county) if p) or None), None
    if not province:
        return None, None
    region = "".join(p for p in (province, city, county) if p)
    township = TOWNSHIP.search(agency)
    if township and county:
        name = township.group(1)
        return region + (name.split(county, 1)[1] if county in name else name), "township"
    if county:
        return region, "county"
    if city:
        return region, "city"
    return region, "province"


def _clean(value) -> str | None:
    if not isinstance(value, str) or not value or value in PLACEHOLDER_DIVISIONS:
        return None
    return value


def trim_to_place(name: str) -> str | None:
    """Cut the words a regex swept in before the place name (2017年随州市… → 随州市…); None if no place."""
    _, offset = divisions(name)
    return name[offset:] if offset is not None else None
