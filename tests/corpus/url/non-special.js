// Non-special schemes: opaque paths, no host lowercasing of the path, null origin.
for (const s of ['mailto:Someone@Example.com?subject=Hi there', 'data:text/plain,Hello%20World', 'javascript:alert(1)',
  'urn:isbn:0451450523', 'git+ssh://git@GitHub.com/u/r.git', 'custom://Host/A/../B', 'blob:https://example.com/uuid', 'sc:/a/./b']) {
  const u = new URL(s);
  console.log(u.href, '|', u.protocol, '|', u.host, '|', u.pathname, '|', u.search, '|', u.origin);
}
