/**
 * The verdict cache: obligations described completely, hashed, and their verdicts kept on disk between runs, signed
 * with a key that lives outside the repository. UNTRUSTED edge code: an entry whose signature does not verify is
 * ignored, and a proved verdict can only be re-created inside the kernel ({@code SealedVerdict}).
 */
package deriv.cache;
