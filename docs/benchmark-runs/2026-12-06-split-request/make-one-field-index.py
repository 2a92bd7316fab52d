"""Copies the first N businesses of the alias "businesses" into an index "exp": the same settings and mapping as
search-index/src/main/resources/search-index/businesses.json, plus a field allText (han_unigram) that name,
shopSignName and address are copied to. Then refreshes and merges it to one segment.

usage: make-one-field-index.py N   (Elasticsearch on 127.0.0.1:40601, the port of that session's launcher)
"""
import json, http.client, sys
c = http.client.HTTPConnection('127.0.0.1', 40601)
def req(method, path, body=None, ct='application/json'):
    c.request(method, path, body if isinstance(body, (str, bytes)) or body is None else json.dumps(body), {'Content-Type': ct}); r = c.getresponse(); d = r.read()
    if r.status >= 300: raise SystemExit(d[:600])
    return json.loads(d) if d else None
m = json.load(open('/work/main/search-index/src/main/resources/search-index/businesses.json'))
p = m['mappings']['properties']
p['allText'] = {"type": "text", "analyzer": "han_unigram"}
for f in ('name', 'shopSignName', 'address'): p[f]['copy_to'] = 'allText'
m['settings'].setdefault('index', {})
try: req('DELETE', '/exp')
except SystemExit: pass
req('PUT', '/exp', m)
N = int(sys.argv[1])
r = req('POST', '/businesses/_search?scroll=2m', {"size": 5000, "sort": ["_doc"]})
n = 0
while r['hits']['hits'] and n < N:
    lines = []
    for h in r['hits']['hits']:
        lines.append(json.dumps({"index": {"_id": h['_id']}})); lines.append(json.dumps(h['_source']))
    req('POST', '/exp/_bulk', "\n".join(lines) + "\n", 'application/x-ndjson')
    n += len(r['hits']['hits'])
    r = req('POST', '/_search/scroll', {"scroll": "2m", "scroll_id": r['_scroll_id']})
req('POST', '/exp/_refresh'); req('POST', '/exp/_forcemerge?max_num_segments=1')
print(n, req('GET', '/exp/_count'))
