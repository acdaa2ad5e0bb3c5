#!/usr/bin/env python3
"""Builds the locator's data under assets/data/locator/ from the team's
reference data (../shared/reference/data, see SOURCES.md there).

Reproducible: same input, same output (sorted, fixed rounding). Run it again
after the reference data changes:  python3 scripts/build-locator-data.py

Rules applied here (and why):
- A CSG location's coordinates are the open CBS PC4 centroid of its postcode,
  not the Google-geocoded point (licence; SOURCES.md section 7 item 5).
- A location whose host is not verified keeps its city (when the city is
  verified) and loses its address.
- A region whose CSG is not verified maps to no CSG: the app then shows only
  the national number and the chat, never a guess.
- Each safety region lies within one province; the province is derived from
  the region code (CBS "Gebieden in Nederland").
"""
import csv
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "reference" / "data"
OUT = ROOT / "assets" / "data" / "locator"

PROVINCE = {
    "VR01": "Groningen", "VR02": "Fryslân", "VR03": "Drenthe", "VR04": "Overijssel", "VR05": "Overijssel",
    "VR06": "Gelderland", "VR07": "Gelderland", "VR08": "Gelderland", "VR09": "Utrecht",
    "VR10": "Noord-Holland", "VR11": "Noord-Holland", "VR12": "Noord-Holland", "VR13": "Noord-Holland",
    "VR14": "Noord-Holland", "VR15": "Zuid-Holland", "VR16": "Zuid-Holland", "VR17": "Zuid-Holland",
    "VR18": "Zuid-Holland", "VR19": "Zeeland", "VR20": "Noord-Brabant", "VR21": "Noord-Brabant",
    "VR22": "Noord-Brabant", "VR23": "Limburg", "VR24": "Limburg", "VR25": "Flevoland",
}

# Names people use that the place list spells otherwise (GeoNames has the
# English "The Hague"; the municipality is officially 's-Gravenhage).
ALIASES = [
    ("Den Haag", "GM0518"), ("'s-Gravenhage", "GM0518"), ("The Hague", "GM0518"),
    ("Den Bosch", "GM0796"), ("'s-Hertogenbosch", "GM0796"),
]

# City-level fallbacks for locations without a verified host address.
CITY_ONLY = {
    "friesland": "Leeuwarden",       # UNVERIFIED(host); city Leeuwarden VERIFIED
    "twente-achterhoek": "Enschede",  # PARTLY VERIFIED: name + GGD Twente + Enschede
    "amsterdam-amstelland": "Amsterdam",  # street only, no house number, no coordinates
    # Issue 14 item 3: the only address in the reference data is the children's
    # hospital's (RIVM 2016). Adults are seen through GGD Rotterdam-Rijnmond,
    # children at Erasmus MC (arosa-zhz.nl, 2016): show the city and who sees whom.
    "rotterdam": "Rotterdam",
}
# Facts about a location worth telling, from SOURCES.md "Other location facts".
WALK_IN = {"amsterdam-amstelland"}
STREET = {"amsterdam-amstelland": "Elisabeth Wolffstraat"}
# Who is seen where, for a city-level location (each with its source).
AUDIENCES = {
    "rotterdam": [
        {"for": "children", "host": "Erasmus MC", "source": "https://www.arosa-zhz.nl/nieuws-65-rotterdam-heeft-een-centrum-seksueel-geweld"},
        {"for": "adults", "host": "GGD Rotterdam-Rijnmond", "source": "https://www.arosa-zhz.nl/nieuws-65-rotterdam-heeft-een-centrum-seksueel-geweld"},
    ],
}
# Where a CSG itself is based, when a source says so (issue 14 item 14).
BASED_AT = {
    "zuid-holland": ("GGZ Rivierduinen", "https://www.rivierduinen.nl/slachtoffers-van-seksueel-geweld-krijgen-juiste-hulp-dankzij-intensieve-samenwerking/"),
}
# Corrections of the reference data (issue 14 item 14), each with why.
# The reference file keeps the RIVM 2016 spelling; the app shows the current one.
CORRECTIONS = {
    ("limburg", "Maastricht UMC+"): {"address": "P. Debyelaan 25"},  # street named after Peter Debye; RIVM list misspelt it
    ("nijmegen", "Universitair Medisch Centrum St. Radboud"): {"location": "Radboudumc"},  # the hospital's current name (the reference row's own role column: "SEH Radboudumc")
    ("groningen-drenthe", "Leveste Scheperziekenhuis"): {"location": "Treant, Scheper Ziekenhuis"},  # Treant Zorggroep's hospital in Emmen (rtvdrenthe.nl 2018)
}


# The national network, as its own site states it (issue 14 item 15): the app
# knows fewer CSGs than there are, and says so.
NETWORK = {
    "total_csgs": 16,
    "source": "https://centrumseksueelgeweld.nl/en/faqs-about-sexual-violence/ (\"operates in 16 regions\", \"16 Sexual Assault Center locations\"); "
              "https://www.gemeente.nu/sociaal/eerste-inloophuis-open-met-alle-vormen-van-hulp-seksueel-geweld/ (2024-10: 16 other locations)",
    "seen": "2026-12-07",
    "verified": True,
}


def rows(name):
    with open(SRC / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def verified(status):
    """A location's host: VERIFIED with no UNVERIFIED part."""
    return status.strip().upper().startswith("VERIFIED") and "UNVERIFIED" not in status.upper()


def region_verified(status):
    """A region's CSG: VERIFIED, unless its coverage itself is unverified.
    'VERIFIED(region) / UNVERIFIED(host)' (Fryslan) is a verified region; 'VERIFIED(host) /
    UNVERIFIED(exact coverage)' (Utrecht) is not."""
    s = status.strip().upper()
    return s.startswith("VERIFIED") and "UNVERIFIED(EXACT COVERAGE)" not in s


def main():
    pc4 = {r["pc4"]: r for r in rows("pc4.csv")}
    gemeenten = {r["gm_code"]: r for r in rows("gemeenten.csv")}
    places = rows("places.csv")
    regions_raw = rows("veiligheidsregio_csg.csv")

    # --- CSGs and their locations ---
    csgs = {}
    for r in rows("csg_locations.csv"):
        cid = r["csg_id"]
        r = {**r, **CORRECTIONS.get((cid, r["location"]), {})}
        csg = csgs.setdefault(cid, {"id": cid, "name": r["csg_name"].split(" (")[0], "locations": [], "sources": []})
        if r["csg_source"] not in csg["sources"]:
            csg["sources"].append(r["csg_source"])
        host_ok = verified(r["status"]) and cid not in CITY_ONLY
        # Every location says whether what it shows was verified: the host and
        # address for a postcode-level one, the city for a city-level one.
        loc = {"city": r["city"], "source": r["csg_source"], "status": r["status"], "verified": True}
        if host_ok:
            code = r["postcode"].replace(" ", "")[:4]
            centroid = pc4[code]
            loc.update({
                "name": r["location"], "address": r["address"], "postcode": r["postcode"],
                "lat": round(float(centroid["lat"]), 5), "lon": round(float(centroid["lon"]), 5),
                "precision": "postcode", "walk_in": False,
            })
        else:
            city = CITY_ONLY.get(cid)
            if city is None:
                continue
            gm = next(g for g in gemeenten.values() if g["gemeente"] == city)
            loc.update({
                "name": None, "address": STREET.get(cid),
                "postcode": None, "lat": round(float(gm["lat"]), 5), "lon": round(float(gm["lon"]), 5),
                "precision": "city", "walk_in": cid in WALK_IN,
            })
            if cid in AUDIENCES:
                loc["audiences"] = AUDIENCES[cid]
        csg["locations"].append(loc)

    # --- Regions ---
    regions = []
    for r in regions_raw:
        ok = region_verified(r["status"]) and r["csg_id"] in csgs
        regions.append({
            "code": r["vr_code"], "name": r["veiligheidsregio"], "province": PROVINCE[r["vr_code"]],
            "csg": r["csg_id"] if ok else None, "verified": ok, "status": r["status"], "note": r["note"],
        })
    for cid, (org, source) in BASED_AT.items():
        csgs[cid]["based_at"] = org
        if source not in " ; ".join(csgs[cid]["sources"]):
            csgs[cid]["sources"].append(source)
    for csg in csgs.values():
        csg["regions"] = [reg["code"] for reg in regions if reg["csg"] == csg["id"]]
        csg["verified"] = bool(csg["regions"]) or any(l["precision"] == "postcode" for l in csg["locations"])

    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "csgs.json").write_text(json.dumps(sorted(csgs.values(), key=lambda c: c["id"]), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (OUT / "network.json").write_text(json.dumps(NETWORK, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (OUT / "regions.json").write_text(json.dumps(regions, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

    with open(OUT / "gemeenten.tsv", "w", encoding="utf-8") as f:
        for code in sorted(gemeenten):
            g = gemeenten[code]
            f.write(f"{code}\t{g['gemeente']}\t{g['vr_code']}\t{float(g['lat']):.5f}\t{float(g['lon']):.5f}\n")
    with open(OUT / "pc4.tsv", "w", encoding="utf-8") as f:
        for code in sorted(pc4):
            p = pc4[code]
            f.write(f"{code}\t{float(p['lat']):.5f}\t{float(p['lon']):.5f}\t{p['gm_code']}\n")
    with open(OUT / "places.tsv", "w", encoding="utf-8") as f:
        for p in places:
            f.write(f"{p['name']}\t{float(p['lat']):.5f}\t{float(p['lon']):.5f}\t{p['gm_code']}\t{int(p['population'] or 0)}\n")
    with open(OUT / "aliases.tsv", "w", encoding="utf-8") as f:
        for name, code in ALIASES:
            assert code in gemeenten, code
            f.write(f"{name}\t{code}\n")

    # --- Offline map: the PC4 centroids as a dot silhouette of the country ---
    # Equirectangular projection scaled by cos(52.2°); 2 px grid; one SVG path.
    lat0, lon0, lat1, lon1 = 50.70, 3.30, 53.60, 7.30
    k = math.cos(math.radians(52.2))
    width = 300
    scale = width / ((lon1 - lon0) * k)
    height = round((lat1 - lat0) * scale)
    cells = sorted({(round((float(p["lon"]) - lon0) * k * scale / 3) * 3, round((lat1 - float(p["lat"])) * scale / 3) * 3) for p in pc4.values()})
    path = "".join(f"M{x} {y}h0" for x, y in cells)
    (OUT / "map.json").write_text(json.dumps({
        "width": width, "height": height, "lat_top": lat1, "lon_left": lon0, "scale": round(scale, 6), "cos_lat": round(k, 6),
        "dots": path,
    }) + "\n", encoding="utf-8")
    print(f"locator data: {len(csgs)} CSGs, {sum(len(c['locations']) for c in csgs.values())} locations, "
          f"{len(regions)} regions ({sum(r['verified'] for r in regions)} verified), {len(gemeenten)} gemeenten, "
          f"{len(pc4)} PC4, {len(places)} places, {len(cells)} map dots -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
