// Atomics.wait is allowed on Node's main thread (browsers forbid it); it needs shared memory.
const shared = new Int32Array(new SharedArrayBuffer(8));
console.log(Atomics.wait(shared, 0, 1));      // value differs: returns at once
console.log(Atomics.wait(shared, 0, 0, 20));  // nobody notifies: times out
console.log(Atomics.notify(shared, 0));       // nobody waiting
try {
  Atomics.wait(new Int32Array(4), 0, 0, 1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  Atomics.wait(new Float64Array(new SharedArrayBuffer(8)), 0, 0, 1);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
