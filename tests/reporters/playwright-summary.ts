/** Ends a Playwright run with one plain line, "N passed, N failed", that any CI can read. */
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private outcomes = new Map<string, string>();

  onTestEnd(test: TestCase, result: TestResult) {
    // The last retry decides.
    this.outcomes.set(test.id, result.status);
  }

  onEnd(result: FullResult) {
    const states = [...this.outcomes.values()];
    const passed = states.filter((s) => s === 'passed').length;
    const skipped = states.filter((s) => s === 'skipped').length;
    const failed = states.length - passed - skipped + (result.status === 'failed' && states.length === 0 ? 1 : 0);
    process.stdout.write(`\ne2e: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`);
  }

  printsToStdio() {
    return false;
  }
}
