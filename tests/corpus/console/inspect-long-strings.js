// Long strings containing newlines are split into concatenated pieces inside objects.
const util = require('util');
const text = 'first line of text\nsecond line of text\nthird line which is somewhat longer than the others\n';
console.log({ text });
console.log([text]);
console.log(util.inspect(text));
console.log({ long: 'x'.repeat(120) });
console.log({ nested: { deeper: 'line one\nline two\nline three goes on and on to exceed the limit' } });
console.log(util.inspect('short\nstring'));
