// randomUUID: version 4 UUIDs. Values differ every run; the format does not.
const crypto = require('crypto');

const ids = Array.from({ length: 1000 }, () => crypto.randomUUID());
console.log('length 36:', ids.every((id) => id.length === 36));
console.log('hex and dashes:', ids.every((id) => /^[0-9a-f-]{36}$/.test(id)));
console.log('v4 layout:', ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id)));
console.log('all unique:', new Set(ids).size === ids.length);
console.log('typeof', typeof ids[0], 'dashes at', [...ids[0]].map((c, i) => (c === '-' ? i : -1)).filter((i) => i >= 0));
console.log(typeof crypto.randomUUID({ disableEntropyCache: true }));
try {
  crypto.randomUUID('x');
} catch (e) {
  console.log(e.code, e.message);
}
try {
  crypto.randomUUID({ disableEntropyCache: 1 });
} catch (e) {
  console.log(e.code, e.message);
}
