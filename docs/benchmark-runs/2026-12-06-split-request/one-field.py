"""On the index "exp" (make-one-field-index.py), one client, median of 60, page with exact total and facets:
  A  the API's text clause today: cross_fields over name, shopSignName, address^0.3 (every character), + adjacent pairs
  B  every character in the one field allText instead (BM25 on it), + adjacent pairs: other scores, other order
  C  every character in allText as a filter, the cross_fields scores in a should: A's hits and order
  D  as B, plus a should match on name (boost 0.5) to weigh the name above the address again
"""
import json, http.client, time, sys
c = http.client.HTTPConnection('127.0.0.1', 40601)
def post(path, body):
    c.request('POST', path, json.dumps(body), {'Content-Type': 'application/json'}); r = c.getresponse(); d = r.read()
    if r.status != 200: raise SystemExit(d[:400])
    return json.loads(d)
def t(body, n=60):
    ts = []
    for i in range(n):
        s = time.perf_counter(); r = post('/exp/_search?request_cache=false', body); ts.append((time.perf_counter()-s)*1000)
    ts.sort(); return ts[len(ts)//2], r
def page(q):
    return {"size": 21, "track_total_hits": True, "_source": False, "stored_fields": "_none_", "docvalue_fields": ["businessId"],
            "query": {"bool": {"must": [q], "filter": [{"term": {"status": "OPEN"}}]}}, "sort": [{"_score": "desc"}, {"businessId": "asc"}],
            "aggregations": {"facets": {"terms": {"field": "facetKey", "size": 10000}}}}
def cf(text, msm="100%"):
    d = {"multi_match": {"query": text, "fields": ["name", "shopSignName", "address^0.3"], "type": "cross_fields"}}
    if msm: d["multi_match"]["minimum_should_match"] = msm
    return d
def bigram(text):
    return {"multi_match": {"query": text, "fields": ["name.bigram", "shopSignName.bigram"], "type": "most_fields", "boost": 3}}
def alltext(text):
    return {"match": {"allText": {"query": text, "operator": "and"}}}
def ids(r): return [h['fields']['businessId'][0] for h in r['hits']['hits']]
for text in ["兰州拉面", "桥头宾馆", "小吃", "面馆", "瓯北 理发"]:
    A = {"bool": {"must": [cf(text)], "should": [bigram(text)]}}
    B = {"bool": {"must": [alltext(text)], "should": [bigram(text)]}}
    C = {"bool": {"filter": [alltext(text)], "should": [cf(text, None), bigram(text)]}}
    D = {"bool": {"must": [alltext(text)], "should": [bigram(text), {"match": {"name": {"query": text, "boost": 0.5}}}]}}
    out = []
    res = {}
    for k, q in (("A cf", A), ("B alltext", B), ("C filter-alltext+should-cf", C), ("D alltext+name", D), ("A again", A)):
        ms, r = t(page(q)); res[k] = r; out.append(f"{k} {ms:.1f}")
    tot = {k: r['hits']['total']['value'] for k, r in res.items()}
    print(text, " | ".join(out), "| totals", set(tot.values()), "| C same hits, same order as A:", ids(res['C filter-alltext+should-cf']) == ids(res['A cf']), "B shares of A top 10:", len(set(ids(res['B alltext'])[:10]) & set(ids(res['A cf'])[:10])), flush=True)
