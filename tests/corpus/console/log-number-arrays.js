// Arrays of more than six numbers are grouped into right-aligned columns.
const range = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));
console.log(range(6));
console.log(range(7));
console.log(range(10, (i) => i * i));
console.log(range(26, (i) => i * 37 % 100));
console.log(range(30, (i) => (i % 2 ? -i : i * 1000)));
console.log(range(100));
console.log(range(101));
console.log(range(12, (i) => i / 4));
console.log(range(16, (i) => BigInt(i) ** 3n));
console.log({ data: range(20, (i) => i * 3) });
