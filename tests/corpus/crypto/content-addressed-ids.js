// Content-addressed ids: the same JSON gives the same id, any change gives another.
const crypto = require('crypto');

const id = (obj) => crypto.createHash('sha256').update(JSON.stringify(obj)).digest('hex').slice(0, 12);
const a = { user: 'ada', roles: ['admin'] };
console.log(id(a), id({ user: 'ada', roles: ['admin'] }), id({ user: 'ada', roles: ['user'] }));
const etag = (body) => `"${crypto.createHash('md5').update(body).digest('base64')}"`;
console.log('ETag', etag('<html>hello</html>'));
const store = new Map();
for (const doc of ['alpha', 'beta', 'alpha', 'gamma', 'beta']) {
  const key = crypto.createHash('sha1').update(doc).digest('hex');
  store.set(key, (store.get(key) || 0) + 1);
}
console.log([...store.entries()].map(([k, v]) => `${k.slice(0, 8)}×${v}`).join(' '));
