// Breaking out of for-await over Readable.from(generator) runs the generator's finally.
const { Readable } = require('stream');
function* numbers() {
  try {
    for (let i = 0; ; i++) yield i;
  } finally {
    console.log('generator cleanup');
  }
}
async function main() {
  const r = Readable.from(numbers());
  r.on('close', () => console.log('stream closed'));
  for await (const n of r) {
    console.log('got', n);
    if (n === 2) break;
  }
  console.log('after loop', r.destroyed, r.readableEnded);
}
main();
