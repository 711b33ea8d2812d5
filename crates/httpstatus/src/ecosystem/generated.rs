//! Generated from `data/ecosystems.toml` by `cargo test -p httpstatus-codegen`.
//! Do not edit by hand: edit the data file and run that command.

use crate::ecosystem::{Checked, Constant, Ecosystem};

pub(crate) static ECOSYSTEMS: [Ecosystem; 9] = [
    Ecosystem {
        id: "rust",
        language: "Rust",
        library: "http",
        version: "1.5.0",
        expression: "http::StatusCode::{name}",
        checked: Checked::Test,
        source: "crates.io http 1.5.0, src/status.rs (the status_codes! table)",
        constants: &[
            Constant {
                code: 100,
                name: "CONTINUE",
                phrase: Some("Continue"),
            },
            Constant {
                code: 101,
                name: "SWITCHING_PROTOCOLS",
                phrase: Some("Switching Protocols"),
            },
            Constant {
                code: 102,
                name: "PROCESSING",
                phrase: Some("Processing"),
            },
            Constant {
                code: 103,
                name: "EARLY_HINTS",
                phrase: Some("Early Hints"),
            },
            Constant {
                code: 200,
                name: "OK",
                phrase: Some("OK"),
            },
            Constant {
                code: 201,
                name: "CREATED",
                phrase: Some("Created"),
            },
            Constant {
                code: 202,
                name: "ACCEPTED",
                phrase: Some("Accepted"),
            },
            Constant {
                code: 203,
                name: "NON_AUTHORITATIVE_INFORMATION",
                phrase: Some("Non Authoritative Information"),
            },
            Constant {
                code: 204,
                name: "NO_CONTENT",
                phrase: Some("No Content"),
            },
            Constant {
                code: 205,
                name: "RESET_CONTENT",
                phrase: Some("Reset Content"),
            },
            Constant {
                code: 206,
                name: "PARTIAL_CONTENT",
                phrase: Some("Partial Content"),
            },
            Constant {
                code: 207,
                name: "MULTI_STATUS",
                phrase: Some("Multi-Status"),
            },
            Constant {
                code: 208,
                name: "ALREADY_REPORTED",
                phrase: Some("Already Reported"),
            },
            Constant {
                code: 226,
                name: "IM_USED",
                phrase: Some("IM Used"),
            },
            Constant {
                code: 300,
                name: "MULTIPLE_CHOICES",
                phrase: Some("Multiple Choices"),
            },
            Constant {
                code: 301,
                name: "MOVED_PERMANENTLY",
                phrase: Some("Moved Permanently"),
            },
            Constant {
                code: 302,
                name: "FOUND",
                phrase: Some("Found"),
            },
            Constant {
                code: 303,
                name: "SEE_OTHER",
                phrase: Some("See Other"),
            },
            Constant {
                code: 304,
                name: "NOT_MODIFIED",
                phrase: Some("Not Modified"),
            },
            Constant {
                code: 305,
                name: "USE_PROXY",
                phrase: Some("Use Proxy"),
            },
            Constant {
                code: 307,
                name: "TEMPORARY_REDIRECT",
                phrase: Some("Temporary Redirect"),
            },
            Constant {
                code: 308,
                name: "PERMANENT_REDIRECT",
                phrase: Some("Permanent Redirect"),
            },
            Constant {
                code: 400,
                name: "BAD_REQUEST",
                phrase: Some("Bad Request"),
            },
            Constant {
                code: 401,
                name: "UNAUTHORIZED",
                phrase: Some("Unauthorized"),
            },
            Constant {
                code: 402,
                name: "PAYMENT_REQUIRED",
                phrase: Some("Payment Required"),
            },
            Constant {
                code: 403,
                name: "FORBIDDEN",
                phrase: Some("Forbidden"),
            },
            Constant {
                code: 404,
                name: "NOT_FOUND",
                phrase: Some("Not Found"),
            },
            Constant {
                code: 405,
                name: "METHOD_NOT_ALLOWED",
                phrase: Some("Method Not Allowed"),
            },
            Constant {
                code: 406,
                name: "NOT_ACCEPTABLE",
                phrase: Some("Not Acceptable"),
            },
            Constant {
                code: 407,
                name: "PROXY_AUTHENTICATION_REQUIRED",
                phrase: Some("Proxy Authentication Required"),
            },
            Constant {
                code: 408,
                name: "REQUEST_TIMEOUT",
                phrase: Some("Request Timeout"),
            },
            Constant {
                code: 409,
                name: "CONFLICT",
                phrase: Some("Conflict"),
            },
            Constant {
                code: 410,
                name: "GONE",
                phrase: Some("Gone"),
            },
            Constant {
                code: 411,
                name: "LENGTH_REQUIRED",
                phrase: Some("Length Required"),
            },
            Constant {
                code: 412,
                name: "PRECONDITION_FAILED",
                phrase: Some("Precondition Failed"),
            },
            Constant {
                code: 413,
                name: "PAYLOAD_TOO_LARGE",
                phrase: Some("Payload Too Large"),
            },
            Constant {
                code: 414,
                name: "URI_TOO_LONG",
                phrase: Some("URI Too Long"),
            },
            Constant {
                code: 415,
                name: "UNSUPPORTED_MEDIA_TYPE",
                phrase: Some("Unsupported Media Type"),
            },
            Constant {
                code: 416,
                name: "RANGE_NOT_SATISFIABLE",
                phrase: Some("Range Not Satisfiable"),
            },
            Constant {
                code: 417,
                name: "EXPECTATION_FAILED",
                phrase: Some("Expectation Failed"),
            },
            Constant {
                code: 418,
                name: "IM_A_TEAPOT",
                phrase: Some("I'm a teapot"),
            },
            Constant {
                code: 421,
                name: "MISDIRECTED_REQUEST",
                phrase: Some("Misdirected Request"),
            },
            Constant {
                code: 422,
                name: "UNPROCESSABLE_ENTITY",
                phrase: Some("Unprocessable Entity"),
            },
            Constant {
                code: 423,
                name: "LOCKED",
                phrase: Some("Locked"),
            },
            Constant {
                code: 424,
                name: "FAILED_DEPENDENCY",
                phrase: Some("Failed Dependency"),
            },
            Constant {
                code: 425,
                name: "TOO_EARLY",
                phrase: Some("Too Early"),
            },
            Constant {
                code: 426,
                name: "UPGRADE_REQUIRED",
                phrase: Some("Upgrade Required"),
            },
            Constant {
                code: 428,
                name: "PRECONDITION_REQUIRED",
                phrase: Some("Precondition Required"),
            },
            Constant {
                code: 429,
                name: "TOO_MANY_REQUESTS",
                phrase: Some("Too Many Requests"),
            },
            Constant {
                code: 431,
                name: "REQUEST_HEADER_FIELDS_TOO_LARGE",
                phrase: Some("Request Header Fields Too Large"),
            },
            Constant {
                code: 451,
                name: "UNAVAILABLE_FOR_LEGAL_REASONS",
                phrase: Some("Unavailable For Legal Reasons"),
            },
            Constant {
                code: 500,
                name: "INTERNAL_SERVER_ERROR",
                phrase: Some("Internal Server Error"),
            },
            Constant {
                code: 501,
                name: "NOT_IMPLEMENTED",
                phrase: Some("Not Implemented"),
            },
            Constant {
                code: 502,
                name: "BAD_GATEWAY",
                phrase: Some("Bad Gateway"),
            },
            Constant {
                code: 503,
                name: "SERVICE_UNAVAILABLE",
                phrase: Some("Service Unavailable"),
            },
            Constant {
                code: 504,
                name: "GATEWAY_TIMEOUT",
                phrase: Some("Gateway Timeout"),
            },
            Constant {
                code: 505,
                name: "HTTP_VERSION_NOT_SUPPORTED",
                phrase: Some("HTTP Version Not Supported"),
            },
            Constant {
                code: 506,
                name: "VARIANT_ALSO_NEGOTIATES",
                phrase: Some("Variant Also Negotiates"),
            },
            Constant {
                code: 507,
                name: "INSUFFICIENT_STORAGE",
                phrase: Some("Insufficient Storage"),
            },
            Constant {
                code: 508,
                name: "LOOP_DETECTED",
                phrase: Some("Loop Detected"),
            },
            Constant {
                code: 510,
                name: "NOT_EXTENDED",
                phrase: Some("Not Extended"),
            },
            Constant {
                code: 511,
                name: "NETWORK_AUTHENTICATION_REQUIRED",
                phrase: Some("Network Authentication Required"),
            },
        ],
    },
    Ecosystem {
        id: "python",
        language: "Python",
        library: "http.HTTPStatus",
        version: "3.11",
        expression: "HTTPStatus.{name}",
        checked: Checked::Test,
        source: "CPython 3.11 Lib/http/__init__.py, as python3 enumerates http.HTTPStatus",
        constants: &[
            Constant {
                code: 100,
                name: "CONTINUE",
                phrase: Some("Continue"),
            },
            Constant {
                code: 101,
                name: "SWITCHING_PROTOCOLS",
                phrase: Some("Switching Protocols"),
            },
            Constant {
                code: 102,
                name: "PROCESSING",
                phrase: Some("Processing"),
            },
            Constant {
                code: 103,
                name: "EARLY_HINTS",
                phrase: Some("Early Hints"),
            },
            Constant {
                code: 200,
                name: "OK",
                phrase: Some("OK"),
            },
            Constant {
                code: 201,
                name: "CREATED",
                phrase: Some("Created"),
            },
            Constant {
                code: 202,
                name: "ACCEPTED",
                phrase: Some("Accepted"),
            },
            Constant {
                code: 203,
                name: "NON_AUTHORITATIVE_INFORMATION",
                phrase: Some("Non-Authoritative Information"),
            },
            Constant {
                code: 204,
                name: "NO_CONTENT",
                phrase: Some("No Content"),
            },
            Constant {
                code: 205,
                name: "RESET_CONTENT",
                phrase: Some("Reset Content"),
            },
            Constant {
                code: 206,
                name: "PARTIAL_CONTENT",
                phrase: Some("Partial Content"),
            },
            Constant {
                code: 207,
                name: "MULTI_STATUS",
                phrase: Some("Multi-Status"),
            },
            Constant {
                code: 208,
                name: "ALREADY_REPORTED",
                phrase: Some("Already Reported"),
            },
            Constant {
                code: 226,
                name: "IM_USED",
                phrase: Some("IM Used"),
            },
            Constant {
                code: 300,
                name: "MULTIPLE_CHOICES",
                phrase: Some("Multiple Choices"),
            },
            Constant {
                code: 301,
                name: "MOVED_PERMANENTLY",
                phrase: Some("Moved Permanently"),
            },
            Constant {
                code: 302,
                name: "FOUND",
                phrase: Some("Found"),
            },
            Constant {
                code: 303,
                name: "SEE_OTHER",
                phrase: Some("See Other"),
            },
            Constant {
                code: 304,
                name: "NOT_MODIFIED",
                phrase: Some("Not Modified"),
            },
            Constant {
                code: 305,
                name: "USE_PROXY",
                phrase: Some("Use Proxy"),
            },
            Constant {
                code: 307,
                name: "TEMPORARY_REDIRECT",
                phrase: Some("Temporary Redirect"),
            },
            Constant {
                code: 308,
                name: "PERMANENT_REDIRECT",
                phrase: Some("Permanent Redirect"),
            },
            Constant {
                code: 400,
                name: "BAD_REQUEST",
                phrase: Some("Bad Request"),
            },
            Constant {
                code: 401,
                name: "UNAUTHORIZED",
                phrase: Some("Unauthorized"),
            },
            Constant {
                code: 402,
                name: "PAYMENT_REQUIRED",
                phrase: Some("Payment Required"),
            },
            Constant {
                code: 403,
                name: "FORBIDDEN",
                phrase: Some("Forbidden"),
            },
            Constant {
                code: 404,
                name: "NOT_FOUND",
                phrase: Some("Not Found"),
            },
            Constant {
                code: 405,
                name: "METHOD_NOT_ALLOWED",
                phrase: Some("Method Not Allowed"),
            },
            Constant {
                code: 406,
                name: "NOT_ACCEPTABLE",
                phrase: Some("Not Acceptable"),
            },
            Constant {
                code: 407,
                name: "PROXY_AUTHENTICATION_REQUIRED",
                phrase: Some("Proxy Authentication Required"),
            },
            Constant {
                code: 408,
                name: "REQUEST_TIMEOUT",
                phrase: Some("Request Timeout"),
            },
            Constant {
                code: 409,
                name: "CONFLICT",
                phrase: Some("Conflict"),
            },
            Constant {
                code: 410,
                name: "GONE",
                phrase: Some("Gone"),
            },
            Constant {
                code: 411,
                name: "LENGTH_REQUIRED",
                phrase: Some("Length Required"),
            },
            Constant {
                code: 412,
                name: "PRECONDITION_FAILED",
                phrase: Some("Precondition Failed"),
            },
            Constant {
                code: 413,
                name: "REQUEST_ENTITY_TOO_LARGE",
                phrase: Some("Request Entity Too Large"),
            },
            Constant {
                code: 414,
                name: "REQUEST_URI_TOO_LONG",
                phrase: Some("Request-URI Too Long"),
            },
            Constant {
                code: 415,
                name: "UNSUPPORTED_MEDIA_TYPE",
                phrase: Some("Unsupported Media Type"),
            },
            Constant {
                code: 416,
                name: "REQUESTED_RANGE_NOT_SATISFIABLE",
                phrase: Some("Requested Range Not Satisfiable"),
            },
            Constant {
                code: 417,
                name: "EXPECTATION_FAILED",
                phrase: Some("Expectation Failed"),
            },
            Constant {
                code: 418,
                name: "IM_A_TEAPOT",
                phrase: Some("I'm a Teapot"),
            },
            Constant {
                code: 421,
                name: "MISDIRECTED_REQUEST",
                phrase: Some("Misdirected Request"),
            },
            Constant {
                code: 422,
                name: "UNPROCESSABLE_ENTITY",
                phrase: Some("Unprocessable Entity"),
            },
            Constant {
                code: 423,
                name: "LOCKED",
                phrase: Some("Locked"),
            },
            Constant {
                code: 424,
                name: "FAILED_DEPENDENCY",
                phrase: Some("Failed Dependency"),
            },
            Constant {
                code: 425,
                name: "TOO_EARLY",
                phrase: Some("Too Early"),
            },
            Constant {
                code: 426,
                name: "UPGRADE_REQUIRED",
                phrase: Some("Upgrade Required"),
            },
            Constant {
                code: 428,
                name: "PRECONDITION_REQUIRED",
                phrase: Some("Precondition Required"),
            },
            Constant {
                code: 429,
                name: "TOO_MANY_REQUESTS",
                phrase: Some("Too Many Requests"),
            },
            Constant {
                code: 431,
                name: "REQUEST_HEADER_FIELDS_TOO_LARGE",
                phrase: Some("Request Header Fields Too Large"),
            },
            Constant {
                code: 451,
                name: "UNAVAILABLE_FOR_LEGAL_REASONS",
                phrase: Some("Unavailable For Legal Reasons"),
            },
            Constant {
                code: 500,
                name: "INTERNAL_SERVER_ERROR",
                phrase: Some("Internal Server Error"),
            },
            Constant {
                code: 501,
                name: "NOT_IMPLEMENTED",
                phrase: Some("Not Implemented"),
            },
            Constant {
                code: 502,
                name: "BAD_GATEWAY",
                phrase: Some("Bad Gateway"),
            },
            Constant {
                code: 503,
                name: "SERVICE_UNAVAILABLE",
                phrase: Some("Service Unavailable"),
            },
            Constant {
                code: 504,
                name: "GATEWAY_TIMEOUT",
                phrase: Some("Gateway Timeout"),
            },
            Constant {
                code: 505,
                name: "HTTP_VERSION_NOT_SUPPORTED",
                phrase: Some("HTTP Version Not Supported"),
            },
            Constant {
                code: 506,
                name: "VARIANT_ALSO_NEGOTIATES",
                phrase: Some("Variant Also Negotiates"),
            },
            Constant {
                code: 507,
                name: "INSUFFICIENT_STORAGE",
                phrase: Some("Insufficient Storage"),
            },
            Constant {
                code: 508,
                name: "LOOP_DETECTED",
                phrase: Some("Loop Detected"),
            },
            Constant {
                code: 510,
                name: "NOT_EXTENDED",
                phrase: Some("Not Extended"),
            },
            Constant {
                code: 511,
                name: "NETWORK_AUTHENTICATION_REQUIRED",
                phrase: Some("Network Authentication Required"),
            },
        ],
    },
    Ecosystem {
        id: "go",
        language: "Go",
        library: "net/http",
        version: "1.19.8",
        expression: "http.{name}",
        checked: Checked::Test,
        source: "Debian golang-1.19-src 1.19.8-2, src/net/http/status.go",
        constants: &[
            Constant {
                code: 100,
                name: "StatusContinue",
                phrase: Some("Continue"),
            },
            Constant {
                code: 101,
                name: "StatusSwitchingProtocols",
                phrase: Some("Switching Protocols"),
            },
            Constant {
                code: 102,
                name: "StatusProcessing",
                phrase: Some("Processing"),
            },
            Constant {
                code: 103,
                name: "StatusEarlyHints",
                phrase: Some("Early Hints"),
            },
            Constant {
                code: 200,
                name: "StatusOK",
                phrase: Some("OK"),
            },
            Constant {
                code: 201,
                name: "StatusCreated",
                phrase: Some("Created"),
            },
            Constant {
                code: 202,
                name: "StatusAccepted",
                phrase: Some("Accepted"),
            },
            Constant {
                code: 203,
                name: "StatusNonAuthoritativeInfo",
                phrase: Some("Non-Authoritative Information"),
            },
            Constant {
                code: 204,
                name: "StatusNoContent",
                phrase: Some("No Content"),
            },
            Constant {
                code: 205,
                name: "StatusResetContent",
                phrase: Some("Reset Content"),
            },
            Constant {
                code: 206,
                name: "StatusPartialContent",
                phrase: Some("Partial Content"),
            },
            Constant {
                code: 207,
                name: "StatusMultiStatus",
                phrase: Some("Multi-Status"),
            },
            Constant {
                code: 208,
                name: "StatusAlreadyReported",
                phrase: Some("Already Reported"),
            },
            Constant {
                code: 226,
                name: "StatusIMUsed",
                phrase: Some("IM Used"),
            },
            Constant {
                code: 300,
                name: "StatusMultipleChoices",
                phrase: Some("Multiple Choices"),
            },
            Constant {
                code: 301,
                name: "StatusMovedPermanently",
                phrase: Some("Moved Permanently"),
            },
            Constant {
                code: 302,
                name: "StatusFound",
                phrase: Some("Found"),
            },
            Constant {
                code: 303,
                name: "StatusSeeOther",
                phrase: Some("See Other"),
            },
            Constant {
                code: 304,
                name: "StatusNotModified",
                phrase: Some("Not Modified"),
            },
            Constant {
                code: 305,
                name: "StatusUseProxy",
                phrase: Some("Use Proxy"),
            },
            Constant {
                code: 307,
                name: "StatusTemporaryRedirect",
                phrase: Some("Temporary Redirect"),
            },
            Constant {
                code: 308,
                name: "StatusPermanentRedirect",
                phrase: Some("Permanent Redirect"),
            },
            Constant {
                code: 400,
                name: "StatusBadRequest",
                phrase: Some("Bad Request"),
            },
            Constant {
                code: 401,
                name: "StatusUnauthorized",
                phrase: Some("Unauthorized"),
            },
            Constant {
                code: 402,
                name: "StatusPaymentRequired",
                phrase: Some("Payment Required"),
            },
            Constant {
                code: 403,
                name: "StatusForbidden",
                phrase: Some("Forbidden"),
            },
            Constant {
                code: 404,
                name: "StatusNotFound",
                phrase: Some("Not Found"),
            },
            Constant {
                code: 405,
                name: "StatusMethodNotAllowed",
                phrase: Some("Method Not Allowed"),
            },
            Constant {
                code: 406,
                name: "StatusNotAcceptable",
                phrase: Some("Not Acceptable"),
            },
            Constant {
                code: 407,
                name: "StatusProxyAuthRequired",
                phrase: Some("Proxy Authentication Required"),
            },
            Constant {
                code: 408,
                name: "StatusRequestTimeout",
                phrase: Some("Request Timeout"),
            },
            Constant {
                code: 409,
                name: "StatusConflict",
                phrase: Some("Conflict"),
            },
            Constant {
                code: 410,
                name: "StatusGone",
                phrase: Some("Gone"),
            },
            Constant {
                code: 411,
                name: "StatusLengthRequired",
                phrase: Some("Length Required"),
            },
            Constant {
                code: 412,
                name: "StatusPreconditionFailed",
                phrase: Some("Precondition Failed"),
            },
            Constant {
                code: 413,
                name: "StatusRequestEntityTooLarge",
                phrase: Some("Request Entity Too Large"),
            },
            Constant {
                code: 414,
                name: "StatusRequestURITooLong",
                phrase: Some("Request URI Too Long"),
            },
            Constant {
                code: 415,
                name: "StatusUnsupportedMediaType",
                phrase: Some("Unsupported Media Type"),
            },
            Constant {
                code: 416,
                name: "StatusRequestedRangeNotSatisfiable",
                phrase: Some("Requested Range Not Satisfiable"),
            },
            Constant {
                code: 417,
                name: "StatusExpectationFailed",
                phrase: Some("Expectation Failed"),
            },
            Constant {
                code: 418,
                name: "StatusTeapot",
                phrase: Some("I'm a teapot"),
            },
            Constant {
                code: 421,
                name: "StatusMisdirectedRequest",
                phrase: Some("Misdirected Request"),
            },
            Constant {
                code: 422,
                name: "StatusUnprocessableEntity",
                phrase: Some("Unprocessable Entity"),
            },
            Constant {
                code: 423,
                name: "StatusLocked",
                phrase: Some("Locked"),
            },
            Constant {
                code: 424,
                name: "StatusFailedDependency",
                phrase: Some("Failed Dependency"),
            },
            Constant {
                code: 425,
                name: "StatusTooEarly",
                phrase: Some("Too Early"),
            },
            Constant {
                code: 426,
                name: "StatusUpgradeRequired",
                phrase: Some("Upgrade Required"),
            },
            Constant {
                code: 428,
                name: "StatusPreconditionRequired",
                phrase: Some("Precondition Required"),
            },
            Constant {
                code: 429,
                name: "StatusTooManyRequests",
                phrase: Some("Too Many Requests"),
            },
            Constant {
                code: 431,
                name: "StatusRequestHeaderFieldsTooLarge",
                phrase: Some("Request Header Fields Too Large"),
            },
            Constant {
                code: 451,
                name: "StatusUnavailableForLegalReasons",
                phrase: Some("Unavailable For Legal Reasons"),
            },
            Constant {
                code: 500,
                name: "StatusInternalServerError",
                phrase: Some("Internal Server Error"),
            },
            Constant {
                code: 501,
                name: "StatusNotImplemented",
                phrase: Some("Not Implemented"),
            },
            Constant {
                code: 502,
                name: "StatusBadGateway",
                phrase: Some("Bad Gateway"),
            },
            Constant {
                code: 503,
                name: "StatusServiceUnavailable",
                phrase: Some("Service Unavailable"),
            },
            Constant {
                code: 504,
                name: "StatusGatewayTimeout",
                phrase: Some("Gateway Timeout"),
            },
            Constant {
                code: 505,
                name: "StatusHTTPVersionNotSupported",
                phrase: Some("HTTP Version Not Supported"),
            },
            Constant {
                code: 506,
                name: "StatusVariantAlsoNegotiates",
                phrase: Some("Variant Also Negotiates"),
            },
            Constant {
                code: 507,
                name: "StatusInsufficientStorage",
                phrase: Some("Insufficient Storage"),
            },
            Constant {
                code: 508,
                name: "StatusLoopDetected",
                phrase: Some("Loop Detected"),
            },
            Constant {
                code: 510,
                name: "StatusNotExtended",
                phrase: Some("Not Extended"),
            },
            Constant {
                code: 511,
                name: "StatusNetworkAuthenticationRequired",
                phrase: Some("Network Authentication Required"),
            },
        ],
    },
    Ecosystem {
        id: "java",
        language: "Java",
        library: "Spring Framework HttpStatus",
        version: "6.0 (before 6.0.5)",
        expression: "HttpStatus.{name}",
        checked: Checked::Read,
        source: "spring-projects/spring-framework spring-web/src/main/java/org/springframework/http/HttpStatus.java at commit 002040239d2c4b3f345286a8af4c38a2b6b34f77 (HttpStatusCode interface of 6.0, 103 still CHECKPOINT)",
        constants: &[
            Constant {
                code: 100,
                name: "CONTINUE",
                phrase: Some("Continue"),
            },
            Constant {
                code: 101,
                name: "SWITCHING_PROTOCOLS",
                phrase: Some("Switching Protocols"),
            },
            Constant {
                code: 102,
                name: "PROCESSING",
                phrase: Some("Processing"),
            },
            Constant {
                code: 103,
                name: "CHECKPOINT",
                phrase: Some("Checkpoint"),
            },
            Constant {
                code: 200,
                name: "OK",
                phrase: Some("OK"),
            },
            Constant {
                code: 201,
                name: "CREATED",
                phrase: Some("Created"),
            },
            Constant {
                code: 202,
                name: "ACCEPTED",
                phrase: Some("Accepted"),
            },
            Constant {
                code: 203,
                name: "NON_AUTHORITATIVE_INFORMATION",
                phrase: Some("Non-Authoritative Information"),
            },
            Constant {
                code: 204,
                name: "NO_CONTENT",
                phrase: Some("No Content"),
            },
            Constant {
                code: 205,
                name: "RESET_CONTENT",
                phrase: Some("Reset Content"),
            },
            Constant {
                code: 206,
                name: "PARTIAL_CONTENT",
                phrase: Some("Partial Content"),
            },
            Constant {
                code: 207,
                name: "MULTI_STATUS",
                phrase: Some("Multi-Status"),
            },
            Constant {
                code: 208,
                name: "ALREADY_REPORTED",
                phrase: Some("Already Reported"),
            },
            Constant {
                code: 226,
                name: "IM_USED",
                phrase: Some("IM Used"),
            },
            Constant {
                code: 300,
                name: "MULTIPLE_CHOICES",
                phrase: Some("Multiple Choices"),
            },
            Constant {
                code: 301,
                name: "MOVED_PERMANENTLY",
                phrase: Some("Moved Permanently"),
            },
            Constant {
                code: 302,
                name: "FOUND",
                phrase: Some("Found"),
            },
            Constant {
                code: 303,
                name: "SEE_OTHER",
                phrase: Some("See Other"),
            },
            Constant {
                code: 304,
                name: "NOT_MODIFIED",
                phrase: Some("Not Modified"),
            },
            Constant {
                code: 305,
                name: "USE_PROXY",
                phrase: Some("Use Proxy"),
            },
            Constant {
                code: 307,
                name: "TEMPORARY_REDIRECT",
                phrase: Some("Temporary Redirect"),
            },
            Constant {
                code: 308,
                name: "PERMANENT_REDIRECT",
                phrase: Some("Permanent Redirect"),
            },
            Constant {
                code: 400,
                name: "BAD_REQUEST",
                phrase: Some("Bad Request"),
            },
            Constant {
                code: 401,
                name: "UNAUTHORIZED",
                phrase: Some("Unauthorized"),
            },
            Constant {
                code: 402,
                name: "PAYMENT_REQUIRED",
                phrase: Some("Payment Required"),
            },
            Constant {
                code: 403,
                name: "FORBIDDEN",
                phrase: Some("Forbidden"),
            },
            Constant {
                code: 404,
                name: "NOT_FOUND",
                phrase: Some("Not Found"),
            },
            Constant {
                code: 405,
                name: "METHOD_NOT_ALLOWED",
                phrase: Some("Method Not Allowed"),
            },
            Constant {
                code: 406,
                name: "NOT_ACCEPTABLE",
                phrase: Some("Not Acceptable"),
            },
            Constant {
                code: 407,
                name: "PROXY_AUTHENTICATION_REQUIRED",
                phrase: Some("Proxy Authentication Required"),
            },
            Constant {
                code: 408,
                name: "REQUEST_TIMEOUT",
                phrase: Some("Request Timeout"),
            },
            Constant {
                code: 409,
                name: "CONFLICT",
                phrase: Some("Conflict"),
            },
            Constant {
                code: 410,
                name: "GONE",
                phrase: Some("Gone"),
            },
            Constant {
                code: 411,
                name: "LENGTH_REQUIRED",
                phrase: Some("Length Required"),
            },
            Constant {
                code: 412,
                name: "PRECONDITION_FAILED",
                phrase: Some("Precondition Failed"),
            },
            Constant {
                code: 413,
                name: "PAYLOAD_TOO_LARGE",
                phrase: Some("Payload Too Large"),
            },
            Constant {
                code: 414,
                name: "URI_TOO_LONG",
                phrase: Some("URI Too Long"),
            },
            Constant {
                code: 415,
                name: "UNSUPPORTED_MEDIA_TYPE",
                phrase: Some("Unsupported Media Type"),
            },
            Constant {
                code: 416,
                name: "REQUESTED_RANGE_NOT_SATISFIABLE",
                phrase: Some("Requested range not satisfiable"),
            },
            Constant {
                code: 417,
                name: "EXPECTATION_FAILED",
                phrase: Some("Expectation Failed"),
            },
            Constant {
                code: 418,
                name: "I_AM_A_TEAPOT",
                phrase: Some("I'm a teapot"),
            },
            Constant {
                code: 419,
                name: "INSUFFICIENT_SPACE_ON_RESOURCE",
                phrase: Some("Insufficient Space On Resource"),
            },
            Constant {
                code: 420,
                name: "METHOD_FAILURE",
                phrase: Some("Method Failure"),
            },
            Constant {
                code: 421,
                name: "DESTINATION_LOCKED",
                phrase: Some("Destination Locked"),
            },
            Constant {
                code: 422,
                name: "UNPROCESSABLE_ENTITY",
                phrase: Some("Unprocessable Entity"),
            },
            Constant {
                code: 423,
                name: "LOCKED",
                phrase: Some("Locked"),
            },
            Constant {
                code: 424,
                name: "FAILED_DEPENDENCY",
                phrase: Some("Failed Dependency"),
            },
            Constant {
                code: 425,
                name: "TOO_EARLY",
                phrase: Some("Too Early"),
            },
            Constant {
                code: 426,
                name: "UPGRADE_REQUIRED",
                phrase: Some("Upgrade Required"),
            },
            Constant {
                code: 428,
                name: "PRECONDITION_REQUIRED",
                phrase: Some("Precondition Required"),
            },
            Constant {
                code: 429,
                name: "TOO_MANY_REQUESTS",
                phrase: Some("Too Many Requests"),
            },
            Constant {
                code: 431,
                name: "REQUEST_HEADER_FIELDS_TOO_LARGE",
                phrase: Some("Request Header Fields Too Large"),
            },
            Constant {
                code: 451,
                name: "UNAVAILABLE_FOR_LEGAL_REASONS",
                phrase: Some("Unavailable For Legal Reasons"),
            },
            Constant {
                code: 500,
                name: "INTERNAL_SERVER_ERROR",
                phrase: Some("Internal Server Error"),
            },
            Constant {
                code: 501,
                name: "NOT_IMPLEMENTED",
                phrase: Some("Not Implemented"),
            },
            Constant {
                code: 502,
                name: "BAD_GATEWAY",
                phrase: Some("Bad Gateway"),
            },
            Constant {
                code: 503,
                name: "SERVICE_UNAVAILABLE",
                phrase: Some("Service Unavailable"),
            },
            Constant {
                code: 504,
                name: "GATEWAY_TIMEOUT",
                phrase: Some("Gateway Timeout"),
            },
            Constant {
                code: 505,
                name: "HTTP_VERSION_NOT_SUPPORTED",
                phrase: Some("HTTP Version not supported"),
            },
            Constant {
                code: 506,
                name: "VARIANT_ALSO_NEGOTIATES",
                phrase: Some("Variant Also Negotiates"),
            },
            Constant {
                code: 507,
                name: "INSUFFICIENT_STORAGE",
                phrase: Some("Insufficient Storage"),
            },
            Constant {
                code: 508,
                name: "LOOP_DETECTED",
                phrase: Some("Loop Detected"),
            },
            Constant {
                code: 509,
                name: "BANDWIDTH_LIMIT_EXCEEDED",
                phrase: Some("Bandwidth Limit Exceeded"),
            },
            Constant {
                code: 510,
                name: "NOT_EXTENDED",
                phrase: Some("Not Extended"),
            },
            Constant {
                code: 511,
                name: "NETWORK_AUTHENTICATION_REQUIRED",
                phrase: Some("Network Authentication Required"),
            },
        ],
    },
    Ecosystem {
        id: "dotnet",
        language: ".NET",
        library: "System.Net.HttpStatusCode",
        version: "runtime@16775de",
        expression: "HttpStatusCode.{name}",
        checked: Checked::Read,
        source: "dotnet/runtime src/libraries/System.Net.Primitives/src/System/Net/HttpStatusCode.cs at commit 16775de38433a72f213070da1f1240f9cfa78588 (an enum: names, no reason phrases)",
        constants: &[
            Constant {
                code: 100,
                name: "Continue",
                phrase: None,
            },
            Constant {
                code: 101,
                name: "SwitchingProtocols",
                phrase: None,
            },
            Constant {
                code: 102,
                name: "Processing",
                phrase: None,
            },
            Constant {
                code: 103,
                name: "EarlyHints",
                phrase: None,
            },
            Constant {
                code: 200,
                name: "OK",
                phrase: None,
            },
            Constant {
                code: 201,
                name: "Created",
                phrase: None,
            },
            Constant {
                code: 202,
                name: "Accepted",
                phrase: None,
            },
            Constant {
                code: 203,
                name: "NonAuthoritativeInformation",
                phrase: None,
            },
            Constant {
                code: 204,
                name: "NoContent",
                phrase: None,
            },
            Constant {
                code: 205,
                name: "ResetContent",
                phrase: None,
            },
            Constant {
                code: 206,
                name: "PartialContent",
                phrase: None,
            },
            Constant {
                code: 207,
                name: "MultiStatus",
                phrase: None,
            },
            Constant {
                code: 208,
                name: "AlreadyReported",
                phrase: None,
            },
            Constant {
                code: 226,
                name: "IMUsed",
                phrase: None,
            },
            Constant {
                code: 300,
                name: "MultipleChoices",
                phrase: None,
            },
            Constant {
                code: 301,
                name: "MovedPermanently",
                phrase: None,
            },
            Constant {
                code: 302,
                name: "Found",
                phrase: None,
            },
            Constant {
                code: 303,
                name: "SeeOther",
                phrase: None,
            },
            Constant {
                code: 304,
                name: "NotModified",
                phrase: None,
            },
            Constant {
                code: 305,
                name: "UseProxy",
                phrase: None,
            },
            Constant {
                code: 306,
                name: "Unused",
                phrase: None,
            },
            Constant {
                code: 307,
                name: "TemporaryRedirect",
                phrase: None,
            },
            Constant {
                code: 308,
                name: "PermanentRedirect",
                phrase: None,
            },
            Constant {
                code: 400,
                name: "BadRequest",
                phrase: None,
            },
            Constant {
                code: 401,
                name: "Unauthorized",
                phrase: None,
            },
            Constant {
                code: 402,
                name: "PaymentRequired",
                phrase: None,
            },
            Constant {
                code: 403,
                name: "Forbidden",
                phrase: None,
            },
            Constant {
                code: 404,
                name: "NotFound",
                phrase: None,
            },
            Constant {
                code: 405,
                name: "MethodNotAllowed",
                phrase: None,
            },
            Constant {
                code: 406,
                name: "NotAcceptable",
                phrase: None,
            },
            Constant {
                code: 407,
                name: "ProxyAuthenticationRequired",
                phrase: None,
            },
            Constant {
                code: 408,
                name: "RequestTimeout",
                phrase: None,
            },
            Constant {
                code: 409,
                name: "Conflict",
                phrase: None,
            },
            Constant {
                code: 410,
                name: "Gone",
                phrase: None,
            },
            Constant {
                code: 411,
                name: "LengthRequired",
                phrase: None,
            },
            Constant {
                code: 412,
                name: "PreconditionFailed",
                phrase: None,
            },
            Constant {
                code: 413,
                name: "RequestEntityTooLarge",
                phrase: None,
            },
            Constant {
                code: 414,
                name: "RequestUriTooLong",
                phrase: None,
            },
            Constant {
                code: 415,
                name: "UnsupportedMediaType",
                phrase: None,
            },
            Constant {
                code: 416,
                name: "RequestedRangeNotSatisfiable",
                phrase: None,
            },
            Constant {
                code: 417,
                name: "ExpectationFailed",
                phrase: None,
            },
            Constant {
                code: 421,
                name: "MisdirectedRequest",
                phrase: None,
            },
            Constant {
                code: 422,
                name: "UnprocessableEntity",
                phrase: None,
            },
            Constant {
                code: 423,
                name: "Locked",
                phrase: None,
            },
            Constant {
                code: 424,
                name: "FailedDependency",
                phrase: None,
            },
            Constant {
                code: 426,
                name: "UpgradeRequired",
                phrase: None,
            },
            Constant {
                code: 428,
                name: "PreconditionRequired",
                phrase: None,
            },
            Constant {
                code: 429,
                name: "TooManyRequests",
                phrase: None,
            },
            Constant {
                code: 431,
                name: "RequestHeaderFieldsTooLarge",
                phrase: None,
            },
            Constant {
                code: 451,
                name: "UnavailableForLegalReasons",
                phrase: None,
            },
            Constant {
                code: 500,
                name: "InternalServerError",
                phrase: None,
            },
            Constant {
                code: 501,
                name: "NotImplemented",
                phrase: None,
            },
            Constant {
                code: 502,
                name: "BadGateway",
                phrase: None,
            },
            Constant {
                code: 503,
                name: "ServiceUnavailable",
                phrase: None,
            },
            Constant {
                code: 504,
                name: "GatewayTimeout",
                phrase: None,
            },
            Constant {
                code: 505,
                name: "HttpVersionNotSupported",
                phrase: None,
            },
            Constant {
                code: 506,
                name: "VariantAlsoNegotiates",
                phrase: None,
            },
            Constant {
                code: 507,
                name: "InsufficientStorage",
                phrase: None,
            },
            Constant {
                code: 508,
                name: "LoopDetected",
                phrase: None,
            },
            Constant {
                code: 510,
                name: "NotExtended",
                phrase: None,
            },
            Constant {
                code: 511,
                name: "NetworkAuthenticationRequired",
                phrase: None,
            },
        ],
    },
    Ecosystem {
        id: "node",
        language: "Node.js",
        library: "http.STATUS_CODES",
        version: "20.20.2",
        expression: "http.STATUS_CODES[{code}]",
        checked: Checked::Test,
        source: "Node.js 20.20.2, require('http').STATUS_CODES as node prints it",
        constants: &[
            Constant {
                code: 100,
                name: "Continue",
                phrase: Some("Continue"),
            },
            Constant {
                code: 101,
                name: "Switching Protocols",
                phrase: Some("Switching Protocols"),
            },
            Constant {
                code: 102,
                name: "Processing",
                phrase: Some("Processing"),
            },
            Constant {
                code: 103,
                name: "Early Hints",
                phrase: Some("Early Hints"),
            },
            Constant {
                code: 200,
                name: "OK",
                phrase: Some("OK"),
            },
            Constant {
                code: 201,
                name: "Created",
                phrase: Some("Created"),
            },
            Constant {
                code: 202,
                name: "Accepted",
                phrase: Some("Accepted"),
            },
            Constant {
                code: 203,
                name: "Non-Authoritative Information",
                phrase: Some("Non-Authoritative Information"),
            },
            Constant {
                code: 204,
                name: "No Content",
                phrase: Some("No Content"),
            },
            Constant {
                code: 205,
                name: "Reset Content",
                phrase: Some("Reset Content"),
            },
            Constant {
                code: 206,
                name: "Partial Content",
                phrase: Some("Partial Content"),
            },
            Constant {
                code: 207,
                name: "Multi-Status",
                phrase: Some("Multi-Status"),
            },
            Constant {
                code: 208,
                name: "Already Reported",
                phrase: Some("Already Reported"),
            },
            Constant {
                code: 226,
                name: "IM Used",
                phrase: Some("IM Used"),
            },
            Constant {
                code: 300,
                name: "Multiple Choices",
                phrase: Some("Multiple Choices"),
            },
            Constant {
                code: 301,
                name: "Moved Permanently",
                phrase: Some("Moved Permanently"),
            },
            Constant {
                code: 302,
                name: "Found",
                phrase: Some("Found"),
            },
            Constant {
                code: 303,
                name: "See Other",
                phrase: Some("See Other"),
            },
            Constant {
                code: 304,
                name: "Not Modified",
                phrase: Some("Not Modified"),
            },
            Constant {
                code: 305,
                name: "Use Proxy",
                phrase: Some("Use Proxy"),
            },
            Constant {
                code: 307,
                name: "Temporary Redirect",
                phrase: Some("Temporary Redirect"),
            },
            Constant {
                code: 308,
                name: "Permanent Redirect",
                phrase: Some("Permanent Redirect"),
            },
            Constant {
                code: 400,
                name: "Bad Request",
                phrase: Some("Bad Request"),
            },
            Constant {
                code: 401,
                name: "Unauthorized",
                phrase: Some("Unauthorized"),
            },
            Constant {
                code: 402,
                name: "Payment Required",
                phrase: Some("Payment Required"),
            },
            Constant {
                code: 403,
                name: "Forbidden",
                phrase: Some("Forbidden"),
            },
            Constant {
                code: 404,
                name: "Not Found",
                phrase: Some("Not Found"),
            },
            Constant {
                code: 405,
                name: "Method Not Allowed",
                phrase: Some("Method Not Allowed"),
            },
            Constant {
                code: 406,
                name: "Not Acceptable",
                phrase: Some("Not Acceptable"),
            },
            Constant {
                code: 407,
                name: "Proxy Authentication Required",
                phrase: Some("Proxy Authentication Required"),
            },
            Constant {
                code: 408,
                name: "Request Timeout",
                phrase: Some("Request Timeout"),
            },
            Constant {
                code: 409,
                name: "Conflict",
                phrase: Some("Conflict"),
            },
            Constant {
                code: 410,
                name: "Gone",
                phrase: Some("Gone"),
            },
            Constant {
                code: 411,
                name: "Length Required",
                phrase: Some("Length Required"),
            },
            Constant {
                code: 412,
                name: "Precondition Failed",
                phrase: Some("Precondition Failed"),
            },
            Constant {
                code: 413,
                name: "Payload Too Large",
                phrase: Some("Payload Too Large"),
            },
            Constant {
                code: 414,
                name: "URI Too Long",
                phrase: Some("URI Too Long"),
            },
            Constant {
                code: 415,
                name: "Unsupported Media Type",
                phrase: Some("Unsupported Media Type"),
            },
            Constant {
                code: 416,
                name: "Range Not Satisfiable",
                phrase: Some("Range Not Satisfiable"),
            },
            Constant {
                code: 417,
                name: "Expectation Failed",
                phrase: Some("Expectation Failed"),
            },
            Constant {
                code: 418,
                name: "I'm a Teapot",
                phrase: Some("I'm a Teapot"),
            },
            Constant {
                code: 421,
                name: "Misdirected Request",
                phrase: Some("Misdirected Request"),
            },
            Constant {
                code: 422,
                name: "Unprocessable Entity",
                phrase: Some("Unprocessable Entity"),
            },
            Constant {
                code: 423,
                name: "Locked",
                phrase: Some("Locked"),
            },
            Constant {
                code: 424,
                name: "Failed Dependency",
                phrase: Some("Failed Dependency"),
            },
            Constant {
                code: 425,
                name: "Too Early",
                phrase: Some("Too Early"),
            },
            Constant {
                code: 426,
                name: "Upgrade Required",
                phrase: Some("Upgrade Required"),
            },
            Constant {
                code: 428,
                name: "Precondition Required",
                phrase: Some("Precondition Required"),
            },
            Constant {
                code: 429,
                name: "Too Many Requests",
                phrase: Some("Too Many Requests"),
            },
            Constant {
                code: 431,
                name: "Request Header Fields Too Large",
                phrase: Some("Request Header Fields Too Large"),
            },
            Constant {
                code: 451,
                name: "Unavailable For Legal Reasons",
                phrase: Some("Unavailable For Legal Reasons"),
            },
            Constant {
                code: 500,
                name: "Internal Server Error",
                phrase: Some("Internal Server Error"),
            },
            Constant {
                code: 501,
                name: "Not Implemented",
                phrase: Some("Not Implemented"),
            },
            Constant {
                code: 502,
                name: "Bad Gateway",
                phrase: Some("Bad Gateway"),
            },
            Constant {
                code: 503,
                name: "Service Unavailable",
                phrase: Some("Service Unavailable"),
            },
            Constant {
                code: 504,
                name: "Gateway Timeout",
                phrase: Some("Gateway Timeout"),
            },
            Constant {
                code: 505,
                name: "HTTP Version Not Supported",
                phrase: Some("HTTP Version Not Supported"),
            },
            Constant {
                code: 506,
                name: "Variant Also Negotiates",
                phrase: Some("Variant Also Negotiates"),
            },
            Constant {
                code: 507,
                name: "Insufficient Storage",
                phrase: Some("Insufficient Storage"),
            },
            Constant {
                code: 508,
                name: "Loop Detected",
                phrase: Some("Loop Detected"),
            },
            Constant {
                code: 509,
                name: "Bandwidth Limit Exceeded",
                phrase: Some("Bandwidth Limit Exceeded"),
            },
            Constant {
                code: 510,
                name: "Not Extended",
                phrase: Some("Not Extended"),
            },
            Constant {
                code: 511,
                name: "Network Authentication Required",
                phrase: Some("Network Authentication Required"),
            },
        ],
    },
    Ecosystem {
        id: "rails",
        language: "Ruby on Rails / Rack",
        library: "Rack::Utils::SYMBOL_TO_STATUS_CODE",
        version: "Rack 2.2.22",
        expression: "{name}",
        checked: Checked::Test,
        source: "Debian ruby-rack 2.2.22-0+deb12u2, lib/rack/utils.rb (HTTP_STATUS_CODES and the symbol rule beside it)",
        constants: &[
            Constant {
                code: 100,
                name: ":continue",
                phrase: Some("Continue"),
            },
            Constant {
                code: 101,
                name: ":switching_protocols",
                phrase: Some("Switching Protocols"),
            },
            Constant {
                code: 102,
                name: ":processing",
                phrase: Some("Processing"),
            },
            Constant {
                code: 103,
                name: ":early_hints",
                phrase: Some("Early Hints"),
            },
            Constant {
                code: 200,
                name: ":ok",
                phrase: Some("OK"),
            },
            Constant {
                code: 201,
                name: ":created",
                phrase: Some("Created"),
            },
            Constant {
                code: 202,
                name: ":accepted",
                phrase: Some("Accepted"),
            },
            Constant {
                code: 203,
                name: ":non_authoritative_information",
                phrase: Some("Non-Authoritative Information"),
            },
            Constant {
                code: 204,
                name: ":no_content",
                phrase: Some("No Content"),
            },
            Constant {
                code: 205,
                name: ":reset_content",
                phrase: Some("Reset Content"),
            },
            Constant {
                code: 206,
                name: ":partial_content",
                phrase: Some("Partial Content"),
            },
            Constant {
                code: 207,
                name: ":multi_status",
                phrase: Some("Multi-Status"),
            },
            Constant {
                code: 208,
                name: ":already_reported",
                phrase: Some("Already Reported"),
            },
            Constant {
                code: 226,
                name: ":im_used",
                phrase: Some("IM Used"),
            },
            Constant {
                code: 300,
                name: ":multiple_choices",
                phrase: Some("Multiple Choices"),
            },
            Constant {
                code: 301,
                name: ":moved_permanently",
                phrase: Some("Moved Permanently"),
            },
            Constant {
                code: 302,
                name: ":found",
                phrase: Some("Found"),
            },
            Constant {
                code: 303,
                name: ":see_other",
                phrase: Some("See Other"),
            },
            Constant {
                code: 304,
                name: ":not_modified",
                phrase: Some("Not Modified"),
            },
            Constant {
                code: 305,
                name: ":use_proxy",
                phrase: Some("Use Proxy"),
            },
            Constant {
                code: 306,
                name: ":\"(unused)\"",
                phrase: Some("(Unused)"),
            },
            Constant {
                code: 307,
                name: ":temporary_redirect",
                phrase: Some("Temporary Redirect"),
            },
            Constant {
                code: 308,
                name: ":permanent_redirect",
                phrase: Some("Permanent Redirect"),
            },
            Constant {
                code: 400,
                name: ":bad_request",
                phrase: Some("Bad Request"),
            },
            Constant {
                code: 401,
                name: ":unauthorized",
                phrase: Some("Unauthorized"),
            },
            Constant {
                code: 402,
                name: ":payment_required",
                phrase: Some("Payment Required"),
            },
            Constant {
                code: 403,
                name: ":forbidden",
                phrase: Some("Forbidden"),
            },
            Constant {
                code: 404,
                name: ":not_found",
                phrase: Some("Not Found"),
            },
            Constant {
                code: 405,
                name: ":method_not_allowed",
                phrase: Some("Method Not Allowed"),
            },
            Constant {
                code: 406,
                name: ":not_acceptable",
                phrase: Some("Not Acceptable"),
            },
            Constant {
                code: 407,
                name: ":proxy_authentication_required",
                phrase: Some("Proxy Authentication Required"),
            },
            Constant {
                code: 408,
                name: ":request_timeout",
                phrase: Some("Request Timeout"),
            },
            Constant {
                code: 409,
                name: ":conflict",
                phrase: Some("Conflict"),
            },
            Constant {
                code: 410,
                name: ":gone",
                phrase: Some("Gone"),
            },
            Constant {
                code: 411,
                name: ":length_required",
                phrase: Some("Length Required"),
            },
            Constant {
                code: 412,
                name: ":precondition_failed",
                phrase: Some("Precondition Failed"),
            },
            Constant {
                code: 413,
                name: ":payload_too_large",
                phrase: Some("Payload Too Large"),
            },
            Constant {
                code: 414,
                name: ":uri_too_long",
                phrase: Some("URI Too Long"),
            },
            Constant {
                code: 415,
                name: ":unsupported_media_type",
                phrase: Some("Unsupported Media Type"),
            },
            Constant {
                code: 416,
                name: ":range_not_satisfiable",
                phrase: Some("Range Not Satisfiable"),
            },
            Constant {
                code: 417,
                name: ":expectation_failed",
                phrase: Some("Expectation Failed"),
            },
            Constant {
                code: 421,
                name: ":misdirected_request",
                phrase: Some("Misdirected Request"),
            },
            Constant {
                code: 422,
                name: ":unprocessable_entity",
                phrase: Some("Unprocessable Entity"),
            },
            Constant {
                code: 423,
                name: ":locked",
                phrase: Some("Locked"),
            },
            Constant {
                code: 424,
                name: ":failed_dependency",
                phrase: Some("Failed Dependency"),
            },
            Constant {
                code: 425,
                name: ":too_early",
                phrase: Some("Too Early"),
            },
            Constant {
                code: 426,
                name: ":upgrade_required",
                phrase: Some("Upgrade Required"),
            },
            Constant {
                code: 428,
                name: ":precondition_required",
                phrase: Some("Precondition Required"),
            },
            Constant {
                code: 429,
                name: ":too_many_requests",
                phrase: Some("Too Many Requests"),
            },
            Constant {
                code: 431,
                name: ":request_header_fields_too_large",
                phrase: Some("Request Header Fields Too Large"),
            },
            Constant {
                code: 451,
                name: ":unavailable_for_legal_reasons",
                phrase: Some("Unavailable for Legal Reasons"),
            },
            Constant {
                code: 500,
                name: ":internal_server_error",
                phrase: Some("Internal Server Error"),
            },
            Constant {
                code: 501,
                name: ":not_implemented",
                phrase: Some("Not Implemented"),
            },
            Constant {
                code: 502,
                name: ":bad_gateway",
                phrase: Some("Bad Gateway"),
            },
            Constant {
                code: 503,
                name: ":service_unavailable",
                phrase: Some("Service Unavailable"),
            },
            Constant {
                code: 504,
                name: ":gateway_timeout",
                phrase: Some("Gateway Timeout"),
            },
            Constant {
                code: 505,
                name: ":http_version_not_supported",
                phrase: Some("HTTP Version Not Supported"),
            },
            Constant {
                code: 506,
                name: ":variant_also_negotiates",
                phrase: Some("Variant Also Negotiates"),
            },
            Constant {
                code: 507,
                name: ":insufficient_storage",
                phrase: Some("Insufficient Storage"),
            },
            Constant {
                code: 508,
                name: ":loop_detected",
                phrase: Some("Loop Detected"),
            },
            Constant {
                code: 509,
                name: ":bandwidth_limit_exceeded",
                phrase: Some("Bandwidth Limit Exceeded"),
            },
            Constant {
                code: 510,
                name: ":not_extended",
                phrase: Some("Not Extended"),
            },
            Constant {
                code: 511,
                name: ":network_authentication_required",
                phrase: Some("Network Authentication Required"),
            },
        ],
    },
    Ecosystem {
        id: "php",
        language: "PHP",
        library: "Symfony HttpFoundation Response",
        version: "5.4.53",
        expression: "Response::{name}",
        checked: Checked::Test,
        source: "Debian php-symfony-http-foundation 5.4.53+dfsg-0+deb12u1, Symfony/Component/HttpFoundation/Response.php",
        constants: &[
            Constant {
                code: 100,
                name: "HTTP_CONTINUE",
                phrase: Some("Continue"),
            },
            Constant {
                code: 101,
                name: "HTTP_SWITCHING_PROTOCOLS",
                phrase: Some("Switching Protocols"),
            },
            Constant {
                code: 102,
                name: "HTTP_PROCESSING",
                phrase: Some("Processing"),
            },
            Constant {
                code: 103,
                name: "HTTP_EARLY_HINTS",
                phrase: Some("Early Hints"),
            },
            Constant {
                code: 200,
                name: "HTTP_OK",
                phrase: Some("OK"),
            },
            Constant {
                code: 201,
                name: "HTTP_CREATED",
                phrase: Some("Created"),
            },
            Constant {
                code: 202,
                name: "HTTP_ACCEPTED",
                phrase: Some("Accepted"),
            },
            Constant {
                code: 203,
                name: "HTTP_NON_AUTHORITATIVE_INFORMATION",
                phrase: Some("Non-Authoritative Information"),
            },
            Constant {
                code: 204,
                name: "HTTP_NO_CONTENT",
                phrase: Some("No Content"),
            },
            Constant {
                code: 205,
                name: "HTTP_RESET_CONTENT",
                phrase: Some("Reset Content"),
            },
            Constant {
                code: 206,
                name: "HTTP_PARTIAL_CONTENT",
                phrase: Some("Partial Content"),
            },
            Constant {
                code: 207,
                name: "HTTP_MULTI_STATUS",
                phrase: Some("Multi-Status"),
            },
            Constant {
                code: 208,
                name: "HTTP_ALREADY_REPORTED",
                phrase: Some("Already Reported"),
            },
            Constant {
                code: 226,
                name: "HTTP_IM_USED",
                phrase: Some("IM Used"),
            },
            Constant {
                code: 300,
                name: "HTTP_MULTIPLE_CHOICES",
                phrase: Some("Multiple Choices"),
            },
            Constant {
                code: 301,
                name: "HTTP_MOVED_PERMANENTLY",
                phrase: Some("Moved Permanently"),
            },
            Constant {
                code: 302,
                name: "HTTP_FOUND",
                phrase: Some("Found"),
            },
            Constant {
                code: 303,
                name: "HTTP_SEE_OTHER",
                phrase: Some("See Other"),
            },
            Constant {
                code: 304,
                name: "HTTP_NOT_MODIFIED",
                phrase: Some("Not Modified"),
            },
            Constant {
                code: 305,
                name: "HTTP_USE_PROXY",
                phrase: Some("Use Proxy"),
            },
            Constant {
                code: 306,
                name: "HTTP_RESERVED",
                phrase: None,
            },
            Constant {
                code: 307,
                name: "HTTP_TEMPORARY_REDIRECT",
                phrase: Some("Temporary Redirect"),
            },
            Constant {
                code: 308,
                name: "HTTP_PERMANENTLY_REDIRECT",
                phrase: Some("Permanent Redirect"),
            },
            Constant {
                code: 400,
                name: "HTTP_BAD_REQUEST",
                phrase: Some("Bad Request"),
            },
            Constant {
                code: 401,
                name: "HTTP_UNAUTHORIZED",
                phrase: Some("Unauthorized"),
            },
            Constant {
                code: 402,
                name: "HTTP_PAYMENT_REQUIRED",
                phrase: Some("Payment Required"),
            },
            Constant {
                code: 403,
                name: "HTTP_FORBIDDEN",
                phrase: Some("Forbidden"),
            },
            Constant {
                code: 404,
                name: "HTTP_NOT_FOUND",
                phrase: Some("Not Found"),
            },
            Constant {
                code: 405,
                name: "HTTP_METHOD_NOT_ALLOWED",
                phrase: Some("Method Not Allowed"),
            },
            Constant {
                code: 406,
                name: "HTTP_NOT_ACCEPTABLE",
                phrase: Some("Not Acceptable"),
            },
            Constant {
                code: 407,
                name: "HTTP_PROXY_AUTHENTICATION_REQUIRED",
                phrase: Some("Proxy Authentication Required"),
            },
            Constant {
                code: 408,
                name: "HTTP_REQUEST_TIMEOUT",
                phrase: Some("Request Timeout"),
            },
            Constant {
                code: 409,
                name: "HTTP_CONFLICT",
                phrase: Some("Conflict"),
            },
            Constant {
                code: 410,
                name: "HTTP_GONE",
                phrase: Some("Gone"),
            },
            Constant {
                code: 411,
                name: "HTTP_LENGTH_REQUIRED",
                phrase: Some("Length Required"),
            },
            Constant {
                code: 412,
                name: "HTTP_PRECONDITION_FAILED",
                phrase: Some("Precondition Failed"),
            },
            Constant {
                code: 413,
                name: "HTTP_REQUEST_ENTITY_TOO_LARGE",
                phrase: Some("Content Too Large"),
            },
            Constant {
                code: 414,
                name: "HTTP_REQUEST_URI_TOO_LONG",
                phrase: Some("URI Too Long"),
            },
            Constant {
                code: 415,
                name: "HTTP_UNSUPPORTED_MEDIA_TYPE",
                phrase: Some("Unsupported Media Type"),
            },
            Constant {
                code: 416,
                name: "HTTP_REQUESTED_RANGE_NOT_SATISFIABLE",
                phrase: Some("Range Not Satisfiable"),
            },
            Constant {
                code: 417,
                name: "HTTP_EXPECTATION_FAILED",
                phrase: Some("Expectation Failed"),
            },
            Constant {
                code: 418,
                name: "HTTP_I_AM_A_TEAPOT",
                phrase: Some("I'm a teapot"),
            },
            Constant {
                code: 421,
                name: "HTTP_MISDIRECTED_REQUEST",
                phrase: Some("Misdirected Request"),
            },
            Constant {
                code: 422,
                name: "HTTP_UNPROCESSABLE_ENTITY",
                phrase: Some("Unprocessable Content"),
            },
            Constant {
                code: 423,
                name: "HTTP_LOCKED",
                phrase: Some("Locked"),
            },
            Constant {
                code: 424,
                name: "HTTP_FAILED_DEPENDENCY",
                phrase: Some("Failed Dependency"),
            },
            Constant {
                code: 425,
                name: "HTTP_TOO_EARLY",
                phrase: Some("Too Early"),
            },
            Constant {
                code: 426,
                name: "HTTP_UPGRADE_REQUIRED",
                phrase: Some("Upgrade Required"),
            },
            Constant {
                code: 428,
                name: "HTTP_PRECONDITION_REQUIRED",
                phrase: Some("Precondition Required"),
            },
            Constant {
                code: 429,
                name: "HTTP_TOO_MANY_REQUESTS",
                phrase: Some("Too Many Requests"),
            },
            Constant {
                code: 431,
                name: "HTTP_REQUEST_HEADER_FIELDS_TOO_LARGE",
                phrase: Some("Request Header Fields Too Large"),
            },
            Constant {
                code: 451,
                name: "HTTP_UNAVAILABLE_FOR_LEGAL_REASONS",
                phrase: Some("Unavailable For Legal Reasons"),
            },
            Constant {
                code: 500,
                name: "HTTP_INTERNAL_SERVER_ERROR",
                phrase: Some("Internal Server Error"),
            },
            Constant {
                code: 501,
                name: "HTTP_NOT_IMPLEMENTED",
                phrase: Some("Not Implemented"),
            },
            Constant {
                code: 502,
                name: "HTTP_BAD_GATEWAY",
                phrase: Some("Bad Gateway"),
            },
            Constant {
                code: 503,
                name: "HTTP_SERVICE_UNAVAILABLE",
                phrase: Some("Service Unavailable"),
            },
            Constant {
                code: 504,
                name: "HTTP_GATEWAY_TIMEOUT",
                phrase: Some("Gateway Timeout"),
            },
            Constant {
                code: 505,
                name: "HTTP_VERSION_NOT_SUPPORTED",
                phrase: Some("HTTP Version Not Supported"),
            },
            Constant {
                code: 506,
                name: "HTTP_VARIANT_ALSO_NEGOTIATES_EXPERIMENTAL",
                phrase: Some("Variant Also Negotiates"),
            },
            Constant {
                code: 507,
                name: "HTTP_INSUFFICIENT_STORAGE",
                phrase: Some("Insufficient Storage"),
            },
            Constant {
                code: 508,
                name: "HTTP_LOOP_DETECTED",
                phrase: Some("Loop Detected"),
            },
            Constant {
                code: 510,
                name: "HTTP_NOT_EXTENDED",
                phrase: Some("Not Extended"),
            },
            Constant {
                code: 511,
                name: "HTTP_NETWORK_AUTHENTICATION_REQUIRED",
                phrase: Some("Network Authentication Required"),
            },
        ],
    },
    Ecosystem {
        id: "js",
        language: "JavaScript",
        library: "http-status-codes",
        version: "2.3.0",
        expression: "StatusCodes.{name}",
        checked: Checked::Test,
        source: "npm http-status-codes 2.3.0, StatusCodes and getReasonPhrase",
        constants: &[
            Constant {
                code: 100,
                name: "CONTINUE",
                phrase: Some("Continue"),
            },
            Constant {
                code: 101,
                name: "SWITCHING_PROTOCOLS",
                phrase: Some("Switching Protocols"),
            },
            Constant {
                code: 102,
                name: "PROCESSING",
                phrase: Some("Processing"),
            },
            Constant {
                code: 103,
                name: "EARLY_HINTS",
                phrase: Some("Early Hints"),
            },
            Constant {
                code: 200,
                name: "OK",
                phrase: Some("OK"),
            },
            Constant {
                code: 201,
                name: "CREATED",
                phrase: Some("Created"),
            },
            Constant {
                code: 202,
                name: "ACCEPTED",
                phrase: Some("Accepted"),
            },
            Constant {
                code: 203,
                name: "NON_AUTHORITATIVE_INFORMATION",
                phrase: Some("Non Authoritative Information"),
            },
            Constant {
                code: 204,
                name: "NO_CONTENT",
                phrase: Some("No Content"),
            },
            Constant {
                code: 205,
                name: "RESET_CONTENT",
                phrase: Some("Reset Content"),
            },
            Constant {
                code: 206,
                name: "PARTIAL_CONTENT",
                phrase: Some("Partial Content"),
            },
            Constant {
                code: 207,
                name: "MULTI_STATUS",
                phrase: Some("Multi-Status"),
            },
            Constant {
                code: 300,
                name: "MULTIPLE_CHOICES",
                phrase: Some("Multiple Choices"),
            },
            Constant {
                code: 301,
                name: "MOVED_PERMANENTLY",
                phrase: Some("Moved Permanently"),
            },
            Constant {
                code: 302,
                name: "MOVED_TEMPORARILY",
                phrase: Some("Moved Temporarily"),
            },
            Constant {
                code: 303,
                name: "SEE_OTHER",
                phrase: Some("See Other"),
            },
            Constant {
                code: 304,
                name: "NOT_MODIFIED",
                phrase: Some("Not Modified"),
            },
            Constant {
                code: 305,
                name: "USE_PROXY",
                phrase: Some("Use Proxy"),
            },
            Constant {
                code: 307,
                name: "TEMPORARY_REDIRECT",
                phrase: Some("Temporary Redirect"),
            },
            Constant {
                code: 308,
                name: "PERMANENT_REDIRECT",
                phrase: Some("Permanent Redirect"),
            },
            Constant {
                code: 400,
                name: "BAD_REQUEST",
                phrase: Some("Bad Request"),
            },
            Constant {
                code: 401,
                name: "UNAUTHORIZED",
                phrase: Some("Unauthorized"),
            },
            Constant {
                code: 402,
                name: "PAYMENT_REQUIRED",
                phrase: Some("Payment Required"),
            },
            Constant {
                code: 403,
                name: "FORBIDDEN",
                phrase: Some("Forbidden"),
            },
            Constant {
                code: 404,
                name: "NOT_FOUND",
                phrase: Some("Not Found"),
            },
            Constant {
                code: 405,
                name: "METHOD_NOT_ALLOWED",
                phrase: Some("Method Not Allowed"),
            },
            Constant {
                code: 406,
                name: "NOT_ACCEPTABLE",
                phrase: Some("Not Acceptable"),
            },
            Constant {
                code: 407,
                name: "PROXY_AUTHENTICATION_REQUIRED",
                phrase: Some("Proxy Authentication Required"),
            },
            Constant {
                code: 408,
                name: "REQUEST_TIMEOUT",
                phrase: Some("Request Timeout"),
            },
            Constant {
                code: 409,
                name: "CONFLICT",
                phrase: Some("Conflict"),
            },
            Constant {
                code: 410,
                name: "GONE",
                phrase: Some("Gone"),
            },
            Constant {
                code: 411,
                name: "LENGTH_REQUIRED",
                phrase: Some("Length Required"),
            },
            Constant {
                code: 412,
                name: "PRECONDITION_FAILED",
                phrase: Some("Precondition Failed"),
            },
            Constant {
                code: 413,
                name: "REQUEST_TOO_LONG",
                phrase: Some("Request Entity Too Large"),
            },
            Constant {
                code: 414,
                name: "REQUEST_URI_TOO_LONG",
                phrase: Some("Request-URI Too Long"),
            },
            Constant {
                code: 415,
                name: "UNSUPPORTED_MEDIA_TYPE",
                phrase: Some("Unsupported Media Type"),
            },
            Constant {
                code: 416,
                name: "REQUESTED_RANGE_NOT_SATISFIABLE",
                phrase: Some("Requested Range Not Satisfiable"),
            },
            Constant {
                code: 417,
                name: "EXPECTATION_FAILED",
                phrase: Some("Expectation Failed"),
            },
            Constant {
                code: 418,
                name: "IM_A_TEAPOT",
                phrase: Some("I'm a teapot"),
            },
            Constant {
                code: 419,
                name: "INSUFFICIENT_SPACE_ON_RESOURCE",
                phrase: Some("Insufficient Space on Resource"),
            },
            Constant {
                code: 420,
                name: "METHOD_FAILURE",
                phrase: Some("Method Failure"),
            },
            Constant {
                code: 421,
                name: "MISDIRECTED_REQUEST",
                phrase: Some("Misdirected Request"),
            },
            Constant {
                code: 422,
                name: "UNPROCESSABLE_ENTITY",
                phrase: Some("Unprocessable Entity"),
            },
            Constant {
                code: 423,
                name: "LOCKED",
                phrase: Some("Locked"),
            },
            Constant {
                code: 424,
                name: "FAILED_DEPENDENCY",
                phrase: Some("Failed Dependency"),
            },
            Constant {
                code: 426,
                name: "UPGRADE_REQUIRED",
                phrase: Some("Upgrade Required"),
            },
            Constant {
                code: 428,
                name: "PRECONDITION_REQUIRED",
                phrase: Some("Precondition Required"),
            },
            Constant {
                code: 429,
                name: "TOO_MANY_REQUESTS",
                phrase: Some("Too Many Requests"),
            },
            Constant {
                code: 431,
                name: "REQUEST_HEADER_FIELDS_TOO_LARGE",
                phrase: Some("Request Header Fields Too Large"),
            },
            Constant {
                code: 451,
                name: "UNAVAILABLE_FOR_LEGAL_REASONS",
                phrase: Some("Unavailable For Legal Reasons"),
            },
            Constant {
                code: 500,
                name: "INTERNAL_SERVER_ERROR",
                phrase: Some("Internal Server Error"),
            },
            Constant {
                code: 501,
                name: "NOT_IMPLEMENTED",
                phrase: Some("Not Implemented"),
            },
            Constant {
                code: 502,
                name: "BAD_GATEWAY",
                phrase: Some("Bad Gateway"),
            },
            Constant {
                code: 503,
                name: "SERVICE_UNAVAILABLE",
                phrase: Some("Service Unavailable"),
            },
            Constant {
                code: 504,
                name: "GATEWAY_TIMEOUT",
                phrase: Some("Gateway Timeout"),
            },
            Constant {
                code: 505,
                name: "HTTP_VERSION_NOT_SUPPORTED",
                phrase: Some("HTTP Version Not Supported"),
            },
            Constant {
                code: 507,
                name: "INSUFFICIENT_STORAGE",
                phrase: Some("Insufficient Storage"),
            },
            Constant {
                code: 511,
                name: "NETWORK_AUTHENTICATION_REQUIRED",
                phrase: Some("Network Authentication Required"),
            },
        ],
    },
];
