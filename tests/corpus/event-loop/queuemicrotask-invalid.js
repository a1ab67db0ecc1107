// queueMicrotask validates its argument synchronously.
for (const bad of [undefined, 42, 'fn', {}]) {
  try {
    queueMicrotask(bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
