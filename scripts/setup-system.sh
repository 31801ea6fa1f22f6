#!/usr/bin/env bash
# Installs the Debian packages used by the notebook and browser checks
# (`npm test` runs them when they are present, and requires them under CI=true).
# Safe to run again; does nothing when everything is already there.
set -euo pipefail
need=()
[ -x /usr/bin/jupyter ] || need+=(jupyter-nbconvert python3-nbclient)
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then echo "setup-system: run as root to install: ${need[*]}" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
echo "setup-system: jupyter and chromium ready"
