// With both 'readable' and 'data' listeners, 'readable' wins: data only via read().
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.on('data', (d) => console.log('data', String(d)));
r.on('readable', () => {
  console.log('readable, flowing', r.readableFlowing);
  let c;
  while ((c = r.read()) !== null) console.log('read', String(c));
});
r.push('x');
r.push('y');
setImmediate(() => {
  console.log('removing readable listener');
  r.removeAllListeners('readable');
  process.nextTick(() => {
    console.log('after removal flowing', r.readableFlowing);
    r.push('z');
    r.push(null);
  });
});
r.on('end', () => console.log('end'));
