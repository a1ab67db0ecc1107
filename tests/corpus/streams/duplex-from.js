// Duplex.from with various inputs.
const { Duplex, Readable } = require('stream');
async function main() {
  const fromGen = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  });
  fromGen.end('abc');
  for await (const c of fromGen) console.log('gen duplex', c);
  const fromPair = Duplex.from({ readable: Readable.from(['r1', 'r2']) });
  console.log(fromPair.readable, fromPair.writable);
  for await (const c of fromPair) console.log('pair', c);
  const fromString = Duplex.from('text');
  for await (const c of fromString) console.log('string', c);
  try {
    Duplex.from(7);
  } catch (e) {
    console.log(e.name, e.code);
  }
}
main();
