// A tiny router over URL objects, as an http server would use it.
const routes = {
  '/users': (q) => `list users page=${q.get('page') ?? 1} limit=${q.get('limit') ?? 10}`,
  '/users/show': (q) => (q.has('id') ? `user ${Number(q.get('id'))}` : 'missing id'),
};
for (const reqUrl of ['/users', '/users?page=3&limit=50', '/users/show?id=12', '/users/show', '/nope?x=1', '/users/?page=2']) {
  const { pathname, searchParams } = new URL(reqUrl, 'http://localhost:8080');
  const handler = routes[pathname.replace(/\/$/, '') || '/'];
  console.log(reqUrl.padEnd(24), handler ? handler(searchParams) : `404 ${pathname}`);
}
const next = new URL('/users', 'http://localhost:8080');
next.searchParams.set('page', 4);
next.searchParams.set('filter', 'name:ada & co');
console.log(next.href, next.pathname + next.search);
