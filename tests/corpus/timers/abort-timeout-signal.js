// AbortSignal.timeout() aborts with a TimeoutError after the delay.
const signal = AbortSignal.timeout(20);
console.log('aborted at first:', signal.aborted);
signal.addEventListener('abort', () => {
  console.log('aborted:', signal.aborted);
  console.log('reason:', signal.reason.name, signal.reason.message);
});
const keep = setTimeout(() => console.log('keep-alive timer'), 40);
