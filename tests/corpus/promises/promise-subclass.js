// then on a Promise subclass builds a new instance of the subclass.
class MyPromise extends Promise {}
const p = MyPromise.resolve(1);
const q = p.then((v) => v + 1);
console.log(p instanceof MyPromise, q instanceof MyPromise);
q.then((v) => console.log('value', v));
console.log(Promise.resolve(p) === p, MyPromise.resolve(p) === p);
