"""The Scrapy contender: a minimal CrawlSpider over the same synthetic web, same scope.

    python bench/scrapy_spider.py --web WEB.json

Scope as localoffer's: start at each site's home page, follow links on the same origin
(scheme, host, port) only, robots.txt obeyed, depth at most 6. Scrapy defaults otherwise, except
DOWNLOAD_DELAY = 0, no HTTP cache, LOG_LEVEL = WARNING, no telnet console, and enough concurrency
to be fair: CONCURRENT_REQUESTS = max(16, sites) and the same per domain, because Scrapy keys its
download slots by host name without the port, so all sites on 127.0.0.1 share one slot.
Its LinkExtractor skips PDFs (IGNORED_EXTENSIONS), so it fetches 1-2 fewer URLs per site.
Installed in the bench venv only, never a runtime dependency of localoffer.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from urllib.parse import urlsplit

from scrapy.crawler import CrawlerProcess
from scrapy.exceptions import IgnoreRequest
from scrapy.linkextractors import LinkExtractor
from scrapy.spiders import CrawlSpider, Rule


class LoopbackOnly:
    """Downloader middleware: belt and braces, nothing but 127.0.0.1 is ever requested."""

    def process_request(self, request, spider=None):  # type: ignore[no-untyped-def]
        if urlsplit(request.url).hostname != "127.0.0.1":
            raise IgnoreRequest(f"not loopback: {request.url}")
        return None


def same_origin(request, response):  # type: ignore[no-untyped-def]
    return request if urlsplit(request.url).netloc == urlsplit(response.url).netloc else None


class LocalOfferSpider(CrawlSpider):
    name = "localoffer_bench"
    allowed_domains = ["127.0.0.1"]
    rules = (Rule(LinkExtractor(), callback="parse_page", follow=True, process_request=same_origin),)

    def __init__(self, start_urls: list[str], **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(**kwargs)
        self.start_urls = start_urls
        self.pages = 0

    def parse_page(self, response):  # type: ignore[no-untyped-def]
        self.pages += 1
        return []

    def parse_start_url(self, response):  # type: ignore[no-untyped-def]
        return self.parse_page(response)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    p.add_argument("--web", type=Path, required=True)
    args = p.parse_args()
    spec = json.loads(args.web.read_text())
    starts = [f"http://127.0.0.1:{port}/" for _, port in sorted(spec["ports"].items(), key=lambda kv: int(kv[0]))]
    concurrency = max(16, len(starts))
    process = CrawlerProcess(
        settings={
            "ROBOTSTXT_OBEY": True,
            "DOWNLOAD_DELAY": 0,
            "CONCURRENT_REQUESTS": concurrency,
            "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
            "DEPTH_LIMIT": 6,
            "HTTPCACHE_ENABLED": False,
            "LOG_LEVEL": "WARNING",
            "TELNETCONSOLE_ENABLED": False,
            "DOWNLOADER_MIDDLEWARES": {LoopbackOnly: 1},
        }
    )
    crawler = process.create_crawler(LocalOfferSpider)
    process.crawl(crawler, start_urls=starts)
    process.start()
    stats = crawler.stats.get_stats() if crawler.stats else {}
    print(
        json.dumps(
            {
                "responses": stats.get("response_received_count", 0),
                "pages_parsed": getattr(crawler.spider, "pages", 0),
                "robots_forbidden": stats.get("robotstxt/forbidden", 0),
                "offsite_filtered": stats.get("offsite/filtered", 0),
                "finish_reason": stats.get("finish_reason", ""),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
