import { type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';

describe('first page', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the API's health through GraphQL", async () => {
    const page = await browser.newPage();
    await page.goto(inject('webUrl'));
    await expect(page.title()).resolves.toMatch(/Tributary/);
    const body = await page.locator('main').innerText();
    expect(body).toMatch(/All systems operational/);
    expect(body).toMatch(/Database\s+Connected/);
    expect(body).toMatch(/Redis\s+Connected/);
    await page.close();
  });
});
