// A rejection handled after being reported emits 'rejectionHandled'.
let saved;
process.on('unhandledRejection', (reason, p) => {
  console.log('unhandledRejection', reason.message);
  saved = p;
});
process.on('rejectionHandled', (p) => console.log('rejectionHandled, same promise:', p === saved));
const p = Promise.reject(new Error('late'));
setTimeout(() => {
  p.catch(() => console.log('caught late'));
}, 5);
