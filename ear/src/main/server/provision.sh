#!/usr/bin/env bash
# Configures the unpacked WildFly for QualityWatch with configure.cli (offline, embedded server).
# Reruns only when the CLI script or the driver changed; always starts from the stock configuration.
set -euo pipefail
server=$1
driver=$2
here=$(cd "$(dirname "$0")" && pwd)
config=$server/standalone/configuration
stamp=$server/.qualitywatch-configured
want=$(cat "$here/configure.cli" "$driver" "$0" | sha256sum | cut -d' ' -f1)
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want" ]; then
  echo "WildFly at $server is already configured"
  exit 0
fi
cp "$config/standalone-full.xml" "$config/qualitywatch.xml"
rm -rf "$server/modules/org/postgresql" "$config/standalone_xml_history"
cli=$(mktemp)
trap 'rm -f "$cli"' EXIT
sed "s#@PG_JAR@#$driver#" "$here/configure.cli" > "$cli"
chmod +x "$server"/bin/*.sh
JAVA_OPTS="-Xmx512m" "$server/bin/jboss-cli.sh" --file="$cli"
rm -rf "$config/standalone_xml_history" "$server/standalone/data" "$server/standalone/log" "$server/standalone/tmp"
echo "$want" > "$stamp"
echo "WildFly at $server configured for QualityWatch"
