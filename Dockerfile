# syntax=docker/dockerfile:1
# `httpstatus serve` in a container: a static binary on distroless, running as non-root.
#
#   docker build -t httpstatus .
#   docker run --rm -p 8080:8080 httpstatus
#   docker run --rm -p 8080:8080 -e HTTPSTATUS_MAX_DELAY_MS=30000 httpstatus
#
# Every `serve` flag has an HTTPSTATUS_* environment twin, so the image is configured with
# `-e`; arguments after the image name are appended to the command line instead.

FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY . .
# A static-pie binary with the gnu target and a statically linked C runtime (the musl target
# is not needed): scripts/build-static, the build bench/start.sh measures.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cp "$(scripts/build-static)" /httpstatus \
    && /httpstatus --version

# No shell, no libc, no package manager: just the binary, CA certificates and /etc/passwd.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /httpstatus /httpstatus
USER nonroot:nonroot
EXPOSE 8080
# No HEALTHCHECK: distroless has no shell or curl to run one. Orchestrators probe
# GET /healthz themselves (see the README's Kubernetes example).
ENTRYPOINT ["/httpstatus", "serve", "--addr", "0.0.0.0:8080"]
