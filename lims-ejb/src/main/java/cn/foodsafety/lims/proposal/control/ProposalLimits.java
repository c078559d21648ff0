package cn.foodsafety.lims.proposal.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The public page's limits work per address, but the address itself is not kept: only a hash of it
 * (with a fixed prefix, so that the stored value is no plain hash of an IP address).
 */
public final class ProposalLimits {

  private ProposalLimits() {}

  public static String keyOf(String address) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest =
          sha.digest(
              ("lims-proposal:" + (address == null ? "" : address.strip()))
                  .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
