// Only the first settle counts; later resolve/reject calls and throws are ignored.
const p = new Promise((resolve, reject) => {
  resolve('first');
  resolve('second');
  reject(new Error('ignored'));
  throw new Error('also ignored');
});
p.then((v) => console.log('settled with', v));
const q = new Promise((_, reject) => { reject(new Error('rejected')); resolve(); });
q.catch((e) => console.log(e.message));
