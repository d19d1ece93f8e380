/**
 * Browser measurements (`npm run measure:browser`): the same browser and server as the tests,
 * one worker and no retries so that figures are not disturbed by a second page.
 */
import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

export default defineConfig({
  ...base,
  testDir: './measure',
  testMatch: '*.measure.ts',
  retries: 0,
  workers: 1,
  timeout: 600_000,
});
