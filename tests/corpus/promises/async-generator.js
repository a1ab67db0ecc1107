// Async generators with for await; return() runs the finally block.
async function* gen() {
  try {
    for (let i = 0; i < 5; i++) {
      await new Promise((r) => setTimeout(r, 1));
      yield i;
    }
  } finally {
    console.log('generator finally');
  }
}
(async () => {
  for await (const v of gen()) {
    console.log('value', v);
    if (v === 2) break;
  }
  console.log('after loop');
})();
