// process.hrtime.bigint() and process.hrtime(): monotonic, with a diff form.
const a = process.hrtime.bigint();
const t = process.hrtime();
const s = Date.now();
while (Date.now() - s < 5) {}
const b = process.hrtime.bigint();
const diff = process.hrtime(t);
console.log(typeof a, b > a, (b - a) >= 4000000n);
console.log(Array.isArray(diff), diff.length, diff[0] >= 0, diff[1] >= 0 && diff[1] < 1e9);
console.log('diff at least 4 ms:', diff[0] * 1e3 + diff[1] / 1e6 >= 4);
