// setEncoding('utf8') on a readable fed split multibyte characters.
const { Readable } = require('stream');
const text = 'héllo wörld €100 😀!';
const bytes = Buffer.from(text);
function feed(stream) {
  for (let i = 0; i < bytes.length; i += 3) stream.push(bytes.subarray(i, i + 3));
  stream.push(null);
}
const naive = new Readable({ read() {} });
let bad = '';
naive.on('data', (c) => { bad += c; });
naive.on('end', () => console.log('without setEncoding:', bad, bad === text));
feed(naive);
const good = new Readable({ read() {} });
good.setEncoding('utf8');
const chunks = [];
good.on('data', (c) => chunks.push(c));
good.on('end', () => console.log('with setEncoding:', chunks.join(''), chunks.join('') === text, chunks.length));
feed(good);
