// The classic 'readable' loop: while ((chunk = read()) !== null).
const { Readable } = require('stream');
let n = 0;
const r = new Readable({
  highWaterMark: 4,
  read() {
    n++;
    if (n > 3) this.push(null);
    else this.push(`chunk${n}`);
  },
});
r.on('readable', () => {
  console.log('readable, buffered', r.readableLength);
  let chunk;
  while ((chunk = r.read()) !== null) console.log('read', chunk.toString());
});
r.on('end', () => console.log('end'));
