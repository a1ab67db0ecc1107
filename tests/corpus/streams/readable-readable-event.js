// 'readable' fires when data is available and once more at the end.
const { Readable } = require('stream');

let step = 0;
const r = new Readable({
  highWaterMark: 4,
  read() {
    step++;
    console.log('_read', step);
    setImmediate(() => {
      if (step === 1) this.push('abcdef');
      else if (step === 2) this.push('gh');
      else this.push(null);
    });
  },
});
r.on('readable', () => {
  console.log('readable: length', r.readableLength, 'ended', r.readableEnded);
  const c = r.read(3);
  console.log('  read(3) ->', c && String(c));
});
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
