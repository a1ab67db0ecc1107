// An error destroyed into a stream surfaces as a rejection in for await.
const { Readable } = require('stream');
async function main() {
  const r = new Readable({
    read() {
      this.push('chunk');
      this.destroy(new Error('source broke'));
    },
  });
  try {
    for await (const c of r) console.log('got', String(c));
  } catch (e) {
    console.log('caught', e.message, r.destroyed);
  }
  const ended = Readable.from([]);
  for await (const c of ended) console.log('never', c);
  console.log('empty stream loop finished');
}
main();
