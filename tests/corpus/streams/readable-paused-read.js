// Paused mode with 'readable' and read().
const { Readable } = require('stream');

const chunks = ['alpha', 'beta', 'gamma'];
const r = new Readable({
  highWaterMark: 8,
  read() {
    const c = chunks.shift();
    console.log('_read ->', c === undefined ? 'EOF' : c);
    this.push(c === undefined ? null : c);
  },
});
r.on('readable', () => {
  console.log('readable event, length', r.readableLength, 'flowing', r.readableFlowing);
  let chunk;
  while ((chunk = r.read()) !== null) console.log('read()', JSON.stringify(chunk.toString()));
  console.log('read() returned null, length', r.readableLength);
});
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
console.log('isPaused', r.isPaused(), 'flowing', r.readableFlowing);
