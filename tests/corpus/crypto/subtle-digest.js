// Web Crypto digest: a promise of an ArrayBuffer; errors as DOMException or TypeError.
const { subtle } = globalThis.crypto;
(async () => {
  const b = await subtle.digest('SHA-256', new TextEncoder().encode('abc'));
  console.log(b instanceof ArrayBuffer, Buffer.from(b).toString('hex'));
  console.log(Buffer.from(await subtle.digest({ name: 'sha-1' }, Buffer.from('abc'))).toString('hex'));
  for (const args of [['MD5', Buffer.from('a')], ['SHA-256', 'abc'], ['SHA-256'], [{}, Buffer.from('a')]]) {
    try { await subtle.digest(...args); } catch (e) { console.log(e.name, e.code, e.message); }
  }
})();
