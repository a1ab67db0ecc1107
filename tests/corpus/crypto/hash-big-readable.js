// Hashing a large generated stream chunk by chunk gives the same digest as hashing it whole.
const crypto = require('crypto');
const { Readable } = require('stream');

const chunk = Buffer.alloc(64 * 1024, 'nodescope ');
let sent = 0;
const source = new Readable({
  read() {
    if (sent === 32) return this.push(null);
    sent++;
    this.push(chunk);
  },
});
const whole = crypto.createHash('sha256');
for (let i = 0; i < 32; i++) whole.update(chunk);
const expected = whole.digest('hex');
const hash = crypto.createHash('sha256');
let writes = 0;
source.on('data', () => writes++);
source.pipe(hash).on('readable', function () {
  const d = this.read();
  if (d) console.log(writes, 'chunks,', d.toString('hex') === expected, expected.slice(0, 20));
});
