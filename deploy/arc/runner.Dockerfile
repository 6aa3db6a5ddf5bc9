# Hardened runner image for Kintsugi's jobs on ARC: the official runner image plus the toolchains
# the actions call (node for the actions, git, bubblewrap for network-isolated patch validation,
# ripgrep, python/pytest and go for flaky re-runs). Runs as the non-root `runner` user; the pod
# spec (values.yaml) mounts a read-only root with writable work, cache and temp volumes.
FROM ghcr.io/actions/actions-runner:latest

USER root
RUN apt-get update \
 && apt-get install -y --no-install-recommends \
      ca-certificates curl git bubblewrap ripgrep \
      python3 python3-pytest golang-go \
 && rm -rf /var/lib/apt/lists/* \
 # No setuid escapes from inside a job.
 && find / -xdev -perm /6000 -type f ! -path '/usr/bin/bwrap' -exec chmod a-s {} + 2>/dev/null || true

# Node 24 for the actions (runs.using: node24 is served by the runner itself; this one is for
# project test commands).
ARG NODE_MAJOR=24
RUN curl -fsSL https://deb.nodesource.com/setup_${NODE_MAJOR}.x | bash - \
 && apt-get install -y --no-install-recommends nodejs \
 && rm -rf /var/lib/apt/lists/*

# elan (the Lean toolchain manager) for lean-prove; the toolchain itself is installed per project
# from lean-toolchain into ELAN_HOME, a volume, so the root filesystem stays read-only.
ENV ELAN_HOME=/home/runner/.elan PATH=/home/runner/.elan/bin:$PATH

USER runner
WORKDIR /home/runner
