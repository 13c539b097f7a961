#!/usr/bin/env bash
# Runs every test: unit, database (embedded PostgreSQL), HTTP on loopback and headless-browser tests,
# plus the formatting check and the coverage report. Installs what the browser tests need first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-browser.sh
exec mvn -B -ntp verify "$@"
