#!/usr/bin/env python3
"""The API's search request against the same search split in two, side by side, straight to Elasticsearch.

usage: split.py http://127.0.0.1:PORT request-bodies.json KINDS CLIENTS SECONDS
  e.g. split.py http://127.0.0.1:40601 ../2026-12-06-tradewords-side-by-side/request-bodies.json \
           cur,split-fs,split-text,split-fs-cache 8 12

KINDS, any of:
  cur             the request as the API sends it (page, exact total and facets in one search)
  split-fs        one _msearch of two: the page alone (no aggregation, total counted to 1, facet filters as
                  filters, function_score kept) and a size-0 search in filter context that counts the total and
                  the facets (request cache off)
  split-text      as split-fs, the page without function_score (text score alone: could block-max WAND skip?)
  split-fs-cache  as split-fs, the counting search allowed in Elasticsearch's shard request cache
Two turns per kind, the kinds' order reversed in the second; 3 s of warm-up and SECONDS measured per turn.
"""
import copy, http.client, json, sys, threading, time, urllib.parse

CLIENTS = tuple(int(c) for c in sys.argv[4].split(",")) if len(sys.argv) > 4 else (1, 8)
TURNS = 2
WARM_UP_S = 3
MEASURE_S = int(sys.argv[5]) if len(sys.argv) > 5 else 12

def page_request(body, scoring):
    a = copy.deepcopy(body)
    a.pop("aggregations", None)
    a["track_total_hits"] = False
    pf = a.pop("post_filter", None)
    q = a["query"]
    if scoring == "text" and "function_score" in q:
        q = q["function_score"]["query"]
        while "function_score" in q:
            q = q["function_score"]["query"]
    if pf is not None:
        q = {"bool": {"must": [q], "filter": [pf]}}
    a["query"] = q
    return a

def facet_request(body):
    b = {"size": 0, "track_total_hits": True,
         "query": {"bool": {"filter": [body["query"]]}},
         "aggregations": body["aggregations"]}
    if "post_filter" in body:
        b["post_filter"] = body["post_filter"]
    return b

def variant(kind, body):
    if kind == "cur":
        return ("/businesses/_search", json.dumps(body))
    if kind.startswith("split"):
        scoring = "text" if "text" in kind else "fs"
        cache = "cache" in kind
        lines = [json.dumps({"index": "businesses"}), json.dumps(page_request(body, scoring)),
                 json.dumps({"index": "businesses", "request_cache": cache}), json.dumps(facet_request(body))]
        return ("/_msearch", "\n".join(lines) + "\n")
    if kind == "pageonly-fs":
        return ("/businesses/_search", json.dumps(page_request(body, "fs")))
    if kind == "pageonly-text":
        return ("/businesses/_search", json.dumps(page_request(body, "text")))
    if kind == "facetonly":
        return ("/businesses/_search?request_cache=false", json.dumps(facet_request(body)))
    raise ValueError(kind)

def run(url, mix, clients, seconds):
    latencies, per_query = [], {}
    lock = threading.Lock()
    stop = time.time() + seconds
    def client(start):
        c = http.client.HTTPConnection(url.hostname, url.port)
        k = start
        while time.time() < stop:
            name, (path, payload) = mix[k % len(mix)]
            k += 1
            began = time.perf_counter()
            ct = "application/x-ndjson" if path.endswith("_msearch") else "application/json"
            c.request("POST", path, body=payload.encode(), headers={"Content-Type": ct})
            r = c.getresponse(); data = r.read()
            if r.status != 200: raise SystemExit(data[:500])
            ms = (time.perf_counter() - began) * 1000
            with lock:
                latencies.append(ms); per_query.setdefault(name, []).append(ms)
    ts = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for t in ts: t.start()
    for t in ts: t.join()
    return latencies, per_query

def pct(v, p):
    o = sorted(v); return o[min(len(o) - 1, int(len(o) * p))]

def main():
    url = urllib.parse.urlparse(sys.argv[1])
    bodies = json.load(open(sys.argv[2]))
    kinds = sys.argv[3].split(",")
    variants = {k: [(n, variant(k, b)) for n, b in bodies] for k in kinds}
    for clients in CLIENTS:
        totals = {k: [] for k in kinds}; perq = {k: {} for k in kinds}
        for turn in range(TURNS):
            order = kinds if turn % 2 == 0 else list(reversed(kinds))
            for k in order:
                run(url, variants[k], clients, WARM_UP_S)
                lat, per = run(url, variants[k], clients, MEASURE_S)
                totals[k] += lat
                for n, v in per.items(): perq[k].setdefault(n, []).extend(v)
        s = TURNS * MEASURE_S
        for k in kinds:
            v = totals[k]
            print(f"{clients} clients, {k}: {len(v)/s:.0f}/s p50 {pct(v,.5):.1f} p95 {pct(v,.95):.1f} p99 {pct(v,.99):.1f}", flush=True)
        for n, _ in bodies:
            print("   " + n + ": " + ", ".join(f"{k} {pct(perq[k][n], .5):.1f}" for k in kinds), flush=True)

if __name__ == "__main__":
    main()
