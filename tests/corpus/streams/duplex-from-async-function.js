// Duplex.from(async function): a writable-only Duplex that finishes when the function resolves.
const { Duplex, pipeline, Readable } = require('stream');
const sink = Duplex.from(async function (source) {
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    console.log('sink got', String(chunk));
  }
  console.log('total', total);
});
console.log(sink.readable, sink.writable);
pipeline(Readable.from(['ab', 'cde'], { objectMode: false }), sink, (err) => console.log('done', err));
try {
  Duplex.from(() => 42);
} catch (e) {
  console.log(e.code, e.message);
}
