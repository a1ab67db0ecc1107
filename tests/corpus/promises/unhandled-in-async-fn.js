// An async function that throws, called without await or catch: an unhandled rejection.
process.on('unhandledRejection', (reason, promise) => {
  console.log('unhandled:', reason.message);
  console.log('promise is a Promise:', promise instanceof Promise);
});
async function load() {
  await null;
  throw new Error('failed to load');
}
load();
console.log('called load() without awaiting it');
