import { relative } from 'node:path';
import type { Reporter, TestCase, TestModule, TestSpecification } from 'vitest/node';

/** Tests quicker than this get no line of their own (vitest's report lists them by file). */
const SLOW_TEST_MS = 1000;

/**
 * A line as each test file starts and as each slow or failed test ends, with how far the run
 * is and how long it has run, so that a long run (the browser tests take minutes each) never
 * sits silent: `[ 12/131 tests · 3/9 files · 2:41] ✓ tests/app.browser.test.ts › … (28.4 s)`.
 */
export default class ProgressReporter implements Reporter {
  private started = 0;
  private filesTotal = 0;
  private filesDone = 0;
  private testsTotal = 0;
  private testsDone = 0;

  onTestRunStart(specifications: ReadonlyArray<TestSpecification>): void {
    this.started = performance.now();
    this.filesTotal = specifications.length;
    this.write(`running ${specifications.length} test files …`);
  }

  onTestModuleCollected(testModule: TestModule): void {
    this.testsTotal += [...testModule.children.allTests()].length;
  }

  onTestModuleStart(testModule: TestModule): void {
    this.write(`${this.prefix()} … ${this.fileName(testModule)}`);
  }

  onTestCaseResult(testCase: TestCase): void {
    this.testsDone++;
    const result = testCase.result();
    const mark = result.state === 'passed' ? '✓' : result.state === 'failed' ? '✗' : '-';
    const duration = testCase.diagnostic()?.duration;
    if (result.state === 'passed' && (duration ?? 0) < SLOW_TEST_MS) return;
    const time = duration === undefined ? '' : ` (${(duration / 1000).toFixed(1)} s)`;
    this.write(`${this.prefix()} ${mark} ${this.fileName(testCase.module)} › ${testCase.fullName}${time}`);
  }

  onTestModuleEnd(): void {
    this.filesDone++;
  }

  private prefix(): string {
    const seconds = Math.round((performance.now() - this.started) / 1000);
    const clock = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    const width = String(this.testsTotal).length;
    return `[${String(this.testsDone).padStart(width)}/${this.testsTotal} tests · ${this.filesDone}/${this.filesTotal} files · ${clock}]`;
  }

  private fileName(testModule: TestModule): string {
    return relative(process.cwd(), testModule.moduleId);
  }

  private write(line: string): void {
    process.stdout.write(`${line}\n`);
  }
}
