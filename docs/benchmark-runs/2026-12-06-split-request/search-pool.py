"""Elasticsearch's search thread pool at its default (4 threads on 2 cores) and at 2, in alternating turns: each turn
restarts the node (start-elasticsearch.sh, on the scratch data of that session), sends the mix at 8 clients for 45 s
of warm-up and 45 s measured, then 20 s at one client.

usage: search-pool.py default,2,default,2,default,2
"""
import os
import json, subprocess, sys, time, urllib.parse
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from split import run, pct, variant
url = urllib.parse.urlparse('http://127.0.0.1:40601')
bodies = json.load(open(os.path.join(HERE, '../2026-12-06-tradewords-side-by-side/request-bodies.json')))
mix = [(n, variant('cur', b)) for n, b in bodies]
for size in sys.argv[1].split(','):
    subprocess.run("pkill -f -u yongjia-es elasticsearch; sleep 8", shell=True)
    print(subprocess.run([os.path.join(HERE, 'start-elasticsearch.sh'), '' if size == 'default' else size], capture_output=True, text=True).stdout.strip(), flush=True)
    run(url, mix, 8, 45)
    lat, per = run(url, mix, 8, 45)
    lat1, _ = run(url, mix, 1, 20)
    print(f"pool {size}: 8 clients {len(lat)/45:.0f}/s p50 {pct(lat,.5):.1f} p95 {pct(lat,.95):.1f} p99 {pct(lat,.99):.1f}"
          f" | 1 client {len(lat1)/20:.0f}/s p50 {pct(lat1,.5):.1f} p95 {pct(lat1,.95):.1f}", flush=True)
    print("   " + ", ".join(f"{n} {pct(v,.5):.0f}/{pct(v,.95):.0f}" for n, v in per.items()), flush=True)
