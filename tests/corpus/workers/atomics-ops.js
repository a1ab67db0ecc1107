// The Atomics read-modify-write operations return the old value.
const ia = new Int32Array(new SharedArrayBuffer(16));
console.log('add', Atomics.add(ia, 0, 5), '->', Atomics.load(ia, 0));
console.log('sub', Atomics.sub(ia, 0, 2), '->', ia[0]);
console.log('store returns', Atomics.store(ia, 1, 42));
console.log('exchange', Atomics.exchange(ia, 1, 7), '->', ia[1]);
console.log('cas hit', Atomics.compareExchange(ia, 1, 7, 8), '->', ia[1]);
console.log('cas miss', Atomics.compareExchange(ia, 1, 7, 9), '->', ia[1]);
console.log('and/or/xor', Atomics.and(ia, 2, 0), Atomics.or(ia, 2, 0b1010), Atomics.xor(ia, 2, 0b0110), ia[2]);
console.log('isLockFree(4):', Atomics.isLockFree(4));
try { Atomics.add(ia, 10, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
