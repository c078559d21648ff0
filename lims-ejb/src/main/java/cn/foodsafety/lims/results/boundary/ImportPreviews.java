package cn.foodsafety.lims.results.boundary;

import cn.foodsafety.lims.results.entity.Judgment;
import cn.foodsafety.lims.results.entity.SampleItem;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result files checked by a preview, kept on this server for a short while so that the commit
 * of the same file by the same user does not parse and check the whole file a second time: the
 * commit only verifies that nothing the check read has changed since (the versions of the samples,
 * analyses and items, and the day), and checks the whole file again if anything has.
 *
 * <p>Bounded ({@link #MAX_FILES} files, the oldest dropped first) and expiring ({@link #KEPT}); a
 * file is taken at its commit. On a deployment group a commit that reaches another server than its
 * preview finds nothing here and checks the file as a whole, which is always correct.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ImportPreviews {

  static final int MAX_FILES = 8;
  static final Duration KEPT = Duration.ofMinutes(15);

  /**
   * One row checked and judged by the preview, with the versions it was checked against.
   *
   * @param sampleVersion the sample's version (its state, lab and receipt)
   * @param analysisVersion the analysis's version (whether its results may change, the reason)
   * @param itemVersion the item's version (its limit, unit, limit of detection and result so far)
   */
  public record Row(
      long sampleId,
      long sampleVersion,
      long analysisVersion,
      long itemId,
      long itemVersion,
      SampleItem.Result result,
      Judgment judgment) {}

  /** A clean file as its preview checked it, on the day it was checked. */
  public record Checked(LocalDate day, int fileRows, int samples, List<Row> rows, Instant at) {}

  private final Map<String, Checked> files = new LinkedHashMap<>();

  /** The key of one user's file: who, for which lab, the file's name and its exact content. */
  static String key(String user, long labId, String fileName, byte[] content) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((user + "\n" + labId + "\n" + fileName + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Keeps a clean preview for its commit. */
  public synchronized void keep(String key, Checked checked) {
    files.remove(key);
    files.put(key, checked);
    expire(checked.at());
    while (files.size() > MAX_FILES) {
      Iterator<String> oldest = files.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
  }

  /** The preview of this file checked today and not yet expired, taken (a commit uses it once). */
  public synchronized Checked take(String key, LocalDate today, Instant now) {
    expire(now);
    Checked c = files.remove(key);
    return c != null && c.day().equals(today) ? c : null;
  }

  private void expire(Instant now) {
    files.values().removeIf(c -> c.at().plus(KEPT).isBefore(now));
  }
}
