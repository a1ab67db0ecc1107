// copy() snapshots the state: a running checksum after every line.
const crypto = require('crypto');

const lines = ['first line', 'second line', 'third line'];
const running = crypto.createHash('sha256');
for (const line of lines) {
  running.update(line + '\n');
  console.log(line.padEnd(12), running.copy().digest('hex').slice(0, 16));
}
console.log('final       ', running.digest('hex').slice(0, 16));
const whole = crypto.createHash('sha256').update(lines.join('\n') + '\n').digest('hex').slice(0, 16);
console.log('one shot    ', whole);
const base = crypto.createHash('md5').update('prefix-');
const a = base.copy().update('a').digest('hex');
const b = base.copy().update('b').digest('hex');
console.log(a !== b, a, b);
