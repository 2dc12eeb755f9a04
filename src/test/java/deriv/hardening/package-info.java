/**
 * Test-only: the kernel-hardening corpus (issue 10). Every file under {@code src/test/resources/hardening} states a
 * false claim (or an ambiguous trick) and says how deriv must reject it and why; nothing here is used by the product.
 */
package deriv.hardening;
