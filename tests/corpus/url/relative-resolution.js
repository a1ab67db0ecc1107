// Relative references against a base (the URL Standard's examples and common cases).
const base = 'http://a/b/c/d;p?q';
const refs = ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y'];
for (const r of refs) console.log(JSON.stringify(r).padEnd(14), new URL(r, base).href);
console.log(new URL('./data.txt', 'file:///home/user/app/main.js').href);
console.log(new URL('../lib/x.js', 'file:///home/user/app/main.js').href);
console.log(new URL('https://other.org/p', 'http://a/b').href);
console.log(new URL('\\\\server\\share', 'http://a/b').href);
