// Each timer function validates its callback with ERR_INVALID_ARG_TYPE.
for (const fn of [setTimeout, setInterval, setImmediate]) {
  try {
    fn('console.log(1)');
  } catch (err) {
    console.log(fn.name, err.name, err.code);
    console.log(err.message);
  }
}
