// forEach and filter with concurrency.
const { Readable } = require('stream');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function main() {
  await Readable.from(['a', 'b', 'c', 'd']).forEach(async (x) => {
    console.log('begin', x);
    await sleep(x === 'a' ? 20 : 5);
    console.log('end', x);
  }, { concurrency: 3 });
  console.log('forEach resolved');
  const kept = await Readable.from([5, 1, 4, 2]).filter(async (x) => {
    await sleep(x * 3);
    console.log('checked', x);
    return x > 2;
  }, { concurrency: 4 }).toArray();
  console.log(kept);
}
main();
