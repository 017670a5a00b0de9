const fs = require('node:fs');

/** Prints what the reliability run proved: faults survived, fuzz cases, rows lost, 5xx answers, the soak. */
class ReliabilitySummaryReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.RELIABILITY_TALLY_FILE;
    if (!file || !fs.existsSync(file)) return;
    const entries = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line));
    const sum = (key) => entries.reduce((total, e) => total + (e[key] ?? 0), 0);
    const count = (key) => {
      const counts = new Map();
      for (const e of entries) for (const name of e[key] ?? []) counts.set(name, (counts.get(name) ?? 0) + 1);
      return [...counts].map(([name, n]) => `${name} ×${n}`).join(', ');
    };
    const soak = entries.find((e) => e.soak)?.soak;
    const lines = [
      '',
      'Reliability summary',
      `  faults survived:  ${sum('faultsSurvived')}${count('faults') ? ` (${count('faults')})` : ''}`,
      `  fuzz cases tried: ${sum('fuzzCases')}${count('fuzzKinds') ? ` (${count('fuzzKinds')})` : ''}`,
      `  rows lost:        ${sum('rowsLost')}`,
      `  5xx responses:    ${sum('serverErrors')} (besides the 503s the outage tests expect)`,
      soak
        ? `  soak:             ${soak.requests} requests in ${soak.seconds} s over ${soak.connections} connections (${Math.round(soak.requests / soak.seconds)}/s, p50 ${soak.p50Ms} ms, p99 ${soak.p99Ms} ms), ${soak.errors} errors, RSS ${soak.rssStartMb} MB → ${soak.rssEndMb} MB (its floor after warm-up: ${soak.rssSteadyMb} MB → ${soak.rssFloorEndMb} MB)`
        : '  soak:             not run',
      `  tests:            ${results.numPassedTests} passed, ${results.numFailedTests} failed`,
      '',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
  }
}

module.exports = ReliabilitySummaryReporter;
