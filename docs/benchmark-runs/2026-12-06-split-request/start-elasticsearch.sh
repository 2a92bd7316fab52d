#!/bin/bash
# usage: start-elasticsearch.sh [SEARCH_POOL_SIZE]  (the launcher's node of that session, on its scratch data /tmp/prof/data,
# started by hand; stop it with: pkill -f -u yongjia-es elasticsearch)
H=/tmp/prof/data/elasticsearch
runuser -u yongjia-es -- env ES_JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64 ES_JAVA_OPTS="-Xms2g -Xmx2g" ES_TMPDIR=$H/es-tmp \
  $H/elasticsearch-9.2.8/bin/elasticsearch -E cluster.name=yongjia-shixiao -E node.name=embedded -E discovery.type=single-node \
  -E network.host=127.0.0.1 -E http.port=40601 -E transport.port=36221 -E path.data=$H/es-data -E path.logs=$H/es-logs \
  -E xpack.security.enabled=false -E cluster.routing.allocation.disk.threshold_enabled=false -E action.destructive_requires_name=false \
  ${1:+-E thread_pool.search.size=$1} > /tmp/prof/es-$1.log 2>&1 &
for i in $(seq 1 90); do
  if curl -s 'localhost:40601/_cluster/health?wait_for_status=green&timeout=1s' | grep -q '"status":"green"'; then break; fi; sleep 1
done
curl -s 'localhost:40601/_cat/thread_pool/search?h=name,size'
