//! The WebSocket echo behind `/101` with a real client library (tokio-tungstenite) and with
//! raw frames: the closing handshake of RFC 6455 §5.5.1 (a Close is answered with a Close
//! echoing its code, then the server closes TCP), and the codes the server closes with
//! when a client breaks a rule (1009 for a message over the size limit, 1007 for a text
//! message that is not UTF-8).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod support;

use std::io::Write;
use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use support::{Config, Limits, config, read_to_close, read_until, start};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;

type Client = tokio_tungstenite::WebSocketStream<tokio::net::TcpStream>;

async fn connect(addr: std::net::SocketAddr) -> Client {
    let tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
    let (ws, resp) = tokio_tungstenite::client_async(format!("ws://{addr}/101"), tcp)
        .await
        .unwrap();
    assert_eq!(resp.status().as_u16(), 101);
    ws
}

/// Reads until the server's Close; returns it and what the stream did after it.
async fn closed_by_server(ws: &mut Client) -> Option<CloseFrame> {
    let mut close = None;
    while let Some(msg) = tokio::time::timeout(Duration::from_secs(10), ws.next())
        .await
        .expect("the server ends the connection")
    {
        match msg {
            Ok(Message::Close(frame)) => close = frame,
            Ok(_) => {}
            Err(e) => panic!("the connection broke instead of closing: {e}"),
        }
    }
    close
}

#[test]
fn close_is_answered_with_a_close_echoing_the_code() {
    let server = start(config());
    let addr = server.addr;
    support::block_on(async move {
        for (code, reason) in [
            (CloseCode::Normal, "done"),
            (CloseCode::Away, ""),
            (CloseCode::Library(4000), "app-specific"),
        ] {
            let mut ws = connect(addr).await;
            ws.send(Message::text("hello")).await.unwrap();
            assert_eq!(ws.next().await.unwrap().unwrap(), Message::text("hello"));
            ws.close(Some(CloseFrame {
                code,
                reason: reason.into(),
            }))
            .await
            .unwrap();
            // The server's Close comes back with the same code, then the stream ends
            // cleanly (not 1006, abnormal closure).
            let echoed = closed_by_server(&mut ws)
                .await
                .expect("a Close with a code");
            assert_eq!(echoed.code, code);
        }
        // A Close without a code gets one without a code.
        let mut ws = connect(addr).await;
        ws.close(None).await.unwrap();
        assert_eq!(closed_by_server(&mut ws).await, None);
    });
}

#[test]
fn a_message_over_the_limit_is_closed_with_1009() {
    let server = start(Config {
        limits: Limits {
            max_body: 1000,
            ..Limits::default()
        },
        ..config()
    });
    let addr = server.addr;
    support::block_on(async move {
        let mut ws = connect(addr).await;
        ws.send(Message::binary(vec![7u8; 1000])).await.unwrap();
        assert_eq!(
            ws.next().await.unwrap().unwrap().len(),
            1000,
            "at the limit: echoed"
        );
        ws.send(Message::binary(vec![7u8; 1001])).await.unwrap();
        let close = closed_by_server(&mut ws)
            .await
            .expect("a Close with a code");
        assert_eq!(close.code, CloseCode::Size);
        // Even when the message is much larger than what the server reads of it.
        let mut ws = connect(addr).await;
        ws.send(Message::binary(vec![7u8; 200_000])).await.unwrap();
        let close = closed_by_server(&mut ws)
            .await
            .expect("a Close with a code");
        assert_eq!(close.code, CloseCode::Size);
    });
}

/// A masked client frame.
fn frame(opcode: u8, payload: &[u8]) -> Vec<u8> {
    assert!(payload.len() < 126);
    let mask = [0x11u8, 0x22, 0x33, 0x44];
    let mut out = vec![0x80 | opcode, 0x80 | payload.len() as u8];
    out.extend_from_slice(&mask);
    out.extend(payload.iter().enumerate().map(|(i, b)| b ^ mask[i % 4]));
    out
}

/// Upgrades a raw connection to a WebSocket.
fn upgraded(server: &support::TestServer) -> std::net::TcpStream {
    let mut s = server.connect();
    s.write_all(
        b"GET /101 HTTP/1.1\r\nHost: t\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\
          Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
    )
    .unwrap();
    let head = read_until(&mut s, b"\r\n\r\n", Duration::from_secs(5));
    assert!(head.starts_with(b"HTTP/1.1 101 Switching Protocols\r\n"));
    s
}

#[test]
fn closing_handshake_on_the_wire() {
    let server = start(config());
    // Close 1000 "bye": the server sends Close 1000 back (unmasked, code first), then
    // closes the TCP connection.
    let mut s = upgraded(&server);
    s.write_all(&frame(0x8, b"\x03\xe8bye")).unwrap();
    let rest = read_to_close(&mut s);
    assert!(rest.len() >= 4, "{rest:?}");
    assert_eq!(rest[0], 0x88, "FIN + Close");
    assert_eq!(rest[1] & 0x80, 0, "a server's frame is not masked");
    assert_eq!(&rest[2..4], &[0x03, 0xe8], "the client's code, echoed");
    // A text message that is not UTF-8: Close 1007 (RFC 6455 §7.4.1).
    let mut s = upgraded(&server);
    s.write_all(&frame(0x1, &[0xff, 0xfe])).unwrap();
    let rest = read_until(&mut s, &[0x03, 0xef], Duration::from_secs(5));
    assert_eq!(&rest[..4], &[0x88, rest[1], 0x03, 0xef], "{rest:?}");
    s.write_all(&frame(0x8, b"\x03\xef")).unwrap();
    let _ = read_to_close(&mut s);
}
