// Breaking out of for await destroys the stream; destroyOnReturn: false keeps it.
const { Readable } = require('stream');
async function main() {
  const r = Readable.from([1, 2, 3, 4]);
  for await (const x of r) {
    console.log('x', x);
    break;
  }
  console.log('destroyed after break', r.destroyed);
  const keep = Readable.from([1, 2, 3, 4]);
  for await (const x of keep.iterator({ destroyOnReturn: false })) {
    console.log('first', x);
    break;
  }
  console.log('kept alive', keep.destroyed);
  for await (const x of keep) console.log('rest', x);
}
main();
