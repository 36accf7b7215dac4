#!/usr/bin/env bash
# Runs Studio on this machine with the embedded SQLite database (data under ./data): installs ffmpeg if it
# is missing, applies migrations, seeds Zou's default data and an admin, then serves on the printed URL.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v ffmpeg >/dev/null 2>&1; then
  echo "Installing ffmpeg ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq ffmpeg >/dev/null
fi

url=${STUDIO_URL:-http://127.0.0.1:5080}
email=${STUDIO_ADMIN_EMAIL:-admin@example.com}
password=${STUDIO_ADMIN_PASSWORD:-mysecretpassword}
dotnet build src/Studio.Web -c Release -nologo -v q
web=(dotnet run --no-build -c Release --project src/Studio.Web --)
"${web[@]}" migrate
"${web[@]}" init-data
"${web[@]}" create-admin "$email" --password "$password"
echo
echo "Studio is starting on $url"
echo "Sign in with $email / $password  (API: POST $url/api/auth/login)"
echo
exec "${web[@]}" --urls "$url"
