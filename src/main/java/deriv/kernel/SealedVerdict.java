package deriv.kernel;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A verdict sealed with an HMAC so that it can be stored (the verdict cache) and trusted again later. This is the
 * only way besides a proof to obtain a {@link Status#PROVED} verdict, and it needs the secret the verdict was sealed
 * with: an entry that was changed, forged without the secret, or sealed for another obligation opens to null.
 */
public final class SealedVerdict {
  private static final String MAGIC = "deriv-sealed-verdict 2";
  private static final int MAC_BYTES = 32;

  private SealedVerdict() {}

  /** The verdict for the obligation named {@code name}, sealed with {@code secret}. */
  public static byte[] seal(Verdict v, String name, byte[] secret) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      string(out, MAGIC);
      string(out, name);
      string(out, v.status().name());
      string(out, v.rule());
      string(out, v.message());
      out.writeBoolean(v.residual() != null);
      if (v.residual() != null) {
        string(out, v.residual());
      }
      out.writeInt(v.counterexample().size());
      for (Map.Entry<String, String> e : v.counterexample().entrySet()) {
        string(out, e.getKey());
        string(out, e.getValue());
      }
      out.writeInt(v.trace().size());
      for (String t : v.trace()) {
        string(out, t);
      }
      out.writeInt(v.usedFacts().size());
      for (String f : v.usedFacts()) {
        string(out, f);
      }
      out.flush();
      bytes.write(mac(bytes.toByteArray(), secret));
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
  }

  /** The sealed verdict, or null unless the seal verifies with {@code secret} and names this obligation. */
  public static Verdict open(byte[] sealed, String name, byte[] secret) {
    if (sealed.length <= MAC_BYTES) {
      return null;
    }
    byte[] payload = Arrays.copyOf(sealed, sealed.length - MAC_BYTES);
    byte[] mac = Arrays.copyOfRange(sealed, sealed.length - MAC_BYTES, sealed.length);
    if (!MessageDigest.isEqual(mac, mac(payload, secret))) {
      return null;
    }
    try {
      DataInputStream in = new DataInputStream(new ByteArrayInputStream(payload));
      if (!MAGIC.equals(string(in)) || !name.equals(string(in))) {
        return null;
      }
      Status status = Status.valueOf(string(in));
      String rule = string(in);
      String message = string(in);
      String residual = in.readBoolean() ? string(in) : null;
      Map<String, String> counterexample = new LinkedHashMap<>();
      for (int i = in.readInt(); i > 0; i--) {
        counterexample.put(string(in), string(in));
      }
      List<String> trace = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        trace.add(string(in));
      }
      List<String> usedFacts = new ArrayList<>();
      for (int i = in.readInt(); i > 0; i--) {
        usedFacts.add(string(in));
      }
      if (in.available() != 0) {
        return null;
      }
      return new Verdict(status, rule, message, residual, counterexample, trace, usedFacts);
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** HMAC-SHA256 of {@code payload} with {@code secret}: the seal of every signed cache entry. */
  public static byte[] mac(byte[] payload, byte[] secret) {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(secret, "HmacSHA256"));
      return m.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java platform", e);
    }
  }

  /** A string as a length and its UTF-8 bytes (a signed entry's field). */
  public static void string(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  /** A field written by {@link #string(DataOutputStream, String)}; IOException when the length is impossible. */
  public static String string(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IOException("bad length");
    }
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }
}
