// Loaded with `node --import` into a process the benchmark runs: at exit, the process's peak
// resident memory (getrusage: every thread's, worker threads included), in KiB, on standard error.
process.on('exit', () => {
  process.stderr.write(`\nparley-bench-peak-rss-kib ${process.resourceUsage().maxRSS}\n`);
});
