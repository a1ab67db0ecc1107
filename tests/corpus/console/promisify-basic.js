// util.promisify turns (err, value) callbacks into promises.
const util = require('util');
function add(a, b, cb) {
  setTimeout(() => cb(null, a + b), 5);
}
function failing(cb) {
  setImmediate(() => cb(new Error('failed on purpose')));
}
function many(cb) {
  cb(null, 'first', 'second');
}
const addAsync = util.promisify(add);
console.log(addAsync.name, addAsync.length, typeof addAsync);
(async () => {
  console.log('sum', await addAsync(2, 3));
  try {
    await util.promisify(failing)();
  } catch (err) {
    console.log('caught', err.message);
  }
  console.log('many', await util.promisify(many)());
  const thrower = util.promisify(() => {
    throw new Error('thrown synchronously');
  });
  await thrower().catch((err) => console.log('rejected', err.message));
  const obj = { factor: 3, scale(v, cb) { cb(null, v * this.factor); } };
  console.log('this', await util.promisify(obj.scale).call(obj, 5));
  function custom() {}
  custom[util.promisify.custom] = () => Promise.resolve('custom!');
  console.log(await util.promisify(custom)(), util.promisify(custom) === custom[util.promisify.custom]);
  console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
})();
