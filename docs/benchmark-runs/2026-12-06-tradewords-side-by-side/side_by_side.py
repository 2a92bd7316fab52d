#!/usr/bin/env python3
"""The benchmark's mix straight to Elasticsearch, with and without the trade-word clauses, side by side.

usage: side_by_side.py http://127.0.0.1:PORT request-bodies.json

request-bodies.json holds the search requests the API sent for the benchmark's twelve queries (thirteen requests:
the typo's strict request finds nothing, so its relaxed one follows), taken from Elasticsearch's search slow log with
the threshold at 0 ms. "new" sends them as they are; "old" sends the same requests with every clause that matches on
the `trade` field inside the text's "one of" clause removed, which is the text query before 9f7552c. Both run
against the same index in the same minutes: for 1 and then 8 closed-loop clients, four turns in which the two
variants swap places (new, old; old, new; ...), each 3 s of warm-up and 15 s measured. Latency is from sending a
request to having read its whole answer, over one kept-alive HTTP connection per client (Python's http.client, so
the absolute figures include a slower client than the benchmark's Java one: read the ratios).
"""
import copy
import http.client
import json
import sys
import threading
import time
import urllib.parse

CLIENTS = (1, 8)
TURNS = 4
WARM_UP_S = 3
MEASURE_S = 15


def without_trade_clauses(body):
    stripped = copy.deepcopy(body)

    def walk(node):
        if isinstance(node, dict):
            inner = node.get("bool")
            if isinstance(inner, dict) and "should" in inner and inner.get("minimum_should_match") == "1":
                inner["should"] = [c for c in inner["should"] if '"trade"' not in json.dumps(c)]
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(stripped)
    return stripped


def run(url, mix, clients, seconds):
    latencies, per_query = [], {}
    lock = threading.Lock()
    stop = time.time() + seconds

    def client(start):
        connection = http.client.HTTPConnection(url.hostname, url.port)
        k = start
        while time.time() < stop:
            name, body = mix[k % len(mix)]
            k += 1
            began = time.perf_counter()
            connection.request("POST", "/businesses/_search", body=json.dumps(body),
                               headers={"Content-Type": "application/json"})
            connection.getresponse().read()
            ms = (time.perf_counter() - began) * 1000
            with lock:
                latencies.append(ms)
                per_query.setdefault(name, []).append(ms)

    threads = [threading.Thread(target=client, args=(i,)) for i in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies, per_query


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p))]


def main():
    url = urllib.parse.urlparse(sys.argv[1])
    bodies = json.load(open(sys.argv[2]))
    variants = {"new": [(n, b) for n, b in bodies], "old": [(n, without_trade_clauses(b)) for n, b in bodies]}
    changed = [n for (n, a), (_, b) in zip(variants["new"], variants["old"]) if a != b]
    print("requests that differ:", ", ".join(changed))
    for clients in CLIENTS:
        totals = {"old": [], "new": []}
        per_query = {"old": {}, "new": {}}
        for turn in range(TURNS):
            order = ("new", "old") if turn % 2 == 0 else ("old", "new")
            for label in order:
                run(url, variants[label], clients, WARM_UP_S)
                latencies, per = run(url, variants[label], clients, MEASURE_S)
                totals[label] += latencies
                for name, values in per.items():
                    per_query[label].setdefault(name, []).extend(values)
        seconds = TURNS * MEASURE_S
        for label in ("old", "new"):
            values = totals[label]
            print(f"{clients} clients, {label}: {len(values)} requests ({len(values) / seconds:.0f}/s), "
                  f"p50 {percentile(values, .5):.1f} ms, p95 {percentile(values, .95):.1f} ms, "
                  f"p99 {percentile(values, .99):.1f} ms")
        for name, _ in variants["new"]:
            print(f"   {name}: p50 old {percentile(per_query['old'][name], .5):.1f} ms, "
                  f"new {percentile(per_query['new'][name], .5):.1f} ms")


if __name__ == "__main__":
    main()
