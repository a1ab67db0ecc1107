// Long CPU work split into setImmediate chunks lets a due timer run between chunks.
const start = Date.now();
let timerFiredAtChunk = -1;
setTimeout(() => { timerFiredAtChunk = chunk; console.log('timer ran between chunks'); }, 5);
let chunk = 0;
function work() {
  const t = Date.now();
  while (Date.now() - t < 2) {} // ~2 ms of work
  chunk++;
  if (chunk < 10) setImmediate(work);
  else {
    console.log('chunks done:', chunk);
    console.log('timer interleaved:', timerFiredAtChunk > 0 && timerFiredAtChunk < 10);
    console.log('took at least 20 ms:', Date.now() - start >= 20);
  }
}
setImmediate(work);
