// Handling a rejection after it was reported as unhandled prints
// PromiseRejectionHandledWarning when an 'unhandledRejection' listener kept the process alive.
process.on('unhandledRejection', (reason) => console.log('unhandledRejection:', reason.message));
process.on('warning', (w) => console.log('warning event:', w.name, '-', w.message.replace(/\d+/, 'N')));
const p = Promise.reject(new Error('handled too late'));
setTimeout(() => {
  p.catch((e) => console.log('caught at last:', e.message));
}, 10);
