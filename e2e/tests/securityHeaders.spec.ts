import { createWorkshop, expect, test, watchCspViolations } from '../fixtures/test.ts'

/**
 * The served app runs under its Content-Security-Policy (DESIGN §3) without one violation: home,
 * a new workshop's board, the plan editor and its chart, the presentation. (Every other test
 * checks the same through the `openPage` fixture; this one says so by name.)
 */

test('the app runs under its CSP from home to board, plan and presentation', async ({
  browser,
  app,
}) => {
  const response = await fetch(app.url)
  const csp = response.headers.get('content-security-policy') ?? ''
  expect(csp).toContain("script-src 'self'")
  expect(csp).not.toContain("'unsafe-eval'")
  expect(response.headers.get('x-content-type-options')).toBe('nosniff')

  const context = await browser.newContext({ baseURL: app.url })
  const violations: string[] = []
  await watchCspViolations(context, violations)
  // a canary: the listener hears a violation when there is one
  const page = await context.newPage()
  await page.goto('/')
  await page.evaluate(() => {
    const style = document.createElement('style')
    style.textContent = 'body { outline: 0 }'
    document.head.append(style)
  })
  await expect.poll(() => violations.length).toBe(1)
  violations.length = 0

  await createWorkshop(page, 'Evening under a CSP', 'Luleå')
  await expect(page.getByRole('status')).toHaveText('Online')
  await page.getByRole('link', { name: 'Plan' }).click()
  await expect(page.getByRole('textbox', { name: 'Plan document' })).toBeVisible()
  await page.getByRole('link', { name: 'Present' }).click()
  await expect(page).toHaveURL(/present/)
  await expect(page.getByText(/[A-Z0-9]{3}-[A-Z0-9]{3}/).first()).toBeVisible()
  await page.goBack()
  await page.goBack()
  await expect(page.getByRole('button', { name: 'Start the agenda' })).toBeVisible()
  expect(violations).toEqual([])
  await context.close()
})
