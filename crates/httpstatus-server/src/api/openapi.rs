//! The OpenAPI 3.0 document of the API, built from the same constants the handlers use
//! (filter names, class values, the core's keyword enums), so the two cannot drift.

use httpstatus::{
    Cacheability, Class, Content, RedirectMethod, Registration, Requirement, Retry, Sender,
};
use serde_json::{Value, json};

use super::{CLASS_VALUES, FLAGS, MATCH_NAMES, MAX_QUERY};

/// Keywords, then `null` when the field is nullable.
fn keywords(all: &[&str], nullable: bool) -> Value {
    let mut v: Vec<Value> = all.iter().map(|s| json!(s)).collect();
    if nullable {
        v.push(Value::Null);
    }
    Value::Array(v)
}

fn strings<T: Copy>(all: &[T], f: impl Fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|&x| f(x)).collect()
}

fn text_ref() -> Value {
    json!({ "$ref": "#/components/schemas/Text" })
}

fn error_response(description: &str) -> Value {
    json!({
        "description": description,
        "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } }
    })
}

fn array_of(schema: &str, description: &str) -> Value {
    json!({
        "description": description,
        "content": { "application/json": { "schema": {
            "type": "array",
            "items": { "$ref": format!("#/components/schemas/{schema}") }
        } } }
    })
}

fn flag_description(flag: &str) -> &'static str {
    match flag {
        "cacheable" => "Only heuristically cacheable codes (RFC 9110 §15.1).",
        "no_content" => "Only codes whose response cannot (or must not) carry content.",
        "retryable" => "Only codes with a retry hint.",
        "redirect" => "Only redirects.",
        "unofficial" => "Only unofficial (vendor) codes, instead of registered ones.",
        "all" => "Registered and unofficial codes (with `unofficial=true`: unofficial only).",
        _ => "",
    }
}

/// The whole document.
pub(crate) fn document() -> Value {
    let version = httpstatus::data_version();
    let class_ranges: Vec<&str> = Class::ALL.iter().map(|c| c.range()).collect();
    let mut list_params = vec![json!({
        "name": "class",
        "in": "query",
        "description": "Only these classes: 1 to 5 or 1xx to 5xx. Repeat for several (`class=4&class=5`).",
        "required": false,
        "style": "form",
        "explode": true,
        "schema": { "type": "array", "items": { "type": "string", "enum": CLASS_VALUES } }
    })];
    for flag in FLAGS {
        list_params.push(json!({
            "name": flag,
            "in": "query",
            "description": flag_description(flag),
            "required": false,
            "schema": { "type": "boolean", "default": false }
        }));
    }
    // The wire example and the ecosystem constants, apart: one json! of the whole entry
    // exceeds the macro's recursion limit.
    let example = json!({
        "type": "object",
        "nullable": true,
        "description": "The exchange recorded from this server for the code (null for codes it does not send): every message in wire order, and what to notice.",
        "additionalProperties": false,
        "required": ["messages", "notice"],
        "properties": {
            "messages": { "type": "array", "minItems": 2, "items": { "$ref": "#/components/schemas/WireMessage" } },
            "notice": text_ref()
        }
    });
    let constants = json!({
        "type": "array",
        "description": "The code's constant in each ecosystem, in a fixed order; name, expression, phrase and differs_from_registry are null where the library has none.",
        "items": { "$ref": "#/components/schemas/Constant" }
    });
    let entry = json!({
        "type": "object",
        "description": "One meaning of a status code, in the JSON shape shared by the library (feature `serde`), the CLI (`--json`) and this API.",
        "additionalProperties": false,
        "required": [
            "code", "reason", "descriptive_reason", "class", "status", "temporary_registration",
            "title", "summary", "description", "keywords", "aliases", "alias_origins", "vendors",
            "spec", "content", "content_forbidden", "cache", "heuristically_cacheable", "headers",
            "redirect", "retry", "related", "sender", "curl", "example", "constants"
        ],
        "properties": {
            "code": { "type": "integer", "minimum": 100, "maximum": 999 },
            "reason": { "type": "string", "description": "The reason phrase as registered, or the vendor's. In parentheses it is a label, not a phrase: the registry's \"(Unused)\", or, with `descriptive_reason`, this data's description." },
            "descriptive_reason": { "type": "boolean", "description": "true when the vendor gives no reason phrase and `reason` is this data's label in parentheses (never sent on a status line)." },
            "class": { "type": "string", "nullable": true, "enum": keywords(&class_ranges, true), "description": "null above 599." },
            "status": { "type": "string", "enum": keywords(&strings(Registration::ALL, Registration::as_str), false), "description": "`standard` is what IANA calls registered, whatever the RFC's status (103, 208, 506 and 508 come from Experimental RFCs); `provisional` is IANA's temporary registration (RFC 7120)." },
            "temporary_registration": {
                "nullable": true,
                "allOf": [ { "$ref": "#/components/schemas/TemporaryRegistration" } ],
                "description": "For status `provisional`: the registry's dates as of the registry snapshot; otherwise null."
            },
            "title": text_ref(),
            "summary": text_ref(),
            "description": text_ref(),
            "keywords": {
                "type": "object",
                "description": "Phrases people search for the code with, besides its names; search_only holds spellings the Korean glossary keeps out of the texts (matched by search, not for display).",
                "additionalProperties": false,
                "required": ["ko", "en", "search_only"],
                "properties": {
                    "ko": { "type": "array", "items": { "type": "string" } },
                    "en": { "type": "array", "items": { "type": "string" } },
                    "search_only": { "type": "array", "items": { "type": "string" } }
                }
            },
            "aliases": { "type": "array", "items": { "type": "string" } },
            "alias_origins": {
                "type": "object",
                "description": "For the aliases where it is recorded, who uses or used them: documents (\"RFC 2616\") and implementations (\"nginx\").",
                "additionalProperties": { "type": "array", "items": { "type": "string" } }
            },
            "vendors": { "type": "array", "items": { "type": "string" } },
            "spec": { "type": "array", "items": { "$ref": "#/components/schemas/SpecRef" } },
            "content": { "type": "string", "enum": keywords(&strings(Content::ALL, Content::as_str), false) },
            "content_forbidden": { "type": "boolean" },
            "cache": { "type": "string", "enum": keywords(&strings(Cacheability::ALL, Cacheability::as_str), false) },
            "heuristically_cacheable": { "type": "boolean" },
            "headers": { "type": "array", "items": { "$ref": "#/components/schemas/HeaderRule" } },
            "redirect": {
                "type": "object",
                "nullable": true,
                "additionalProperties": false,
                "required": ["permanent", "method"],
                "properties": {
                    "permanent": { "type": "boolean" },
                    "method": { "type": "string", "enum": keywords(&strings(RedirectMethod::ALL, RedirectMethod::as_str), false) }
                }
            },
            "retry": { "type": "string", "nullable": true, "enum": keywords(&strings(Retry::ALL, Retry::as_str), true) },
            "related": { "type": "array", "items": { "type": "integer", "minimum": 100, "maximum": 999 } },
            "sender": { "type": "string", "enum": keywords(&strings(Sender::ALL, Sender::as_str), false) },
            "curl": { "type": "string" },
            "example": example,
            "constants": constants
        }
    });
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "httpstatus API",
            "version": env!("CARGO_PKG_VERSION"),
            "description": format!(
                "Every HTTP status code, registered and unofficial, with Korean and English texts and protocol facts. Data: IANA HTTP Status Code Registry as of {}, texts reviewed {}. Texts may contain inline code in backticks (`limit_req`), their only markup. Errors are JSON: {{\"error\": {{\"status\", \"reason\", \"message\"}}}}. Every response allows any origin (CORS); GET and HEAD only.",
                version.registry_snapshot, version.text_reviewed
            ),
            "license": { "name": "MIT OR Apache-2.0" }
        },
        "servers": [ { "url": "/api/v1" } ],
        "paths": {
            "/codes": { "get": {
                "operationId": "listCodes",
                "summary": "Codes filtered by class and facts",
                "description": "Filters combine (AND), as in `httpstatus list`. Registered codes only, unless `unofficial=true` (unofficial only) or `all=true` (both). Unknown parameters and values are a 400.",
                "parameters": list_params,
                "responses": {
                    "200": array_of("Entry", "The matching entries in code order (possibly none)."),
                    "400": error_response("An unknown parameter, a bad value, or a flag given twice.")
                }
            } },
            "/codes/{code}": { "get": {
                "operationId": "getCode",
                "summary": "Every meaning of a code",
                "description": "An array: one entry for most codes, several when vendors use the number differently (499: nginx and Esri), registered meaning first.",
                "parameters": [ {
                    "name": "code", "in": "path", "required": true,
                    "description": "A three-digit number, 100 to 999.",
                    "schema": { "type": "integer", "minimum": 100, "maximum": 999 }
                } ],
                "responses": {
                    "200": {
                        "description": "Every meaning of the code.",
                        "content": { "application/json": { "schema": {
                            "type": "array", "minItems": 1,
                            "items": { "$ref": "#/components/schemas/Entry" }
                        } } }
                    },
                    "400": error_response("Not a three-digit number from 100 to 999."),
                    "404": error_response("An unassigned code; the message gives its class and how clients treat it (RFC 9110 §15).")
                }
            } },
            "/search": { "get": {
                "operationId": "search",
                "summary": "Ranked search in Korean and English",
                "description": "By code (404, or 4o4 with a typo), pattern (4xx, 41x), reason phrase, alias, keyword (access denied, 요청 제한) or words in either language, situations included (upload too big, 비밀번호 틀렸을 때); tolerant of typos, of Korean spacing and of Korean particles and endings. Best match first; hits far below the best one are left out, so a precise query returns a handful. The CLI and the pages show the same list.",
                "parameters": [
                    {
                        "name": "q", "in": "query", "required": true,
                        "description": "What to look for; not blank.",
                        "schema": { "type": "string", "minLength": 1, "maxLength": MAX_QUERY, "pattern": "\\S" }
                    },
                    {
                        "name": "lang", "in": "query", "required": false,
                        "description": "The language of the `page` links in the hits (default en). Matching always covers both languages.",
                        "schema": { "type": "string", "enum": ["ko", "en"], "default": "en" }
                    }
                ],
                "responses": {
                    "200": array_of("Hit", "The hits, best first (possibly none)."),
                    "400": error_response("q missing, blank or too long; lang not ko or en; an unknown parameter.")
                }
            } },
            "/classes": { "get": {
                "operationId": "listClasses",
                "summary": "The five classes",
                "responses": { "200": array_of("ClassInfo", "1xx to 5xx, in order.") }
            } },
            "/choose": { "get": {
                "operationId": "getDecisionGuide",
                "summary": "The decision guide \"Which code should I send?\"",
                "description": "The questions, their answers (each leading to a question or a result by id), the results (codes, recommended first, with a note), and the registered codes the guide deliberately does not lead to. The same graph drives `httpstatus choose` and the pages under /ko/choose/ and /en/choose/, whose paths list answer ids.",
                "responses": { "200": {
                    "description": "The whole graph.",
                    "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Guide" } } }
                } }
            } },
            "/openapi.json": { "get": {
                "operationId": "openapi",
                "summary": "This document",
                "responses": { "200": {
                    "description": "The OpenAPI document.",
                    "content": { "application/json": { "schema": { "type": "object" } } }
                } }
            } }
        },
        "components": { "schemas": {
            "Text": {
                "type": "object",
                "additionalProperties": false,
                "required": ["ko", "en"],
                "properties": { "ko": { "type": "string" }, "en": { "type": "string" } }
            },
            "SpecRef": {
                "type": "object",
                "additionalProperties": false,
                "required": ["document", "section", "url"],
                "properties": {
                    "document": { "type": "string" },
                    "section": { "type": "string", "nullable": true },
                    "url": { "type": "string" }
                }
            },
            "HeaderRule": {
                "type": "object",
                "additionalProperties": false,
                "required": ["name", "requirement", "condition"],
                "properties": {
                    "name": { "type": "string" },
                    "requirement": { "type": "string", "enum": keywords(&strings(Requirement::ALL, Requirement::as_str), false) },
                    "condition": {
                        "nullable": true,
                        "allOf": [ text_ref() ],
                        "description": "When the rule applies, if not always (\"when a single part is sent\"); null for an unconditional rule."
                    }
                }
            },
            "TemporaryRegistration": {
                "type": "object",
                "additionalProperties": false,
                "required": ["registered", "extended", "expires", "reference"],
                "properties": {
                    "registered": { "type": "string", "format": "date" },
                    "extended": { "type": "array", "items": { "type": "string", "format": "date" } },
                    "expires": { "type": "string", "format": "date", "description": "As of the registry snapshot; the data cannot know what happened after." },
                    "reference": { "type": "string" }
                }
            },
            "Entry": entry,
            "WireMessage": {
                "type": "object",
                "additionalProperties": false,
                "required": ["from", "text", "omitted"],
                "properties": {
                    "from": { "type": "string", "enum": ["client", "server"] },
                    "text": { "type": "string", "description": "The bytes as sent (CR LF line endings); the Date value is normalised." },
                    "omitted": { "type": "integer", "minimum": 0, "description": "Content bytes left out after text." }
                }
            },
            "Constant": {
                "type": "object",
                "additionalProperties": false,
                "required": ["ecosystem", "language", "library", "version", "name", "expression", "phrase", "differs_from_registry"],
                "properties": {
                    "ecosystem": { "type": "string", "enum": httpstatus::ecosystems().iter().map(|e| e.id).collect::<Vec<_>>() },
                    "language": { "type": "string" },
                    "library": { "type": "string" },
                    "version": { "type": "string" },
                    "name": { "type": "string", "nullable": true },
                    "expression": { "type": "string", "nullable": true },
                    "phrase": { "type": "string", "nullable": true },
                    "differs_from_registry": { "type": "boolean", "nullable": true }
                }
            },
            "Hit": {
                "type": "object",
                "additionalProperties": false,
                "required": ["rank", "score", "match", "page", "entry"],
                "properties": {
                    "rank": { "type": "integer", "minimum": 1 },
                    "score": { "type": "integer", "minimum": 0, "description": "Higher is better; comparable within one response only." },
                    "match": { "type": "string", "enum": MATCH_NAMES },
                    "page": { "type": "string", "description": "The reference page of the code, in `lang`." },
                    "entry": { "$ref": "#/components/schemas/Entry" }
                }
            },
            "ClassInfo": {
                "type": "object",
                "additionalProperties": false,
                "required": ["class", "digit", "slug", "name", "summary", "description", "representative", "codes", "unofficial_codes"],
                "properties": {
                    "class": { "type": "string", "enum": class_ranges },
                    "digit": { "type": "integer", "minimum": 1, "maximum": 5 },
                    "slug": { "type": "string" },
                    "name": text_ref(),
                    "summary": text_ref(),
                    "description": text_ref(),
                    "representative": { "type": "integer", "description": "The x00 code a client treats unknown codes of the class as." },
                    "codes": { "type": "array", "items": { "type": "integer" } },
                    "unofficial_codes": { "type": "array", "items": { "type": "integer" } }
                }
            },
            "Guide": {
                "type": "object",
                "additionalProperties": false,
                "required": ["start", "reviewed", "max_depth", "questions", "results", "not_reached"],
                "properties": {
                    "start": { "type": "string", "description": "The id of the first question." },
                    "reviewed": { "type": "string", "description": "When the texts were last reviewed against the RFCs (YYYY-MM-DD)." },
                    "max_depth": { "type": "integer", "minimum": 1, "description": "The most answers on one path." },
                    "questions": { "type": "array", "items": { "$ref": "#/components/schemas/GuideQuestion" } },
                    "results": { "type": "array", "items": { "$ref": "#/components/schemas/GuideResult" } },
                    "not_reached": { "type": "array", "items": {
                        "type": "object",
                        "additionalProperties": false,
                        "required": ["code", "why"],
                        "properties": { "code": { "type": "integer", "minimum": 100, "maximum": 599 }, "why": text_ref() }
                    } }
                }
            },
            "GuideQuestion": {
                "type": "object",
                "additionalProperties": false,
                "required": ["id", "text", "why", "spec", "answers"],
                "properties": {
                    "id": { "type": "string" },
                    "text": text_ref(),
                    "why": text_ref(),
                    "spec": { "type": "array", "minItems": 1, "items": { "$ref": "#/components/schemas/SpecRef" } },
                    "answers": { "type": "array", "minItems": 2, "items": {
                        "type": "object",
                        "additionalProperties": false,
                        "required": ["id", "label", "next"],
                        "properties": {
                            "id": { "type": "string", "pattern": "^[a-z0-9-]+$", "description": "A path segment of the pages and a value of `httpstatus choose --answers`." },
                            "label": text_ref(),
                            "next": { "type": "string", "description": "The id of the question or result it leads to." }
                        }
                    } }
                }
            },
            "GuideResult": {
                "type": "object",
                "additionalProperties": false,
                "required": ["id", "codes", "note", "spec"],
                "properties": {
                    "id": { "type": "string" },
                    "codes": { "type": "array", "minItems": 1, "items": { "type": "integer", "minimum": 100, "maximum": 999 }, "description": "The recommended code first, then the close alternatives the note weighs." },
                    "note": text_ref(),
                    "spec": { "type": "array", "items": { "$ref": "#/components/schemas/SpecRef" } }
                }
            },
            "Error": {
                "type": "object",
                "additionalProperties": false,
                "required": ["error"],
                "properties": { "error": {
                    "type": "object",
                    "additionalProperties": false,
                    "required": ["status", "reason", "message"],
                    "properties": {
                        "status": { "type": "integer" },
                        "reason": { "type": "string" },
                        "message": { "type": "string" }
                    }
                } }
            }
        } }
    })
}
