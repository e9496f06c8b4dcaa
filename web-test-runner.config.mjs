import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './test/support/summary-reporter.mjs';
import { faultServer } from './test/support/fault-server.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** @type {import('@web/test-runner').TestRunnerConfig} */
export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['development'] },
  // Real HTTP faults under /__faults/ (test/support/fault-server.mjs, test/components/careers-widget/faults.test.ts).
  middleware: [faultServer()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        args: [
          '--no-sandbox',
          '--headless=new',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
        ],
      },
    }),
  ],
  // One tab at a time: headless Chromium pauses requestAnimationFrame in
  // background tabs, which stalls fixtures (and focus) in parallel files.
  concurrency: 1,
  // In CI a stray `.only` fails the run instead of silently skipping the rest.
  testFramework: { config: { timeout: 10000, forbidOnly: Boolean(process.env.CI) } },
  coverageConfig: {
    include: ['src/**/*.ts'],
    exclude: ['src/generated/**'],
    threshold: { statements: 90, branches: 80, functions: 90, lines: 90 },
  },
  reporters: [defaultReporter(), summaryReporter()],
};
