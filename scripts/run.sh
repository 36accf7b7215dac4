#!/usr/bin/env bash
# Runs Studio on this machine with the embedded SQLite database (data under ./data): installs ffmpeg (and
# fontconfig) if missing, applies migrations, seeds Zou's default data and an admin, then serves on the printed URL.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v ffmpeg >/dev/null 2>&1 || need+=(ffmpeg)
# SkiaSharp's native library (pictures) links against fontconfig.
ldconfig -p | grep -q libfontconfig.so.1 || need+=(libfontconfig1)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${need[@]}" >/dev/null
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
