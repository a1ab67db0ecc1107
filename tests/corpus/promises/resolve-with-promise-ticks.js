// new Promise(r => r(promise)) takes two extra turns compared with Promise.resolve(promise).
const inner = Promise.resolve('inner');
console.log('Promise.resolve(p) === p:', Promise.resolve(inner) === inner);
new Promise((r) => r(inner)).then(() => console.log('new Promise(r => r(p)) settled'));
Promise.resolve(inner).then(() => console.log('Promise.resolve(p) settled'));
Promise.resolve().then(() => console.log('turn 1')).then(() => console.log('turn 2')).then(() => console.log('turn 3'));
