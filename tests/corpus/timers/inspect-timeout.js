// What a Timeout object looks like (keys, not the whole inspect output which has async ids).
const t = setTimeout(() => {}, 1000);
console.log(t.constructor.name);
console.log(typeof t.ref, typeof t.unref, typeof t.hasRef, typeof t.refresh, typeof t.close);
console.log('hasRef:', t.hasRef());
console.log('_idleTimeout:', t._idleTimeout, '_repeat:', t._repeat);
console.log('Symbol.toPrimitive:', typeof t[Symbol.toPrimitive]);
console.log('primitive is a number:', typeof +t === 'number', Number.isInteger(+t));
clearTimeout(t);
console.log('after clear _idleTimeout:', t._idleTimeout);
const i = setInterval(() => {}, 50);
console.log('interval _repeat:', i._repeat);
clearInterval(i);
