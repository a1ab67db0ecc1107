// for await over a Readable; breaking out destroys the stream.
const { Readable } = require('stream');

async function main() {
  let n = 0;
  const r = new Readable({
    objectMode: true,
    read() {
      n++;
      if (n <= 5) setImmediate(() => this.push({ n }));
      else this.push(null);
    },
  });
  r.on('close', () => console.log('r close'));
  for await (const obj of r) console.log('item', obj.n);
  console.log('loop ended, destroyed', r.destroyed, 'readableEnded', r.readableEnded);

  const s = new Readable({ read() {} });
  s.push('a');
  s.push('b');
  s.on('close', () => console.log('s close'));
  for await (const chunk of s) {
    console.log('s chunk', String(chunk));
    break;
  }
  console.log('after break destroyed', s.destroyed);

  const t = new Readable({ read() {} });
  t.push('keep');
  const it = t.iterator({ destroyOnReturn: false });
  for await (const chunk of it) {
    console.log('t chunk', String(chunk));
    break;
  }
  console.log('destroyOnReturn false, destroyed', t.destroyed);
}
main().then(() => console.log('done'));
