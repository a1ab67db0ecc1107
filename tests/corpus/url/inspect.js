// console.log of URL and URLSearchParams objects.
const u = new URL('https://u:p@example.com:8080/a/b?x=1&y=2#h');
console.log(u);
console.log(new URL('file:///tmp/x.txt'));
console.log(u.searchParams);
console.log(new URLSearchParams());
console.log(new URLSearchParams({ alpha: 'first value here', beta: 'second value here', gamma: 'third value' }));
console.log({ nested: { url: new URL('http://a.b') } });
console.log({ a: { b: { c: new URL('http://a.b') } } });
console.log([new URLSearchParams('k=v')]);
console.log(new URLSearchParams('a=1&b=2').entries(), new URLSearchParams('a=1&b=2').keys());
