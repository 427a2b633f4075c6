//! The browser layer (WebAssembly only).
