// Readable.prototype.map with { concurrency }: several calls in flight, results in order.
const { Readable } = require('stream');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function main() {
  const delays = { 1: 30, 2: 10, 3: 20, 4: 5 };
  const out = await Readable.from([1, 2, 3, 4]).map(async (x) => {
    console.log('start', x);
    await sleep(delays[x]);
    console.log('done', x);
    return x * 10;
  }, { concurrency: 2 }).toArray();
  console.log(out);
  const seq = await Readable.from([1, 2, 3]).map(async (x) => {
    console.log('seq start', x);
    await sleep(1);
    return x;
  }).toArray();
  console.log(seq);
}
main();
