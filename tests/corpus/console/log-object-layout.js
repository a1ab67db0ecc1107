// When an object fits within 80 columns it is printed on one line; otherwise one entry per line.
console.log({ a: 1, b: 2, c: 3 });
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10 });
console.log({ first: 'x'.repeat(25), second: 'y'.repeat(25), third: 'z'.repeat(25) });
console.log({ name: 'nodescope', version: '1.0.0', scripts: { build: 'cargo build', test: 'cargo test' } });
const users = [
  { id: 1, name: 'Alice', email: 'alice@example.com', admin: true },
  { id: 2, name: 'Bob', email: 'bob@example.com', admin: false },
];
console.log(users);
console.log({ users });
const wide = {};
for (let i = 0; i < 30; i++) wide[`key${i}`] = i;
console.log(wide);
console.log({ empty: {}, emptyArr: [], nested: { empty: {} } });
