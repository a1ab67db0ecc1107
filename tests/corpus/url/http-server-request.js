// The usual http-server idiom: parse req.url against a dummy base.
const reqs = ['/users?id=7&name=Ada%20Lovelace', '/search?q=node+js&page=2', '/', '/a//b/./c/../d?x', '/items/%E2%9C%93?tag=a&tag=b'];
for (const path of reqs) {
  const { pathname, searchParams } = new URL(path, 'http://localhost');
  console.log(pathname, Object.fromEntries(searchParams), searchParams.getAll('tag'));
}
const r = new URL('/api?x=1', `http://${'localhost:3000'}`);
console.log(r.host, r.port, r.href);
