//! The WebSocket echo behind `/101`: after the 101 (Switching Protocols), every message
//! comes back as it was sent.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use hyper_util::rt::TokioIo;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::{Role, WebSocketConfig};

/// How long an idle WebSocket stays open.
const IDLE: Duration = Duration::from_secs(60);

/// Echoes messages until the client closes, goes idle, or sends more than `max_message`
/// bytes in one message.
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
    loop {
        let msg = match tokio::time::timeout(IDLE, ws.next()).await {
            Ok(Some(Ok(m))) => m,
            _ => break,
        };
        let reply = match msg {
            Message::Text(_) | Message::Binary(_) => msg,
            Message::Close(_) => break,
            _ => continue,
        };
        if ws.send(reply).await.is_err() {
            break;
        }
    }
    let _ = ws.close(None).await;
}
