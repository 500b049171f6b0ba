#!/usr/bin/env bash
# Adds an EF Core migration named $1 to both providers (SQLite and PostgreSQL), so that they never drift apart.
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:?usage: scripts/add-migration.sh NAME}"
dotnet tool restore >/dev/null
for provider in Sqlite PostgreSql; do
  project="src/OpenGovInfo.Platform.$provider"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations \
    --context OpenGovInfoDbContext
done
