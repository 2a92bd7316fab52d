#!/usr/bin/env python3
"""The benchmark's mix straight to Elasticsearch, before and after the place words, side by side.

usage: place_words.py http://127.0.0.1:PORT request-bodies-before.json request-bodies-after.json

request-bodies-before.json holds the thirteen requests the API sent for the benchmark's twelve queries before the
place words (the file of 2026-12-06-tradewords-side-by-side, taken from Elasticsearch's search slow log);
request-bodies-after.json the same with the one request that names a township (桥头宾馆) as the API sends it now,
taken from the slow log the same way. Both run against the same index in the same minutes: for 1 and then 8
closed-loop clients, four turns in which the two variants swap places (after, before; before, after; ...), each 3 s
of warm-up and 15 s measured. Latency is from sending a request to having read its whole answer, over one kept-alive
HTTP connection per client (Python's http.client, a slower client than the benchmark's Java one: read the ratios).
The loop is the one of side_by_side.py in 2026-12-06-tradewords-side-by-side, repeated so that this record runs
on its own.
"""
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


def answer(url, body):
    connection = http.client.HTTPConnection(url.hostname, url.port)
    connection.request("POST", "/businesses/_search", body=json.dumps(body), headers={"Content-Type": "application/json"})
    return json.loads(connection.getresponse().read())


def main():
    url = urllib.parse.urlparse(sys.argv[1])
    variants = {"before": [tuple(r) for r in json.load(open(sys.argv[2]))],
                "after": [tuple(r) for r in json.load(open(sys.argv[3]))]}
    for (name, old), (_, new) in zip(variants["before"], variants["after"]):
        if old != new:
            totals = [answer(url, body)["hits"]["total"]["value"] for body in (old, new)]
            print(f"differs: {name}, matches before {totals[0]}, after {totals[1]}")
    for clients in CLIENTS:
        totals = {"before": [], "after": []}
        per_query = {"before": {}, "after": {}}
        for turn in range(TURNS):
            order = ("after", "before") if turn % 2 == 0 else ("before", "after")
            for label in order:
                run(url, variants[label], clients, WARM_UP_S)
                latencies, per = run(url, variants[label], clients, MEASURE_S)
                totals[label] += latencies
                for name, values in per.items():
                    per_query[label].setdefault(name, []).extend(values)
        seconds = TURNS * MEASURE_S
        for label in ("before", "after"):
            values = totals[label]
            print(f"{clients} clients, {label}: {len(values)} requests ({len(values) / seconds:.0f}/s), "
                  f"p50 {percentile(values, .5):.1f} ms, p95 {percentile(values, .95):.1f} ms, "
                  f"p99 {percentile(values, .99):.1f} ms")
        for name, _ in variants["after"]:
            print(f"   {name}: p50 before {percentile(per_query['before'][name], .5):.1f} ms, "
                  f"after {percentile(per_query['after'][name], .5):.1f} ms")


if __name__ == "__main__":
    main()
