// An interval whose callback takes longer than its period never overlaps itself; runs are back to back.
const starts = [];
const iv = setInterval(() => {
  starts.push(Date.now());
  const s = Date.now();
  while (Date.now() - s < 30) {}
  if (starts.length === 4) {
    clearInterval(iv);
    const gaps = starts.slice(1).map((t, i) => t - starts[i]);
    console.log('runs', starts.length, 'every gap >= 30ms:', gaps.every((g) => g >= 30));
  }
}, 10);
