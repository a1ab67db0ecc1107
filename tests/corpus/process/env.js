// process.env: unset variables are undefined; assigned values are converted to strings.
console.log(process.env.NODESCOPE_SURELY_UNSET_VARIABLE);
console.log('NODESCOPE_SURELY_UNSET_VARIABLE' in process.env);
process.env.NODESCOPE_TEST_NUM = 42;
console.log(typeof process.env.NODESCOPE_TEST_NUM, process.env.NODESCOPE_TEST_NUM);
process.env.NODESCOPE_TEST_BOOL = true;
console.log(process.env.NODESCOPE_TEST_BOOL === 'true');
delete process.env.NODESCOPE_TEST_NUM;
console.log(process.env.NODESCOPE_TEST_NUM);
console.log(typeof process.env);
