#!/bin/bash
# Resumability benchmark (issue 16): three kill -9 at given moments during a build, then a resume; the export must
# equal that of an uninterrupted build of the same corpus.
# usage: src/test/scripts/kill-resume.sh CORPUS_DIR [SECONDS...]     (default moments: 19 27 23; from the repo root,
#        after 'mvn package'; make a corpus with 'java -jar target/newskg.jar bench corpus --out DIR ...')
set -u
corpus=$1; shift
moments=${*:-19 27 23}
jar="$(pwd)/target/newskg.jar"
run="java -Xmx512m -jar $jar"
work=$(mktemp -d)
$run build --store "$work/reference" --no-link --quiet --published 2026-03-05 "$corpus" > /dev/null
for wait in $moments; do
  $run build --store "$work/killed" --no-link --quiet --published 2026-03-05 "$corpus" > /dev/null 2>&1 &
  pid=$!
  sleep "$wait"
  kill -9 "$pid"; wait "$pid" 2> /dev/null
  echo "killed after $wait s: $($run query --store "$work/killed" --format csv articles | tail -n +2 | wc -l) articles stored"
done
$run build --store "$work/killed" --no-link --quiet --published 2026-03-05 "$corpus"
a=$(java -jar "$jar" export --store "$work/reference" --format nquads | sort | md5sum)
b=$(java -jar "$jar" export --store "$work/killed" --format nquads | sort | md5sum)
rm -rf "$work"
if [ "$a" = "$b" ]; then echo "the resumed store equals the uninterrupted one"; else echo "DIFFERENT"; exit 1; fi
