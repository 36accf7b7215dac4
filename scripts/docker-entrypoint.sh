#!/bin/sh
# Entry point of the studio service of docker-compose.yml: creates the administrator on the first start (a marker
# in the data volume remembers it, so a password changed later is never reset), then serves Studio on port 8080.
# The server applies the migrations and seeds Zou's default data itself when it starts.
set -eu
cd /src
dotnet build src/Studio.Web -c Release -nologo -v q
marker="${Studio__DataDirectory:-/data}/.admin-created"
if [ ! -f "$marker" ]; then
  dotnet run --no-build -c Release --project src/Studio.Web -- create-admin "$STUDIO_ADMIN_EMAIL" --password "$STUDIO_ADMIN_PASSWORD"
  touch "$marker"
fi
exec dotnet run --no-build -c Release --project src/Studio.Web -- --urls http://0.0.0.0:8080
