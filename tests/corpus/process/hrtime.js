// process.hrtime returns [seconds, nanoseconds]; hrtime.bigint returns a bigint; both are monotonic.
const t = process.hrtime();
console.log(Array.isArray(t), t.length, Number.isInteger(t[0]), Number.isInteger(t[1]), t[1] < 1e9);
const b1 = process.hrtime.bigint();
const s = Date.now();
while (Date.now() - s < 5) {}
const b2 = process.hrtime.bigint();
console.log(typeof b1, b2 > b1, b2 - b1 >= 4000000n);
const d = process.hrtime(t);
console.log(d[0] >= 0, d[0] * 1e9 + d[1] >= 4e6);
console.log(typeof performance.now(), performance.now() > 0);
