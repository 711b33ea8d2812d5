# nginx as a yardstick (bench/nginx.sh, bench/connmem.sh): source after bench/lib/common.sh.

# Installs nginx from Debian when it is missing.
need_nginx() {
    if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
        echo "== installing nginx" >&2
        apt-get update && apt-get install -y nginx
    fi
}

# Starts nginx (master plus NGINX_WORKERS worker processes, default one, in the foreground, as
# a background job) on PORT with everything under DIR. It answers
#   GET /status/418  418 with the 17-byte text body ours and the minimal server send;
#   GET /en/404      DIR/root/en/404, or DIR/root/en/404.gz as is (`gzip_static`) when the
#                    request accepts gzip, with the header fields ours sends with the page
#                    (so that both write the same response, byte for byte in the content).
# Access log off (ours logs no access by default), open files cached (as a tuned nginx
# would: without the cache it opens and closes the page on every request), keep-alive connections never closed by a
# request count (nginx's default closes them every 1 000 requests, which would cost it
# reconnections our server does not pay). Sets NGINX_MASTER and NGINX_WORKER (pids; NGINX_WORKER is
# the first worker, nginx_workers lists them all).
nginx_start() { # DIR PORT
    local dir=$1 port=$2 nginx
    nginx=$(command -v nginx || echo /usr/sbin/nginx)
    mkdir -p "$dir/logs" "$dir/tmp" "$dir/root/en"
    cat >"$dir/nginx.conf" <<CONF
worker_processes ${NGINX_WORKERS:-1};
daemon off;
pid $dir/nginx.pid;
error_log $dir/logs/error.log warn;
worker_rlimit_nofile 20000;
events { worker_connections 19000; }
http {
    access_log off;
    server_tokens off;
    keepalive_requests 100000000;
    keepalive_timeout 120s;
    open_file_cache max=64 inactive=600s;
    open_file_cache_valid 600s;
    client_body_temp_path $dir/tmp;
    proxy_temp_path $dir/tmp;
    fastcgi_temp_path $dir/tmp;
    uwsgi_temp_path $dir/tmp;
    scgi_temp_path $dir/tmp;
    server {
        listen 127.0.0.1:$port;
        root $dir/root;
        location = /status/418 {
            default_type "text/plain; charset=utf-8";
            add_header Vary "*" always;
            add_header Access-Control-Allow-Origin "*" always;
            return 418 "418 I'm a teapot\n";
        }
        location = /en/404 {
            default_type "text/html; charset=utf-8";
            gzip_static on;
            gzip_vary on;
            add_header Cache-Control "public, max-age=300";
            add_header X-Content-Type-Options nosniff;
            add_header Content-Language en;
            add_header Content-Security-Policy "$(cat "$dir/csp" 2>/dev/null || true)";
            add_header Access-Control-Allow-Origin "*";
            add_header Access-Control-Expose-Headers "etag, x-content-type-options, content-security-policy, content-encoding";
        }
    }
}
CONF
    "$nginx" -c "$dir/nginx.conf" >"$dir/logs/stdout.log" 2>&1 &
    NGINX_MASTER=$!
    NGINX_WORKER=""
    for _ in $(seq 1 200); do
        if [ "$(pgrep -P "$NGINX_MASTER" | wc -l)" -ge "${NGINX_WORKERS:-1}" ]; then
            NGINX_WORKER=$(pgrep -P "$NGINX_MASTER" | head -1)
            return 0
        fi
        sleep 0.01
    done
    echo "nginx did not start: $(cat "$dir/logs/"*)" >&2
    return 1
}

# The pids of nginx's workers, one per line.
nginx_workers() {
    pgrep -P "$NGINX_MASTER"
}

# Copies ours's /en/404 (plain and gzip) and its CSP into DIR for nginx_start. URL: ours's base.
nginx_page_from() { # DIR BASE_URL
    local dir=$1 base=$2
    mkdir -p "$dir/root/en"
    curl -sf "$base/en/404" -o "$dir/root/en/404"
    curl -sf -H 'Accept-Encoding: gzip' "$base/en/404" -o "$dir/root/en/404.gz"
    curl -sf -D - -o /dev/null "$base/en/404" |
        awk -F': ' 'tolower($1) == "content-security-policy" {sub(/\r$/, "", $2); print $2}' >"$dir/csp"
}
