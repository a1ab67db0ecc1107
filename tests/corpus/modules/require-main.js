// The main module: require.main === module, module.id is '.', loaded false while running.
console.log(require.main === module, module.id, module.loaded);
console.log(typeof require.cache, typeof require.resolve);
console.log(module.filename === __filename, Array.isArray(module.children));
setImmediate(() => console.log('loaded later:', module.loaded));
