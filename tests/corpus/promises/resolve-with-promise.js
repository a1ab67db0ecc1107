// resolve(p) with a native promise adopts it two turns later; Promise.resolve(p) returns p itself.
const p = Promise.resolve('inner');
console.log('Promise.resolve(p) === p:', Promise.resolve(p) === p);
new Promise((r) => r(p)).then((v) => console.log('adopted', v));
p.then(() => console.log('turn 1')).then(() => console.log('turn 2')).then(() => console.log('turn 3'));
