// Derives a diary passphrase's key (age's scrypt) away from the page's only
// thread, so the page, and quick exit, stay responsive while a diary is
// created or opened. Loads kdf.wasm (built from shared/kdf-worker by
// scripts/build-web.sh) and answers one request:
//   in:  { passphrase: Uint8Array, salt: Uint8Array(16), logN: number }
//   out: Uint8Array(32), the key, or null when the input is out of range.
// The worker is ended after each answer; the passphrase is zeroed here and in
// the module.
'use strict';
const module = WebAssembly.instantiateStreaming
  ? WebAssembly.instantiateStreaming(fetch('/kdf.wasm'))
  : fetch('/kdf.wasm').then((r) => r.arrayBuffer()).then((b) => WebAssembly.instantiate(b));

self.onmessage = async (event) => {
  const { passphrase, salt, logN } = event.data;
  let key = null;
  try {
    const { exports: k } = (await module).instance;
    const bytes = () => new Uint8Array(k.memory.buffer);
    if (passphrase.length <= 1024 && salt.length === 16) {
      bytes().set(passphrase, k.pass_ptr());
      bytes().set(salt, k.salt_ptr());
      if (k.derive(passphrase.length, logN) === 1) {
        key = bytes().slice(k.out_ptr(), k.out_ptr() + 32);
      }
      k.clear();
    }
  } finally {
    passphrase.fill(0);
    self.postMessage(key, key ? [key.buffer] : []);
  }
};
