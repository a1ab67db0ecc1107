// Request ids for a log: formats and lengths are stable even though the values are random.
const crypto = require('crypto');

function makeRequest(path) {
  return {
    id: crypto.randomUUID(),
    traceId: crypto.randomBytes(16).toString('hex'),
    spanId: crypto.randomBytes(8).toString('hex'),
    nonce: crypto.randomBytes(12).toString('base64url'),
    path,
  };
}
const reqs = ['/a', '/b', '/c'].map(makeRequest);
for (const r of reqs) {
  console.log(r.path, r.id.length, r.traceId.length, r.spanId.length, r.nonce.length, /^[A-Za-z0-9_-]+$/.test(r.nonce));
}
console.log('distinct ids:', new Set(reqs.map((r) => r.id)).size);
console.log('hex only:', reqs.every((r) => /^[0-9a-f]+$/.test(r.traceId + r.spanId)));
