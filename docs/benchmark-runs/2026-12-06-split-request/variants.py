"""Variants of the text query on their own, one client, median of 40 (counting: 10 cold, 20 warm).

usage: variants.py PORT   (Elasticsearch on 127.0.0.1:PORT, index or alias "businesses")
  cf          the names-and-address clause (cross_fields) alone, as a scored must
  cf+bigram   with the adjacent-pairs should clause: the API's text query without trade words and pinyin
  comb        combined_fields (BM25F) over the same fields instead of cross_fields (boosts >= 1: 3, 3, 1)
  count-cf-*  only counting the cf matches (size 0, filter context): cold right after clearing the query cache,
              warm once Elasticsearch's query cache holds the clause
"""
import json, http.client, time, copy, sys, random
c = http.client.HTTPConnection('127.0.0.1', int(sys.argv[1]) if len(sys.argv) > 1 else 9200)
def post(path, body):
    c.request('POST', path, json.dumps(body), {'Content-Type': 'application/json'}); r = c.getresponse(); d = r.read()
    if r.status != 200: raise SystemExit(d[:400])
    return json.loads(d)
def t(body, n=40, clear=False):
    ts = []
    for i in range(n):
        if clear: c.request('POST', '/businesses/_cache/clear?query=true'); c.getresponse().read()
        s = time.perf_counter(); r = post('/businesses/_search?request_cache=false', body); ts.append((time.perf_counter()-s)*1000)
    ts.sort(); return ts[len(ts)//2], r
def page(q, sort=None):
    b = {"size": 21, "track_total_hits": 1, "_source": False, "stored_fields": "_none_", "docvalue_fields": ["businessId"], "query": {"bool": {"must": [q], "filter": [{"term": {"status": "OPEN"}}]}}}
    b["sort"] = sort or [{"_score": "desc"}, {"businessId": "asc"}]
    return b
def cf(text, typ="cross_fields", fields=("name", "shopSignName", "address^0.3")):
    return {"multi_match": {"query": text, "fields": list(fields), "type": typ, "minimum_should_match": "100%"}}
def comb(text):
    return {"combined_fields": {"query": text, "fields": ["name^3", "shopSignName^3", "address"], "operator": "and"}}
def bigram(text):
    return {"multi_match": {"query": text, "fields": ["name.bigram", "shopSignName.bigram"], "type": "most_fields", "boost": 3}}
for text in ["兰州拉面", "桥头宾馆", "小吃", "面馆"]:
    res = {}
    res['cf'] = t(page(cf(text)))[0]
    res['cf+bigram'] = t(page({"bool": {"must": [cf(text)], "should": [bigram(text)]}}))[0]
    res['comb'] = t(page(comb(text)))[0]
    res['comb+bigram'] = t(page({"bool": {"must": [comb(text)], "should": [bigram(text)]}}))[0]
    res['comb+bigram-scoresort'], r = t(page({"bool": {"must": [comb(text)], "should": [bigram(text)]}}, sort=["_score"]))
    res['count-cf-cold'] = t({"size":0,"track_total_hits":True,"query":{"bool":{"filter":[cf(text),{"term": {"status": "OPEN"}}]}}}, n=10, clear=True)[0]
    res['count-cf-warm'] = t({"size":0,"track_total_hits":True,"query":{"bool":{"filter":[cf(text),{"term": {"status": "OPEN"}}]}}}, n=20)[0]
    print(text, " ".join(f"{k} {v:.1f}" for k, v in res.items()), flush=True)
