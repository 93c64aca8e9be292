"""A deterministic synthetic web of council SEND Local Offer sites, for benchmarks.

Everything is a pure function of ``(seed, site, path)``: the server builds each response on the
fly (150 sites x 200 pages of ~54 KB would be 1.6 GB on disk), and the raw-fetch contender gets
the exact URL list from :func:`site_paths` without crawling.

Shape of one site (``pages`` HTML pages, default 200):

- ``/`` is the home page; pages ``1..N`` (N = min(pages-1, NAV_LINKS)) sit in a big navigation
  menu repeated on every page (~150 links, grouped in sections); the remaining pages are linked
  from the bodies of menu pages ("related" links), so everything is at most 2 clicks deep.
- each page is 30-80 KB (triangular, mean ~54 KB) with ~160 links: the menu, ~6 related links,
  header/footer links (some external, which no crawler in scope may fetch), a link to
  ``/search?q=...`` that robots.txt disallows, and on some pages a PDF.
- a few pages per site ("if things go wrong" section and the home page) carry disagreement
  resolution / mediation / SENDIASS / tribunal wording, varied per site so checks disagree.
- ``/robots.txt`` (disallows ``/search`` and ``/admin/``, names the sitemap), ``/sitemap.xml``,
  and 1-2 small real PDFs per site under ``/documents/``.

Only relative links point inside a site, so the same bytes work on any port.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache
from html import escape

DEFAULT_SEED = 20240601
NAV_LINKS = 128  # + home + 12 section toggles + related, header and footer links: ~156 links a page
POOL_BITS = 9
POOL = 1 << POOL_BITS
MIN_BYTES, MODE_BYTES, MAX_BYTES = 30_000, 52_000, 80_000

SECTIONS = (
    ("education", "Education and schools"),
    ("health", "Health services"),
    ("social-care", "Social care"),
    ("preparing-for-adulthood", "Preparing for adulthood"),
    ("send-support", "SEN support"),
    ("ehc-plans", "EHC needs assessments and plans"),
    ("short-breaks", "Short breaks"),
    ("transport", "Travel and transport"),
    ("leisure", "Leisure and activities"),
    ("early-years", "Early years"),
    ("have-your-say", "Have your say"),
    ("if-things-go-wrong", "If things go wrong"),
)
TOPICS = (
    "support",
    "services",
    "guidance",
    "information",
    "help",
    "funding",
    "assessment",
    "advice",
    "resources",
    "directory",
    "clubs",
    "groups",
    "training",
    "options",
    "planning",
    "reviews",
    "provision",
    "therapies",
    "equipment",
    "budgets",
    "settings",
    "colleges",
    "apprenticeships",
    "housing",
    "employment",
    "wellbeing",
)
QUALIFIERS = (
    "Autism",
    "ADHD",
    "Speech and language",
    "Sensory",
    "Physical disability",
    "Mental health",
    "Dyslexia",
    "Hearing impairment",
    "Visual impairment",
    "Complex needs",
    "Young carers",
    "Families",
    "Primary school",
    "Secondary school",
    "Post-16",
    "Personal",
    "Specialist",
    "Inclusion",
    "Outreach",
    "Respite",
)
PLACES = (
    "Borsetshire",
    "Ambridge",
    "Midsomer",
    "Wessex",
    "Loamshire",
    "Barsetshire",
    "Mercia",
    "Casterbridge",
    "Middlemarch",
    "Cranford",
    "Lowood",
    "Thornfield",
    "Highbury",
    "Netherfield",
    "Longbourn",
    "Pemberley",
    "Meryton",
    "Kellynch",
    "Uppercross",
    "Lyme",
    "Mansfield",
    "Northanger",
    "Hartfield",
    "Donwell",
)
KINDS = ("County Council", "City Council", "Borough Council", "Metropolitan Borough Council", "Council")

SENTENCES = (
    "The Local Offer sets out the support available for children and young people with special educational "
    "needs and disabilities (SEND) aged 0 to 25 in {council}.",
    "Most children with SEN will have their needs met in their local mainstream early years setting, school or "
    "college through SEN support.",
    "Schools must use their best endeavours to make sure that a child with SEN gets the support they need.",
    "An education, health and care (EHC) needs assessment looks at a child's needs and the support they require.",
    "You can ask {council} for an EHC needs assessment if you think your child needs more help than their school "
    "can give.",
    "We will tell you within 6 weeks whether we will carry out an assessment, and the whole process should take "
    "no more than 20 weeks.",
    "A personal budget is an amount of money identified to deliver parts of the provision set out in an EHC plan.",
    "Short breaks give disabled children and young people the chance to spend time away from their families, and "
    "give parents and carers a break from caring.",
    "Home to school travel assistance may be available for eligible children and young people with SEND.",
    "Preparing for adulthood starts from year 9 and covers employment, independent living, friendships and "
    "good health.",
    "The designated clinical officer works with health services to make sure health needs are met.",
    "Speech and language therapy services support children with communication difficulties.",
    "Occupational therapists help children develop the skills they need for everyday life.",
    "The Educational Psychology Service works with schools, families and other professionals.",
    "Annual reviews of EHC plans must take place at least every 12 months.",
    "Our family hubs offer activities, advice and drop-in sessions across {place}.",
    "Holiday activity clubs are run by local providers and many are inclusive of children with additional needs.",
    "The Parent Carer Forum works with {council} to shape services for families.",
    "Young people aged 16 to 25 can get help with apprenticeships, supported internships and college courses.",
    "The SEND Strategy 2023 to 2026 sets out our priorities for improving outcomes.",
    "Information on this page was last reviewed in March 2024 and will be reviewed again next year.",
    "You can find services near you using the {place} service directory.",
    "Please contact the SEND team on 0300 123 4567 or email send@{domain}.",
    "Some services have eligibility criteria and waiting lists; contact the provider for details.",
    "Children's centres and nurseries can give advice about your child's development.",
    "The Virtual School supports children in care and care leavers with SEND.",
    "Equipment and adaptations can help a disabled child to live more independently at home.",
    "Mental health support teams work in many schools and colleges across {place}.",
    "The Local Offer is reviewed with families every year, and we publish what you told us and what we did.",
    "Transition to adult social care is planned with the young person and their family well in advance.",
)
REDRESS = {
    "drs": (
        "If you disagree with a decision about your child's special educational needs, you can use our "
        "disagreement resolution service. It is provided by Global Mediation, which is independent of {council}, "
        "and is free, voluntary and confidential.",
        "Disagreement resolution is available to all parents and young people with SEN, not just those with an "
        "EHC plan, and covers disagreements with schools, colleges and health commissioners.",
        "Using disagreement resolution does not affect your right to appeal to the SEND Tribunal.",
    ),
    "mediation": (
        "Mediation: before you can appeal to the Tribunal you must contact a mediation adviser and get a "
        "certificate, unless your appeal is only about the school or college named in the plan.",
        "Mediation is carried out by trained independent mediators and meetings are usually held within 30 days.",
    ),
    "iass": (
        "{place} SENDIASS (SEND Information, Advice and Support Service) gives free, impartial and confidential "
        "advice to parents, children and young people. Call 0300 765 4321.",
    ),
    "tribunal": (
        "You can appeal to the First-tier Tribunal (Special Educational Needs and Disability) about EHC "
        "assessment and plan decisions within two months of the decision.",
    ),
    "complaints": (
        "If you are unhappy with a service, you can make a complaint using the {council} complaints procedure. "
        "If you are still unhappy, you can contact the Local Government and Social Care Ombudsman.",
    ),
}
EXTERNAL = (
    ("https://www.gov.uk/children-with-special-educational-needs", "Children with SEN on GOV.UK"),
    ("https://www.ipsea.org.uk/", "IPSEA"),
    ("https://www.lgo.org.uk/", "Local Government and Social Care Ombudsman"),
    ("https://councilfordisabledchildren.org.uk/", "Council for Disabled Children"),
)


@dataclass(frozen=True)
class Web:
    """The whole synthetic web: ``sites`` sites of ``pages`` HTML pages each."""

    sites: int
    pages: int = 200
    seed: int = DEFAULT_SEED

    def __post_init__(self) -> None:
        if self.sites < 1 or self.pages < 2:
            raise ValueError("need at least 1 site and 2 pages per site")
        nav = min(self.pages - 1, NAV_LINKS)
        if (self.pages - 1 - nav) > nav * 3:
            raise ValueError(f"at most {1 + NAV_LINKS * 4} pages per site")


@dataclass(frozen=True)
class SiteInfo:
    index: int
    name: str
    place: str
    domain: str
    titles: tuple[str, ...]
    paths: tuple[str, ...]
    nav_count: int
    pdfs: tuple[str, ...]
    redress: frozenset[str]
    nav_html: str
    header_html: str
    footer_html: str
    paragraphs: tuple[str, ...]  # POOL escaped <p>s of 3-6 sentences each
    headings: tuple[str, ...]  # POOL <h2>s


def _rng(*parts: object) -> random.Random:
    return random.Random(":".join(map(str, parts)))


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


@lru_cache(maxsize=512)
def site_info(web: Web, site: int) -> SiteInfo:
    rng = _rng(web.seed, "site", site)
    place = PLACES[site % len(PLACES)] + ("" if site < len(PLACES) else f" {site // len(PLACES) + 1}")
    name = f"{place} {rng.choice(KINDS)}"
    domain = _slug(place) + ".gov.example"
    titles = ["Local Offer home"]
    paths = ["/"]
    for i in range(1, web.pages):
        section, _ = SECTIONS[i % len(SECTIONS)]
        title = f"{rng.choice(QUALIFIERS)} {rng.choice(TOPICS)}"
        if section == "if-things-go-wrong" and i < 40:
            title = ("Resolving disagreements", "Mediation", "Complaints", "Appeals to the tribunal")[i // 12 % 4]
        titles.append(title)
        paths.append(f"/{section}/{_slug(title)}-{i}")
    nav_count = min(web.pages - 1, NAV_LINKS)
    pdfs = tuple(f"/documents/send-guide-{k}.pdf" for k in range(1 + site % 2))
    # Which redress elements this council publishes: most publish most, a few publish little.
    redress = frozenset(k for k in REDRESS if rng.random() < 0.8)
    groups: dict[str, list[str]] = {}
    for i in range(1, nav_count + 1):
        section = SECTIONS[i % len(SECTIONS)][0]
        groups.setdefault(section, []).append(f'<li><a href="{paths[i]}">{escape(titles[i])}</a></li>')
    nav = ['<nav class="main-nav" aria-label="Main menu"><ul class="menu">', '<li><a href="/">Home</a></li>']
    for section, label in SECTIONS:
        items = groups.get(section, [])
        nav.append(
            f'<li class="menu-section"><a href="#{section}" class="toggle">{escape(label)}</a>'
            f'<ul class="submenu" id="menu-{section}">' + "".join(items) + "</ul></li>"
        )
    nav.append("</ul></nav>")
    header = (
        f'<header class="site-header"><a class="skip-link" href="#main">Skip to content</a>'
        f'<a href="/" class="logo">{escape(name)} Local Offer</a>'
        f'<form action="/search" class="search"><input name="q"><button>Search</button></form>'
        f'<a href="/search?q=send">Search the Local Offer</a></header>'
    )
    footer = (
        '<footer class="site-footer"><ul>'
        + "".join(f'<li><a href="{u}">{escape(t)}</a></li>' for u, t in EXTERNAL)
        + '<li><a href="/have-your-say/contact-us">Contact us</a></li>'
        + f"</ul><p>&copy; {escape(name)} 2024</p></footer>"
    )
    fill = {"council": name, "place": place, "domain": domain}
    sentences = [escape(s.format(**fill)) for s in SENTENCES]
    paragraphs = tuple("<p>" + " ".join(rng.choices(sentences, k=rng.randint(3, 6))) + "</p>" for _ in range(POOL))
    headings = tuple(f"<h2>{escape(rng.choice(QUALIFIERS))} {escape(rng.choice(TOPICS))}</h2>" for _ in range(POOL))
    return SiteInfo(
        site,
        name,
        place,
        domain,
        tuple(titles),
        tuple(paths),
        nav_count,
        pdfs,
        redress,
        "".join(nav),
        header,
        footer,
        paragraphs,
        headings,
    )


def site_paths(web: Web, site: int) -> list[str]:
    """Every fetchable path of a site: HTML pages then PDFs (not robots.txt nor the sitemap)."""
    info = site_info(web, site)
    return [*info.paths, *info.pdfs]


def _fill(text: str, info: SiteInfo) -> str:
    return text.format(council=info.name, place=info.place, domain=info.domain)


def _related(web: Web, info: SiteInfo, page: int) -> list[int]:
    """Body links: menu pages link to the pages beyond the menu, so those are 2 clicks deep."""
    extra = web.pages - 1 - info.nav_count
    out: list[int] = []
    if extra > 0 and 1 <= page <= info.nav_count:
        out += [info.nav_count + 1 + ((page - 1) * 3 + r) % extra for r in range(3)]
    rng = _rng(web.seed, "related", info.index, page)
    out += [rng.randrange(web.pages) for _ in range(6 - len(out))]
    return out


def render_page(web: Web, site: int, page: int) -> bytes:
    info = site_info(web, site)
    rng = _rng(web.seed, "page", site, page)
    target = int(rng.triangular(MIN_BYTES, MAX_BYTES, MODE_BYTES))
    title = info.titles[page]
    section = SECTIONS[page % len(SECTIONS)] if page else ("home", "Home")
    head = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)} | '
        f"{escape(info.name)} SEND Local Offer</title>"
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<link rel="stylesheet" href="/assets/site.css"><script src="/assets/site.js" defer></script></head><body>'
    )
    crumbs = (
        f'<nav class="breadcrumbs"><a href="/">Local Offer</a> &gt; <a href="#{section[0]}">'
        f"{escape(section[1])}</a> &gt; {escape(title)}</nav>"
    )
    parts = [head, info.header_html, info.nav_html, crumbs, f'<main id="main"><h1>{escape(title)}</h1>']
    size = sum(len(p) for p in parts) + len(info.footer_html) + 64
    redress_page = page == 0 or section[0] == "if-things-go-wrong" and page < 40
    if redress_page:
        for key in sorted(info.redress):
            parts.append(f"<h2>{key.upper() if key == 'iass' else key.capitalize()}</h2>")
            parts += [f"<p>{escape(_fill(s, info))}</p>" for s in REDRESS[key]]
    related = _related(web, info, page)
    parts.append(
        '<aside class="related"><h2>Related pages</h2><ul>'
        + "".join(f'<li><a href="{info.paths[j]}">{escape(info.titles[j])}</a></li>' for j in related)
        + "</ul></aside>"
    )
    if info.pdfs and (page == 0 or page % 50 == 7):
        pdf = info.pdfs[page % len(info.pdfs)]
        parts.append(f'<p><a href="{pdf}">Download our SEND guide for parents (PDF, 3 KB)</a></p>')
    size += sum(len(p) for p in parts[5:])
    n = 0
    bits = rng.getrandbits
    while size < target:
        piece = info.headings[bits(POOL_BITS)] if n % 7 == 0 else info.paragraphs[bits(POOL_BITS)]
        parts.append(piece)
        size += len(piece)
        n += 1
    parts.append("</main>")
    parts.append(info.footer_html)
    parts.append("</body></html>")
    return "".join(parts).encode("utf-8")


def render_robots(web: Web, site: int, host: str) -> bytes:
    return (
        f"# {site_info(web, site).name}\nUser-agent: *\nDisallow: /search\nDisallow: /admin/\n\n"
        f"Sitemap: http://{host}/sitemap.xml\n"
    ).encode()


def render_sitemap(web: Web, site: int, host: str) -> bytes:
    info = site_info(web, site)
    urls = "".join(f"<url><loc>http://{host}{p}</loc><lastmod>2024-03-01</lastmod></url>" for p in info.paths)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
    ).encode()


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(lines: list[str]) -> bytes:
    """A small valid one-page PDF whose text pypdf can extract."""
    content = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(f"({_pdf_escape(line)}) Tj T*" for line in lines) + " ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        "/Contents 5 0 R >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(content.encode('latin-1'))} >>\nstream\n{content}\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def render_pdf(web: Web, site: int, k: int) -> bytes:
    info = site_info(web, site)
    lines = [f"{info.name}: a guide to SEND support for parents and carers ({k + 1})"]
    if "drs" in info.redress:
        lines += [_fill(s, info) for s in REDRESS["drs"]]
    rng = _rng(web.seed, "pdf", site, k)
    lines += [_fill(rng.choice(SENTENCES), info) for _ in range(20)]
    return make_pdf([line.encode("latin-1", "replace").decode("latin-1") for line in lines])


def resolve(web: Web, site: int, path: str, host: str) -> tuple[int, str, bytes]:
    """(status, content type, body) for a request path (query ignored except for /search)."""
    info = site_info(web, site)
    bare = path.split("?", 1)[0].split("#", 1)[0]
    if bare == "/robots.txt":
        return 200, "text/plain", render_robots(web, site, host)
    if bare == "/sitemap.xml":
        return 200, "application/xml", render_sitemap(web, site, host)
    if bare.startswith("/documents/"):
        for k, pdf in enumerate(info.pdfs):
            if pdf == bare:
                return 200, "application/pdf", render_pdf(web, site, k)
    page = _page_index(info, bare)
    if page is not None:
        return 200, "text/html; charset=utf-8", render_page(web, site, page)
    return 404, "text/html; charset=utf-8", b"<!DOCTYPE html><html><body><h1>Page not found</h1></body></html>"


def _page_index(info: SiteInfo, bare: str) -> int | None:
    if bare == "/":
        return 0
    tail = bare.rsplit("-", 1)[-1]
    if tail.isdigit():
        i = int(tail)
        if 0 < i < len(info.paths) and info.paths[i] == bare:
            return i
    return None


if __name__ == "__main__":  # a quick look: sizes and link counts of one site
    import re
    import statistics
    import sys
    import time

    w = Web(sites=1, pages=int(sys.argv[1]) if len(sys.argv) > 1 else 200)
    t0 = time.perf_counter()
    bodies = [render_page(w, 0, i) for i in range(w.pages)]
    dt = time.perf_counter() - t0
    sizes = [len(b) for b in bodies]
    links = [len(re.findall(rb"<a href=", b)) for b in bodies]
    print(f"{w.pages} pages in {dt * 1000:.0f} ms ({dt / w.pages * 1e6:.0f} us/page)")
    print(f"bytes: min {min(sizes)} mean {statistics.mean(sizes):.0f} max {max(sizes)}")
    print(f"links: min {min(links)} mean {statistics.mean(links):.1f} max {max(links)}")
    print(f"pdf bytes: {len(render_pdf(w, 0, 0))}")
