// The Promise executor runs synchronously; then callbacks never run synchronously.
console.log('before');
const p = new Promise((resolve) => {
  console.log('executor');
  resolve('v');
  console.log('executor after resolve');
});
p.then((v) => console.log('then', v));
console.log('after');
