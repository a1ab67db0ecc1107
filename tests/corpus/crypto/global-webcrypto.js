// Node 20 has a global `crypto` (Web Crypto); require('crypto') is the Node module.
console.log(typeof crypto, Object.prototype.toString.call(crypto));
console.log(crypto === require('crypto').webcrypto);
console.log(crypto === require('node:crypto').webcrypto);
console.log(/^[0-9a-f-]{36}$/.test(crypto.randomUUID()));
console.log(crypto.getRandomValues(new Uint8Array(8)).length);
console.log(typeof crypto.subtle, Object.prototype.toString.call(crypto.subtle));
console.log(crypto);
console.log(require('crypto') !== crypto, typeof require('crypto').createHash);
