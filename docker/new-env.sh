#!/usr/bin/env bash
# Prints random secrets for docker/compose.yml, one VARIABLE=value a line: docker/new-env.sh > docker/.env
# (compose reads docker/.env; it is not committed). Run it once: Keycloak keeps the client secret it imported first.
set -euo pipefail
for name in QUIZ_DB_PASSWORD QUIZ_OIDC_SECRET QUIZ_SESSION_SECRET ARENA_ROOM_GUEST_SECRET ARENA_CLUSTER_SECRET \
    KEYCLOAK_ADMIN_PASSWORD; do
    printf '%s=%s\n' "$name" "$(head -c 36 /dev/urandom | base64 -w 0 | tr '+/' '-_')"
done
