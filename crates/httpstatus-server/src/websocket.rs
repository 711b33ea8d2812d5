//! The WebSocket echo behind `/101`: after the 101 (Switching Protocols), every message
//! comes back as it was sent, and the connection ends with a closing handshake (RFC 6455
//! §5.5.1, §7): a client's Close is answered with a Close that echoes its status code; a
//! message over the size limit is refused with 1009 (Message Too Big), invalid UTF-8 in a
//! text message with 1007, a protocol error with 1002, and an idle connection is closed
//! with 1000.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use hyper_util::rt::TokioIo;
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::{CloseFrame, Role, WebSocketConfig};
use tokio_tungstenite::tungstenite::{Error, Message};

/// How long an idle WebSocket stays open.
const IDLE: Duration = Duration::from_secs(60);
/// How long the server waits for the client's side of a closing handshake it started.
const CLOSING: Duration = Duration::from_secs(5);

/// Why the echo ends.
#[derive(Debug)]
enum Ending {
    /// The client sent Close: tungstenite has queued the echo of it, to be flushed.
    ClosedByClient,
    /// Nothing came for [`IDLE`].
    Idle,
    /// The client broke a rule: close with this code. `readable` says whether the frames
    /// that follow can still be read (after a message too big, the rest of it is unread).
    Refused {
        code: CloseCode,
        reason: &'static str,
        readable: bool,
    },
    /// The connection is gone (reset, or closed without a closing handshake).
    Gone,
}

/// Echoes messages until the client closes, goes idle, or breaks a rule (a message over
/// `max_message` bytes among them), then ends with a closing handshake.
pub(crate) async fn echo(on_upgrade: hyper::upgrade::OnUpgrade, max_message: u64) {
    let upgraded = match on_upgrade.await {
        Ok(u) => u,
        Err(e) => {
            tracing::debug!("websocket upgrade failed: {e}");
            return;
        }
    };
    let limit = usize::try_from(max_message).unwrap_or(usize::MAX);
    let config = WebSocketConfig::default()
        .max_message_size(Some(limit))
        .max_frame_size(Some(limit));
    let mut ws =
        WebSocketStream::from_raw_socket(TokioIo::new(upgraded), Role::Server, Some(config)).await;
    let ending = serve(&mut ws).await;
    tracing::debug!(?ending, "websocket echo ends");
    close(ws, ending).await;
}

/// The echo itself.
async fn serve<S: AsyncRead + AsyncWrite + Unpin>(ws: &mut WebSocketStream<S>) -> Ending {
    loop {
        let msg = match tokio::time::timeout(IDLE, ws.next()).await {
            Err(_) => return Ending::Idle,
            Ok(None) => return Ending::Gone,
            Ok(Some(Err(e))) => return refusal(&e),
            Ok(Some(Ok(m))) => m,
        };
        match msg {
            Message::Close(_) => return Ending::ClosedByClient,
            Message::Text(_) | Message::Binary(_) => {}
            // tungstenite answers a Ping with a Pong itself; Pongs need nothing.
            _ => continue,
        }
        if ws.send(msg).await.is_err() {
            return Ending::Gone;
        }
    }
}

/// The close code for an error reading from the client (RFC 6455 §7.4.1).
fn refusal(e: &Error) -> Ending {
    match e {
        Error::Capacity(_) => Ending::Refused {
            code: CloseCode::Size,
            reason: "message too big",
            readable: false,
        },
        Error::Utf8(_) => Ending::Refused {
            code: CloseCode::Invalid,
            reason: "text message is not UTF-8",
            readable: true,
        },
        Error::Protocol(p) => {
            use tokio_tungstenite::tungstenite::error::ProtocolError;
            match p {
                ProtocolError::ResetWithoutClosingHandshake => Ending::Gone,
                _ => Ending::Refused {
                    code: CloseCode::Protocol,
                    reason: "protocol error",
                    readable: false,
                },
            }
        }
        _ => Ending::Gone,
    }
}

/// Ends the connection: finishes the closing handshake, then closes TCP (the server closes
/// it first, RFC 6455 §7.1.1).
async fn close<S: AsyncRead + AsyncWrite + Unpin>(mut ws: WebSocketStream<S>, ending: Ending) {
    let _ = tokio::time::timeout(CLOSING, async {
        match ending {
            // Sends the queued Close that echoes the client's status code (§5.5.1).
            Ending::ClosedByClient => {
                let _ = SinkExt::close(&mut ws).await;
            }
            Ending::Idle => {
                let frame = CloseFrame {
                    code: CloseCode::Normal,
                    reason: "idle for 60 s".into(),
                };
                if ws.send(Message::Close(Some(frame))).await.is_ok() {
                    // The client's Close comes back; then the stream ends.
                    while let Some(Ok(_)) = ws.next().await {}
                }
            }
            Ending::Refused {
                code,
                reason,
                readable,
            } => {
                let frame = CloseFrame {
                    code,
                    reason: reason.into(),
                };
                if ws.send(Message::Close(Some(frame))).await.is_err() {
                    return;
                }
                if readable {
                    while let Some(Ok(_)) = ws.next().await {}
                } else {
                    // What follows cannot be read as frames: end our side, and read and
                    // drop the rest until the client closes, so that closing the socket
                    // with unread bytes does not reset the connection (and the Close with
                    // it) before the client has read it.
                    let io = ws.get_mut();
                    let _ = io.shutdown().await;
                    let mut sink = [0u8; 8192];
                    while matches!(io.read(&mut sink).await, Ok(n) if n > 0) {}
                }
            }
            Ending::Gone => {}
        }
    })
    .await;
}
