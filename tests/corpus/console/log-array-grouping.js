const util = require('util');
let seed = 7;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
for (let len = 5; len <= 40; len += 1) {
  const nums = Array.from({ length: len }, () => rnd(len * 37));
  console.log(nums);
  const strs = Array.from({ length: len }, () => 'x'.repeat(rnd(9) + 1));
  console.log(strs);
  const mixed = Array.from({ length: len }, (_, i) => (i % 3 === 0 ? rnd(1000) : i % 3 === 1 ? 's' + rnd(100) : null));
  console.log(mixed);
}
for (let len = 6; len <= 30; len += 4) {
  const objs = Array.from({ length: len }, (_, i) => ({ id: i }));
  console.log(objs);
  console.log({ key: Array.from({ length: len }, (_, i) => i * 11), other: 'value' });
  console.log([Array.from({ length: len }, (_, i) => i)]);
  console.log(util.inspect(Array.from({ length: len }, (_, i) => i * 3), { breakLength: 40 }));
  console.log(util.inspect(Array.from({ length: len }, (_, i) => -i * 3.5), { compact: 1 }));
}
console.log(Array.from({ length: 26 }, (_, i) => 2 ** i));
console.log(Array.from({ length: 16 }, (_, i) => 'item number ' + i));
console.log(Array.from({ length: 12 }, (_, i) => [i, i * 2]));
console.log(Array.from({ length: 8 }, (_, i) => 'a'.repeat(i * 3)));
