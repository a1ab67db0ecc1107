// Errors surface as exceptions in for await; throwing in the loop destroys the stream.
const { Readable } = require('stream');

async function main() {
  const r = new Readable({ read() {} });
  r.push('first');
  setImmediate(() => r.destroy(new Error('source failed')));
  try {
    for await (const c of r) console.log('chunk', String(c));
  } catch (err) {
    console.log('caught', err.message, 'destroyed', r.destroyed);
  }

  const s = new Readable({ objectMode: true, read() {} });
  s.push(1);
  s.push(2);
  s.on('close', () => console.log('s close'));
  s.on('error', (e) => console.log('s error event', e.message));
  try {
    for await (const v of s) {
      console.log('v', v);
      throw new Error('loop body threw');
    }
  } catch (err) {
    console.log('caught', err.message, 'destroyed', s.destroyed);
  }

  const q = new Readable({ read() {} });
  q.push('x');
  setImmediate(() => q.destroy());
  try {
    for await (const c of q) console.log('q chunk', String(c));
    console.log('q loop ended normally');
  } catch (err) {
    console.log('q caught', err.code, err.message);
  }
}
main();
