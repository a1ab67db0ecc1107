// The URL getters for a typical http URL.
const u = new URL('https://user:secret@Example.COM:8443/docs/../api/v1/items?id=42&sort=asc#top');
for (const k of ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash']) {
  console.log(k.padEnd(9), JSON.stringify(u[k]));
}
console.log(u.searchParams.get('id'), u.searchParams.get('missing'));
