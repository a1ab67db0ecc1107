// Only the first resolve/reject counts; later calls are ignored.
new Promise((resolve, reject) => {
  resolve('first');
  resolve('second');
  reject(new Error('ignored'));
}).then((v) => console.log('resolved', v));
new Promise((resolve, reject) => {
  reject(new Error('first error'));
  resolve('ignored');
}).catch((e) => console.log('rejected', e.message));
